using MaliReader.Web.Ingest;
using MaliReader.Web.ReadModel;
using MaliReader.Web.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MaliReader.Tests.Support;

/// <summary>Ingest as the app runs it, on a test's content folder and database, logging where the test listens.</summary>
public sealed class LoggedIngest : IDisposable
{
    public LoggedIngest(TestContent content, ILoggerFactory loggers)
    {
        Database = new Database(content.DatabasePath);
        Writer = new ContentIngest(Options.Create(new ContentOptions { Path = content.ContentPath }), Database,
            new ArticleStore(Database, TimeProvider.System), new ComparisonStore(Database), Current, loggers.CreateLogger<ContentIngest>());
    }

    public Database Database { get; }

    public CurrentSnapshot Current { get; } = new();

    public ContentIngest Writer { get; }

    public void Dispose() => Current.Dispose();
}
