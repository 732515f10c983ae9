namespace MaliReader.Web.Search;

/// <summary>
/// Search reads one query and one limit. A parameter given twice (<c>q=a&amp;q=b</c>) is refused by the
/// page and the API alike rather than read differently by each (model binding keeps the first value,
/// minimal APIs join them with a comma).
/// </summary>
public static class SingleValuedParameters
{
    /// <summary>Why the request cannot be searched, naming the first parameter given more than once, or null.</summary>
    public static string? Problem(IQueryCollection query, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (query.TryGetValue(name, out var values) && values.Count > 1)
            {
                return $"The parameter “{name}” was given {values.Count} times; give it once.";
            }
        }
        return null;
    }
}
