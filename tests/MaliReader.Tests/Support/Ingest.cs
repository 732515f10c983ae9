using MaliReader.Web.Articles;
using MaliReader.Web.Ingest;
using MaliReader.Web.ReadModel;
using MaliReader.Web.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MaliReader.Tests.Support;

/// <summary>The write side without a web host: ingest of a test content folder into its own database.</summary>
public sealed class Ingest : IDisposable
{
    public Ingest(TestContent content)
    {
        Database = new Database(content.DatabasePath);
        Store = new ArticleStore(Database, TimeProvider.System);
        Comparisons = new ComparisonStore(Database);
        Writer = new ContentIngest(Options.Create(new ContentOptions { Path = content.ContentPath }), Database, Store, Comparisons,
            Current, NullLogger<ContentIngest>.Instance);
    }

    public Database Database { get; }

    public ArticleStore Store { get; }

    public ComparisonStore Comparisons { get; }

    public CurrentSnapshot Current { get; } = new();

    public ContentIngest Writer { get; }

    public ContentSnapshot Sync() => Writer.Sync();

    /// <summary>Every article file of <paramref name="folder"/> read on its own, without ingest.</summary>
    public static List<Article> ReadFolder(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal)
            .Select(path => ArticleReader.Read(Path.GetFileName(path), File.ReadAllBytes(path)))];

    public void Dispose() => Current.Dispose();
}
