using System.Text.Json;
using System.Text.Json.Serialization;
using MaliReader.Web.Compare;

namespace MaliReader.Web.Storage;

/// <summary>
/// Keeps the comparisons of the content last prepared, as JSON, under the content's version and the
/// comparison code's (<see cref="StoryComparer.CodeVersion"/>): comparing is most of a first page's time on a
/// story with several accounts, and a restart on unchanged content would otherwise compare every story again.
/// </summary>
public sealed class ComparisonStore(Database database)
{
    /// <summary>
    /// The stored comparisons of <paramref name="contentVersion"/> compared by this build, by story key
    /// (<see cref="Articles.SlugCase"/>), still as JSON: each is parsed by <see cref="Parse"/> when first
    /// needed. Empty when the stored ones are of other content or another build.
    /// </summary>
    public Dictionary<string, string> Read(string contentVersion)
    {
        using var connection = database.OpenReadOnly();
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in connection.Query(
            // Rows whose columns are not text are not this store's: a damaged or hand-made row is skipped, not fatal.
            "SELECT story, comparison FROM story_comparisons WHERE content_version = $content AND code_version = $code"
            + " AND typeof(story) = 'text' AND typeof(comparison) = 'text'",
            ("$content", contentVersion), ("$code", StoryComparer.CodeVersion)))
        {
            stored[row.GetString(0)] = row.GetString(1);
        }
        return stored;
    }

    /// <summary>A comparison as <see cref="Save"/> stored it; null when the text is not one (a damaged row).</summary>
    public static StoryComparison? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, ComparisonJson.Default.StoryComparison);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Replaces every stored comparison with these, of <paramref name="contentVersion"/>, in one transaction.</summary>
    /// <param name="comparisons">By story key (<see cref="Articles.SlugCase"/>).</param>
    /// <exception cref="Microsoft.Data.Sqlite.SqliteException">The database cannot be written; what was stored stays.</exception>
    public void Save(string contentVersion, IEnumerable<KeyValuePair<string, StoryComparison>> comparisons)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        connection.Execute("DELETE FROM story_comparisons", transaction);
        using var insert = connection.Prepare(transaction,
            "INSERT INTO story_comparisons (story, content_version, code_version, comparison) VALUES ($story, $content, $code, $comparison)",
            "$story", "$content", "$code", "$comparison");
        foreach (var (story, comparison) in comparisons)
        {
            insert.Run(story, contentVersion, StoryComparer.CodeVersion, JsonSerializer.Serialize(comparison, ComparisonJson.Default.StoryComparison));
        }
        transaction.Commit();
    }
}

/// <summary>
/// A comparison's JSON, with its serializer generated at build time. A member missing or null where the types say
/// it cannot be fails the parse, so a damaged row is compared again rather than shown half-empty.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(StoryComparison))]
internal sealed partial class ComparisonJson : JsonSerializerContext;
