namespace MaliReader.Web.Search;

/// <summary>
/// Every page and API parameter holds one value (a query, a limit, a story, a view). One given twice
/// (<c>q=a&amp;q=b</c>, or <c>Story=a&amp;story=b</c>, as names are matched without case) is refused with a 400
/// naming it, by the pages and the APIs alike, rather than read differently by each (model binding
/// keeps the first value, minimal APIs join them with a comma).
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
