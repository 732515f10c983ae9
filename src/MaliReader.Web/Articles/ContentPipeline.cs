using MaliReader.Web.Storage;
using Microsoft.Extensions.Options;

namespace MaliReader.Web.Articles;

/// <summary>
/// The one path content takes: files → clean → SQLite (one transaction) → an immutable snapshot.
/// Runs at start-up and whenever the content folder changes.
/// </summary>
public sealed partial class ContentPipeline(
    IOptions<ContentOptions> options,
    Database database,
    ArticleStore store,
    ILogger<ContentPipeline> logger)
{
    private readonly Lock _running = new();
    private volatile ContentSnapshot _current = ContentSnapshot.Empty;

    /// <summary>What pages render from: replaced as a whole by each run, never changed in place.</summary>
    public ContentSnapshot Current => _current;

    public ContentSnapshot Run()
    {
        lock (_running)
        {
            if (database.EnsureReady())
            {
                LogDatabaseRecreated(database.Path);
            }

            var load = ContentLoader.Load(options.Value.Path);
            foreach (var error in load.Errors)
            {
                LogUnreadableFile(error.FileName, error.Reason);
            }

            if (store.StoredContentHash() != load.ContentHash)
            {
                store.Replace(load.Articles, [.. load.Errors.Select(error => error.FileName)], load.ContentHash);
                LogRebuilt(load.Articles.Count, load.Errors.Count);
            }

            _current = new ContentSnapshot(store.LoadAll(), load.Errors, load.ContentHash);
            return _current;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database {Path} was unreadable and has been recreated from content")]
    private partial void LogDatabaseRecreated(string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content file {FileName} was not loaded: {Reason}. Its last good version, if any, is still served.")]
    private partial void LogUnreadableFile(string fileName, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuilt the store from content: {Articles} articles loaded, {Errors} files unreadable")]
    private partial void LogRebuilt(int articles, int errors);
}

public sealed class ContentOptions
{
    public string Path { get; set; } = "";
}

public sealed class DatabaseOptions
{
    public string Path { get; set; } = "";
}
