using System.ComponentModel.DataAnnotations;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using MaliReader.Web.Articles;
using MaliReader.Web.Articles.WebPages;
using MaliReader.Web.Compare;
using MaliReader.Web.Hosting;
using MaliReader.Web.ReadModel;
using MaliReader.Web.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace MaliReader.Web.Ingest;

/// <summary>
/// The write side: brings the store and the served snapshot in line with the content folder. Only
/// files that changed are read again (a file's bytes are hashed; the hash and the rules version it was
/// read under are stored), each into its own article, replaced in SQLite on its own; the snapshot is
/// rebuilt from the articles already in memory. Runs at start-up and whenever the folder changes.
/// </summary>
public sealed partial class ContentIngest(
    IOptions<ContentOptions> options,
    Database database,
    ArticleStore store,
    ComparisonStore comparisons,
    CurrentSnapshot current,
    ILogger<ContentIngest> logger)
{
    private const string SlugTakenPrefix = "its slug";

    /// <summary>The name a problem of the content folder itself is listed under, among the files' problems.</summary>
    public const string ContentFolderSetting = "Content:Path";

    // The stored hash of a file that grew past the limit after it was listed (or that reports a length it does not have).
    private const string OverLimit = "over-limit";

    // No file has it, so a file recorded with it is read again at the next run.
    private static readonly FileStamp NeverSeen = new(-1, -1);

    private readonly Lock _running = new();
    private bool _started;
    private bool? _folderExisted;
    private (ulong Inode, ulong Device)? _folderIdentity;

    // What the last run saw, so that a run reads only the files whose stamp changed.
    private readonly Dictionary<string, FileStamp> _seen = new(StringComparer.Ordinal);
    private Dictionary<string, StoredFile> _stored = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Article> _articles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoryInfo> _stories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ContentError> _storyErrors = new(StringComparer.Ordinal);
    private List<ContentWarning> _warnings = [];
    private List<ClosedFolder> _closedFolders = [];
    // The story files read by the last run, so that one in a folder that can no longer be listed keeps its story's title.
    private HashSet<string> _storyFiles = new(StringComparer.Ordinal);

    // Why the database cannot be written, while it cannot: content is then read into memory only.
    private volatile string? _databaseProblem;

    // While a load runs, a snapshot of what is read so far is served at most this often: each one costs a
    // pass over every article loaded, and a reader gains little from seeing more sooner.
    private static readonly TimeSpan PublishEvery = TimeSpan.FromSeconds(1);

    /// <summary>Brings store and snapshot up to date with the folder and returns the snapshot now served.</summary>
    /// <remarks>When many files must be read (a first load), they are read and stored in batches, and what is
    /// loaded so far is served about every second, with <see cref="ContentSnapshot.Loading"/> saying how far
    /// the load has come; the snapshot returned is the whole library's.</remarks>
    /// <exception cref="Microsoft.Data.Sqlite.SqliteException">The database cannot be written or migrated; the
    /// snapshot served before stays, with the batches stored before the failure.</exception>
    public ContentSnapshot Sync() => Sync(int.MaxValue);

    /// <summary>
    /// The start-up run: the stored articles and at most one batch of new or changed files, served at once.
    /// When files remain, the snapshot says so (<see cref="ContentSnapshot.Loading"/>) and
    /// <see cref="Sync()"/> reads the rest while the app serves.
    /// </summary>
    /// <exception cref="Microsoft.Data.Sqlite.SqliteException">The database cannot be opened, migrated or written.</exception>
    public ContentSnapshot SyncFirstBatch() => Sync(1);

    /// <summary>True while files of the folder are still to be read: the snapshot served holds only part of it.</summary>
    public bool IsLoading => current.Value.Loading is not null;

    /// <summary>
    /// Why the database cannot be opened or written, while it cannot; null when it can. Meanwhile every run reads
    /// changed files into memory only, serves them, and tries the database again first.
    /// </summary>
    public string? DatabaseProblem => _databaseProblem;

    private ContentSnapshot Sync(int maxBatches)
    {
        lock (_running)
        {
            var reconnected = _started && _databaseProblem is not null && Reconnect();
            if (!_started)
            {
                Start();
            }
            var contentPath = options.Value.Path;
            var folderExists = Directory.Exists(contentPath);
            // Said once when it goes (it is looked for again and again while it is missing), and once when it is back.
            var folderChanged = folderExists != _folderExisted;
            if (!folderExists && folderChanged)
            {
                LogContentFolderMissing(contentPath);
            }
            else if (folderExists && folderChanged && _folderExisted is not null)
            {
                LogContentFolderBack(contentPath);
            }
            _folderExisted = folderExists;
            // Another folder put in the place of this one (a restore by cp -p, rsync -a or tar, which keep file times) can
            // hold a file of the same size and time with other words: every file is read again, and only those whose
            // bytes differ are stored anew. (Each file's own stamp tells it too where the system gives a change time.)
            if (folderExists && RegularFile.IdentityOf(contentPath) is { } identity)
            {
                if (_folderIdentity is { } before && before != identity)
                {
                    _seen.Clear();
                }
                _folderIdentity = identity;
            }
            var listing = folderExists ? ContentFolder.Walk(contentPath) : ContentListing.FolderMissing;
            var files = listing.Files;
            var closedChanged = !listing.Closed.SequenceEqual(_closedFolders);
            foreach (var folder in listing.Closed.Except(_closedFolders))
            {
                LogFolderClosed(Path.Combine(contentPath, folder.Name), folder.Reason);
            }
            _closedFolders = listing.Closed;
            // Shown on /status, so a folder that goes or comes back changes the snapshot even when no article does.
            var changed = ReadStoryFiles(files.Where(file => ContentFolder.IsStoryFile(file.Name)), listing) | reconnected | folderChanged | closedChanged;
            var started = Stopwatch.GetTimestamp();
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var sidecars = ContentFolder.SidecarsByPairingName(files);
            List<ContentFileInfo> articleFiles = [.. files.Where(file => ContentFolder.IsArticle(file.Name)).Select(file => WithSidecar(file, sidecars))];
            var (removals, toRead) = Plan(articleFiles, listing);
            var counts = new SyncCounts();
            var storeTime = TimeSpan.Zero;
            if (removals.Count > 0)
            {
                storeTime += Store(removals, counts);
                changed = true;
            }
            var readTime = TimeSpan.Zero;
            var done = 0;
            var lastPublished = Stopwatch.GetTimestamp();
            var batchSize = options.Value.LoadBatchSize;
            var batches = toRead.Chunk(batchSize).Take(maxBatches).ToList();
            foreach (var (index, batch) in batches.Index())
            {
                var readStarted = Stopwatch.GetTimestamp();
                var (changes, vanished) = ReadArticleFiles(batch);
                readTime += Stopwatch.GetElapsedTime(readStarted);
                counts.Opened += batch.Length;
                if (changes.Count > 0)
                {
                    storeTime += Store(changes, counts);
                    // A new stamp on the same bytes changes nothing a reader sees.
                    changed |= changes.Any(change => change is not FileRestamped);
                }
                // Only once its batch is stored is a file taken as read: a run that fails part-way reads the rest again.
                // A file that vanished or was locked mid-read is read again by the next run.
                foreach (var file in batch.Where(file => !vanished.Contains(file.Name)))
                {
                    _seen[file.Name] = file.Stamp;
                }
                done += batch.Length;
                // The last batch of a run is served by what follows the loop.
                if (index < batches.Count - 1 && changed && Stopwatch.GetElapsedTime(lastPublished) >= PublishEvery
                    && PublishLoading(contentPath, articleFiles.Count, toRead.Count - done))
                {
                    lastPublished = Stopwatch.GetTimestamp();
                }
            }
            var remaining = toRead.Count - done;
            var snapshotStarted = Stopwatch.GetTimestamp();
            if (remaining > 0)
            {
                // Not the whole library yet: stories whose articles are still to come would be reported as orphans.
                if (changed || current.Value == ContentSnapshot.Empty || current.Value.Loading is null)
                {
                    PublishLoading(contentPath, articleFiles.Count, remaining, evenIfSmaller: true);
                }
            }
            else
            {
                changed |= UpdateWarnings(listing);
                if (changed || current.Value == ContentSnapshot.Empty || current.Value.Loading is not null)
                {
                    current.Replace(BuildSnapshot(contentPath, loading: null));
                }
            }
            if (counts.Opened + counts.Removed > 0)
            {
                var snapshotTime = Stopwatch.GetElapsedTime(snapshotStarted);
                var cpu = Environment.CpuUsage.TotalTime - cpuBefore;
                LogSynced(counts.Opened, counts.Read, counts.Failed, counts.Removed, _articles.Count, (long)readTime.TotalMilliseconds,
                    (long)storeTime.TotalMilliseconds, (long)snapshotTime.TotalMilliseconds, (long)cpu.TotalMilliseconds);
            }
            return current.Value;
        }
    }

    /// <summary>
    /// Serves what is loaded so far, unless that is fewer articles than are served now (a damaged database read
    /// again from the start keeps serving what it had until the new load has caught up).
    /// </summary>
    private bool PublishLoading(string contentPath, int articleFiles, int remaining, bool evenIfSmaller = false)
    {
        if (!evenIfSmaller && _articles.Count < current.Value.Articles.Count)
        {
            return false;
        }
        var loading = new LoadProgress(articleFiles - remaining, articleFiles);
        current.Replace(BuildSnapshot(contentPath, loading));
        LogLoading(loading.FilesRead, loading.Files, _articles.Count);
        return true;
    }

    private TimeSpan Store(List<FileChange> changes, SyncCounts counts)
    {
        var started = Stopwatch.GetTimestamp();
        if (_databaseProblem is null)
        {
            try
            {
                store.Apply(changes);
            }
            catch (SqliteException e) when (Database.IsOutOfService(e))
            {
                // Nothing of the batch is stored (it is one transaction); it is served from memory all the same. A file
                // damaged or replaced while the app runs is made usable again (set aside, or given its tables) by the
                // retry, as one that could not be written is.
                NoteDatabaseOutOfReach(e);
            }
        }
        Remember(changes);
        counts.Add(changes);
        return Stopwatch.GetElapsedTime(started);
    }

    /// <summary>
    /// Checks the whole database file (SQLite's <c>quick_check</c>), which start-up leaves out because it
    /// reads every page: run once after start-up, off the request path. A damaged file is set aside and
    /// every content file read again; until then the snapshot loaded at start-up is served.
    /// </summary>
    public void CheckDatabase()
    {
        // A database out of reach is checked when it is back (see Reconnect).
        if (_databaseProblem is not null || database.IsIntact())
        {
            return;
        }
        lock (_running)
        {
            if (database.EnsureReady())
            {
                LogDatabaseSetAside(database.Path, database.SetAsidePath);
            }
            ForgetStored();
            _started = true;
        }
        Sync();
    }

    private void Start()
    {
        var started = Stopwatch.GetTimestamp();
        var cpuBefore = Environment.CpuUsage.TotalTime;
        // Without quick_check, which reads the whole file: CheckDatabase runs it once the app serves.
        try
        {
            if (database.EnsureReady(checkIntegrity: false))
            {
                LogDatabaseSetAside(database.Path, database.SetAsidePath);
            }
        }
        catch (DatabaseUnusableException e) when (!e.HoldsSomethingElse)
        {
            NoteDatabaseOutOfReach(e.InnerException!);
        }
        var checkTime = Stopwatch.GetElapsedTime(started);
        try
        {
            LoadStored();
        }
        catch (SqliteException) when (_databaseProblem is not null)
        {
            // A database that cannot be written may not be readable either, or of an older schema: every content
            // file is read into memory instead.
            ForgetStored();
        }
        catch (SqliteException e) when (Database.IsCorruption(e))
        {
            // Damage that loading ran into: the file is checked now, set aside, and content read again.
            if (database.EnsureReady())
            {
                LogDatabaseSetAside(database.Path, database.SetAsidePath);
            }
            ForgetStored();
            LoadStored();
        }
        foreach (var file in _stored.Values.Where(file => file.Error is not null))
        {
            LogUnreadableFile(file.FileName, file.Error!);
        }
        var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var cpu = (long)(Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds;
        LogStarted(_articles.Count, elapsed, (long)checkTime.TotalMilliseconds, cpu);
        _started = true;
    }

    /// <summary>Replaces what is held in memory with what the store holds; when reading fails, memory is left as it was.</summary>
    private void LoadStored()
    {
        var files = store.Files();
        var articles = store.Articles();
        ForgetStored();
        _stored = files;
        // A restart with the files as they were reads none of them again: their stamps are those stored. A stamp without
        // a change time (stored before one was kept, or where the system gives none) does not tell that the bytes are
        // those read, so that file is read again once: stored anew only if its bytes differ.
        foreach (var file in _stored.Values.Where(file => file.RulesVersion == ArticleReader.RulesVersion && file.Stamp.SurvivesRestart))
        {
            _seen[file.FileName] = file.Stamp;
        }
        foreach (var article in articles)
        {
            _articles[article.FileName] = article;
        }
    }

    /// <summary>
    /// Tries again a database that could not be written: once it can be (checked whole, as after start-up), what it
    /// holds replaces what is in memory, and the run goes on as a restart would, reading and storing every file
    /// changed since. True when the database is back.
    /// </summary>
    private bool Reconnect()
    {
        var heldInMemory = new Dictionary<string, Article>(_articles, StringComparer.Ordinal);
        var readInMemory = new Dictionary<string, StoredFile>(_stored, StringComparer.Ordinal);
        try
        {
            // The whole-file check only once the file can be written: a read-only file would be read whole at every try.
            if (database.EnsureReady(checkIntegrity: false) || !database.IsIntact() && database.EnsureReady())
            {
                LogDatabaseSetAside(database.Path, database.SetAsidePath);
            }
            LoadStored();
        }
        catch (DatabaseUnusableException e)
        {
            NoteDatabaseOutOfReach(e.InnerException!);
            return false;
        }
        catch (SqliteException e) when (Database.IsOutOfService(e))
        {
            NoteDatabaseOutOfReach(e);
            return false;
        }
        // A file read while the database was out of reach is read again and stored; one that has broken since keeps
        // the last good version read then, rather than an older one the database holds (or none).
        foreach (var (fileName, article) in heldInMemory)
        {
            if (!readInMemory.TryGetValue(fileName, out var read) || _stored.GetValueOrDefault(fileName)?.Hash == read.Hash)
            {
                continue;
            }
            _articles[fileName] = article;
            _stored[fileName] = read with { Hash = "" };
            _seen.Remove(fileName);
        }
        _databaseProblem = null;
        LogDatabaseBack(database.Path);
        return true;
    }

    private void NoteDatabaseOutOfReach(Exception exception)
    {
        var what = exception is SqliteException sqlite && !Database.IsUnavailable(sqlite) ? "cannot be used" : "cannot be written";
        // Shown on the public /status and /healthz: SQLite's own messages name no path, the system's do (a folder that
        // cannot be made), so those are told in general terms here and in full in the log.
        var reason = exception switch
        {
            SqliteException or InvalidDataException => exception.Message,
            UnauthorizedAccessException => "the folder Database:Path names cannot be made or opened: permission denied",
            _ => "the folder Database:Path names cannot be made or opened",
        };
        var problem = $"the database {what} ({reason}); content is served from memory, and stored once it can be: it is tried again until then";
        if (_databaseProblem is null)
        {
            LogDatabaseOutOfReach(database.Path, exception);
        }
        _databaseProblem = problem;
    }

    private void ForgetStored()
    {
        _stored = new Dictionary<string, StoredFile>(StringComparer.Ordinal);
        _seen.Clear();
        _articles.Clear();
    }

    /// <summary>
    /// A saved page and its sidecar are read as one: the page's stamp covers the sidecar's too, so saving
    /// either reads the page again. <paramref name="sidecars"/> are keyed by <see cref="WebPageArticle.SidecarName"/>,
    /// so "page.YML" and "page.yaml" pair with "page.html", and "page.HTM" with "page.yml". Sidecars under both
    /// extensions are all covered, so that deleting either reads the page again.
    /// </summary>
    private static ContentFileInfo WithSidecar(ContentFileInfo file, Dictionary<string, YamlFileChoice> sidecars)
    {
        if (!WebPageReader.IsWebPage(file.Name) || !sidecars.TryGetValue(WebPageArticle.SidecarName(file.Name), out var choice))
        {
            return file;
        }
        IReadOnlyList<ContentFileInfo> covered = choice.Read is { } read ? [read] : choice.Files;
        // Any change to one of the files moves its change time to the clock's time, past all before, and a sidecar
        // deleted shortens the sum; the identity is the page's.
        var stamp = file.Stamp with
        {
            Length = file.Length + covered.Sum(sidecar => sidecar.Length + 1),
            ModifiedTicks = Math.Max(file.Stamp.ModifiedTicks, covered.Max(sidecar => sidecar.Stamp.ModifiedTicks)),
            ChangedTicks = file.Stamp.SurvivesRestart && covered.All(sidecar => sidecar.Stamp.SurvivesRestart)
                ? Math.Max(file.Stamp.ChangedTicks, covered.Max(sidecar => sidecar.Stamp.ChangedTicks))
                : FileStamp.Unknown,
        };
        return file with { Stamp = stamp, Sidecar = choice.Read, SidecarsUnderBothExtensions = choice.Read is null ? choice.Files : null };
    }

    /// <summary>
    /// The stored files that are gone, and the article files that are new or changed, in file-name order. A file in a
    /// folder that could not be listed is not taken as gone: its last good version is kept.
    /// </summary>
    private (List<FileChange> Removals, List<ContentFileInfo> ToRead) Plan(List<ContentFileInfo> files, ContentListing listing)
    {
        var present = files.Select(file => file.Name).ToHashSet(StringComparer.Ordinal);
        present.UnionWith(_stored.Keys.Where(listing.MayHold));
        var removals = new List<FileChange>();
        var newFiles = NewFilesByIdentity(files);
        foreach (var gone in _stored.Keys.Where(name => !present.Contains(name)).ToList())
        {
            removals.Add(new FileRemoved(gone, newFiles.GetValueOrDefault(SameFileAfterAMove(_stored[gone].Stamp))));
        }
        foreach (var gone in _seen.Keys.Where(name => !present.Contains(name) && !listing.MayHold(name) && ContentFolder.IsArticle(name)).ToList())
        {
            _seen.Remove(gone);
        }

        // A file refused because another held its slug is looked at again whenever a file goes: the
        // holder may be gone.
        var clashed = removals.Count == 0 ? [] : _stored.Values
            .Where(file => file.Error?.StartsWith(SlugTakenPrefix, StringComparison.Ordinal) == true)
            .Select(file => file.FileName)
            .ToHashSet(StringComparer.Ordinal);
        // Of two files claiming one slug the first by name holds it, however they arrived: a new file that sorts
        // before the slug's holder displaces it, and the holder is read again after it (and refused), so the
        // site is the one a fresh start on the same folder gives.
        var holders = _articles.Values.ToDictionary(article => article.Slug, article => article.FileName, StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (_seen.TryGetValue(file.Name, out var seenStamp) && seenStamp == file.Stamp
                || !ContentFolder.IsArticle(file.Name) || SlugOrNull(file.Name) is not { } slug
                || !holders.TryGetValue(slug, out var holder) || holder == file.Name
                || string.CompareOrdinal(file.Name, holder) > 0 || !present.Contains(holder))
            {
                continue;
            }
            removals.Add(new FileRemoved(holder));
            clashed.Add(holder);
            holders[slug] = file.Name;
        }
        foreach (var name in clashed)
        {
            _stored.Remove(name);
        }
        // In file-name order (as the folder is scanned), so that of two files claiming one slug the first by
        // name keeps it whether they are read in one batch or in two.
        var toRead = files.Where(file => clashed.Contains(file.Name)
            || !_seen.TryGetValue(file.Name, out var seen) || seen != file.Stamp).ToList();
        return (removals, toRead);
    }

    /// <summary>
    /// Files not stored before, by what a rename or a move within one file system keeps: the inode, the length and the
    /// modification time (a new file that reuses a deleted one's inode would have to match both to the tick).
    /// </summary>
    private Dictionary<FileStamp, string> NewFilesByIdentity(List<ContentFileInfo> files) =>
        files.Where(file => file.Stamp.Inode != 0 && !_stored.ContainsKey(file.Name))
            .GroupBy(file => SameFileAfterAMove(file.Stamp))
            .Where(group => group.Count() == 1)
            .ToDictionary(group => group.Key, group => group.Single().Name);

    // A move changes the status-change time, so that is left out.
    private static FileStamp SameFileAfterAMove(FileStamp stamp) => stamp with { ChangedTicks = FileStamp.Unknown };

    private static string? SlugOrNull(string fileName)
    {
        try
        {
            return ContentFileReader.SlugFor(fileName);
        }
        catch (ContentFileException)
        {
            return null;
        }
    }

    /// <summary>Reads a batch of article files in parallel: the changes they make, and the files that could not be opened.</summary>
    private (List<FileChange> Changes, HashSet<string> Vanished) ReadArticleFiles(ContentFileInfo[] batch)
    {
        var read = new FileChange?[batch.Length];
        var unreadable = new bool[batch.Length];
        Parallel.For(0, batch.Length, DedicatedThread.LeavingAPoolThread(), i => (read[i], unreadable[i]) = ReadIfChanged(batch[i]));
        var vanished = batch.Where((_, i) => unreadable[i]).Select(file => file.Name).ToHashSet(StringComparer.Ordinal);
        return ([.. RefuseTakenSlugs(read.OfType<FileChange>())], vanished);
    }

    /// <summary>
    /// The change a file makes, or null when its bytes are those already stored under the current rules;
    /// <c>Vanished</c> when it is to be read again by the next run: it could not be opened (deleted or locked mid-read,
    /// or its permissions do not let the app read it).
    /// </summary>
    private (FileChange? Change, bool Vanished) ReadIfChanged(ContentFileInfo file)
    {
        // A file that cannot be read is listed with its reason, once: the hash names the reason, so the same failure
        // again changes nothing.
        (FileChange?, bool) Refused(string hash, string reason, FileStamp stamp, bool readAgain = false) =>
            (Unchanged(file.Name, hash) ? Restamped(file.Name, stamp) : new FileFailed(file.Name, hash, stamp, reason), readAgain);

        if (file.SidecarsUnderBothExtensions is { } sidecars)
        {
            return Refused($"sidecars:{string.Join('\n', sidecars.Select(sidecar => sidecar.Name))}",
                $"it has sidecars under both of YAML's extensions, {YamlFileChoice.NamesOf(sidecars)}, and which of them overrides it cannot be told: keep one",
                file.Stamp);
        }
        var limit = ArticleReader.MaxBytesFor(file.Name);
        if (file.Length > limit)
        {
            return Refused($"length:{file.Length}",
                $"the file is {file.Length / 1024.0 / 1024.0:0.#} MB, over the limit of {limit / 1024 / 1024} MB for one article", file.Stamp);
        }
        byte[] bytes;
        byte[]? sidecar = null;
        var reading = file;
        string Which() => reading == file ? "it" : $"its sidecar {reading.Name}";
        try
        {
            // The length the folder listing reported is not trusted: the read itself stops past the limit.
            if (RegularFile.ReadAtMost(file.FullPath, limit) is not { } read)
            {
                return Refused(OverLimit, $"the file is over the limit of {limit / 1024 / 1024} MB for one article", file.Stamp);
            }
            bytes = read;
            if (file.Sidecar is { } sidecarFile)
            {
                reading = sidecarFile;
                // A sidecar over the limit is not read (as one the listing reported too long was not): the page is read without it.
                sidecar = RegularFile.ReadAtMost(sidecarFile.FullPath, ArticleReader.MaxFileBytes);
            }
        }
        catch (NotARegularFileException e)
        {
            return Refused($"kind:{Which()}:{e.Kind}", $"{Which()} is {e.Kind}, not a regular file: only regular files are read", file.Stamp);
        }
        catch (UnauthorizedAccessException)
        {
            // The last good version (if any) is kept. Permission given back (chmod) changes neither the file's size nor its
            // time, so it is not remembered as seen: it is tried again at every run.
            return Refused($"denied:{Which()}", $"the app may not read {Which()}: permission denied", NeverSeen, readAgain: true);
        }
        catch (IOException)
        {
            return (null, true);
        }
        var bytesHash = HashOf(bytes, sidecar, file.Sidecar?.Name);
        if (Unchanged(file.Name, bytesHash))
        {
            return (Restamped(file.Name, file.Stamp), false);
        }
        try
        {
            var article = ArticleReader.Read(file.Name, bytes, sidecar, file.Sidecar?.Name);
            if (article.ParagraphsShownAsTyped.Select(paragraph => $"¶{paragraph.N}").ToList() is { Count: > 0 } typed)
            {
                LogShownAsTyped(file.Name, string.Join(", ", typed), Rendering.ParagraphMarkup.MaxMarkupLength, Rendering.ParagraphMarkup.MaxMarkupOpeners);
            }
            return (new FileRead(file.Name, bytesHash, file.Stamp, article, ArticleReader.RawTextOf(file.Name, bytes)), false);
        }
        catch (ContentFileException e)
        {
            return (new FileFailed(file.Name, bytesHash, file.Stamp, e.Reason), false);
        }
    }

    private static string HashOf(byte[] bytes, byte[]? sidecar, string? sidecarName)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(bytes);
        if (sidecar is not null)
        {
            // Its name too, which a message about it gives: the same bytes renamed from "page.yml" to "page.yaml" are
            // read again, so that an error in them names the file as it is now.
            hash.AppendData(Encoding.UTF8.GetBytes($"\nsidecar {sidecarName}\n"));
            hash.AppendData(sidecar);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The bytes are those stored: only a new stamp is stored, so that the next start does not read them again.</summary>
    private FileRestamped? Restamped(string fileName, FileStamp stamp) =>
        _stored.TryGetValue(fileName, out var stored) && stored.Stamp != stamp ? new FileRestamped(fileName, stamp) : null;

    private bool Unchanged(string fileName, string hash) =>
        _stored.TryGetValue(fileName, out var stored) && stored.Hash == hash && stored.RulesVersion == ArticleReader.RulesVersion;

    /// <summary>A slug names one article: a file whose slug another file already has is refused, the other kept.</summary>
    private IEnumerable<FileChange> RefuseTakenSlugs(IEnumerable<FileChange> reads)
    {
        // Removals are stored before any file is read, so the articles held are those still present.
        var owners = _articles.Values
            .ToDictionary(article => article.Slug, article => article.FileName, StringComparer.Ordinal);
        foreach (var change in reads.OrderBy(change => change.FileName, StringComparer.Ordinal))
        {
            if (change is FileRead read && owners.TryGetValue(read.Article.Slug, out var owner) && owner != read.FileName)
            {
                yield return new FileFailed(read.FileName, read.Hash, read.Stamp, $"{SlugTakenPrefix} \"{read.Article.Slug}\" is already used by {owner}");
                continue;
            }
            if (change is FileRead fresh)
            {
                owners[fresh.Article.Slug] = fresh.FileName;
            }
            yield return change;
        }
    }

    private void Remember(List<FileChange> changes)
    {
        foreach (var change in changes)
        {
            switch (change)
            {
                case FileRead read:
                    _articles[read.FileName] = read.Article;
                    _stored[read.FileName] = new StoredFile(read.FileName, read.Hash, ArticleReader.RulesVersion, read.Article.Slug, null, read.Stamp);
                    LogRead(read.FileName, read.Article.Paragraphs.Count);
                    break;
                case FileFailed failed:
                    _stored[failed.FileName] = new StoredFile(failed.FileName, failed.Hash, ArticleReader.RulesVersion,
                        _stored.GetValueOrDefault(failed.FileName)?.Slug, failed.Reason, failed.Stamp);
                    LogUnreadableFile(failed.FileName, failed.Reason);
                    break;
                case FileRemoved removed:
                    _articles.Remove(removed.FileName);
                    _stored.Remove(removed.FileName);
                    LogRemovedOrMoved(removed);
                    break;
                case FileRestamped restamped when _stored.TryGetValue(restamped.FileName, out var stored):
                    _stored[restamped.FileName] = stored with { Stamp = restamped.Stamp };
                    break;
            }
        }
    }

    /// <summary>Reads every story file again (there are few, and they are small); true when any changed.</summary>
    private bool ReadStoryFiles(IEnumerable<ContentFileInfo> files, ContentListing listing)
    {
        var stories = new Dictionary<string, StoryInfo>(StringComparer.Ordinal);
        var errors = new Dictionary<string, ContentError>(StringComparer.Ordinal);
        var read = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in _storyFiles.Where(listing.MayHold))
        {
            KeepLastGood(name);
            read.Add(name);
        }
        foreach (var (key, choice) in ContentFolder.StoryFilesByKey(files))
        {
            read.UnionWith(choice.Files.Select(file => file.Name));
            if (choice.Read is not { } file)
            {
                // Under both extensions, as a page's sidecars can be: each is named, and the story keeps its last good heading.
                foreach (var clashing in choice.Files)
                {
                    var others = YamlFileChoice.NamesOf([.. choice.Files.Where(other => other != clashing)]);
                    errors[clashing.Name] = new ContentError(clashing.Name,
                        $"the story \"{key}\" is described under YAML's other extension too, in {others}, and which file is meant cannot be told: keep one");
                    KeepLastGood(clashing.Name);
                }
                continue;
            }
            try
            {
                if (file.Length > ArticleReader.MaxFileBytes)
                {
                    throw new ContentFileException(file.Name, "the story file is too large");
                }
                var bytes = RegularFile.ReadAtMost(file.FullPath, ArticleReader.MaxFileBytes)
                    ?? throw new ContentFileException(file.Name, "the story file is too large");
                stories[StoryFileReader.StoryKeyOf(file.Name)] = StoryFileReader.Read(file.Name, DecodeText(bytes));
            }
            catch (NotARegularFileException e)
            {
                errors[file.Name] = new ContentError(file.Name, $"it is {e.Kind}, not a regular file: only regular files are read");
                KeepLastGood(file.Name);
            }
            catch (ContentFileException e)
            {
                errors[file.Name] = new ContentError(file.Name, e.Reason);
                KeepLastGood(file.Name);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors[file.Name] = new ContentError(file.Name, "the story file could not be read");
                KeepLastGood(file.Name);
            }
        }
        // Like an article, a story file that breaks keeps its last good title and date on the page.
        void KeepLastGood(string name)
        {
            var key = StoryFileReader.StoryKeyOf(name);
            if (_stories.TryGetValue(key, out var lastGood))
            {
                stories[key] = lastGood;
            }
        }
        // Logged once, as an article that cannot be read is: a story file is read again at every run.
        foreach (var error in errors.Values.Where(error => !_storyErrors.TryGetValue(error.FileName, out var before) || before != error))
        {
            LogUnreadableFile(error.FileName, error.Reason);
        }
        var changed = !SameEntries(stories, _stories) || !SameEntries(errors, _storyErrors);
        _storyFiles = read;
        Replace(_stories, stories);
        Replace(_storyErrors, errors);
        return changed;
    }

    /// <summary>Decodes a story file as <see cref="File.ReadAllText(string)"/> would: UTF-8 unless a byte order mark says otherwise.</summary>
    private static string DecodeText(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private ContentSnapshot BuildSnapshot(string contentPath, LoadProgress? loading)
    {
        var errors = _stored.Values
            .Where(file => file.Error is not null)
            .Select(file => new ContentError(file.FileName, file.Error!))
            .Concat(_storyErrors.Values)
            .OrderBy(error => error.FileName, StringComparer.Ordinal)
            .ToList();
        if (!Directory.Exists(contentPath))
        {
            // Named by its setting: /status is public, and the folder's path is the server's own business (it is in the log).
            errors.Insert(0, new ContentError(ContentFolderSetting, "the content folder it names does not exist: every article keeps its last good version until it is back"));
        }
        errors.InsertRange(0, _closedFolders.Select(ErrorOf));
        var version = VersionOf(loading, errors);
        return new ContentSnapshot(_articles.Values, new Dictionary<string, StoryInfo>(_stories), errors, version,
            // While the database is out of service, nothing stored is of this version (its problem is part of it).
            loading is null && _databaseProblem is null ? StoredComparisons(version) : null)
        {
            Warnings = _warnings,
            Loading = loading,
            DatabaseProblem = _databaseProblem,
        };
    }

    private static ContentError ErrorOf(ClosedFolder folder) => folder.Name.Length == 0
        ? new ContentError(ContentFolderSetting, $"the content folder it names cannot be listed ({folder.Reason}): every article keeps its last good version")
        : new ContentError(folder.Name + "/", $"this folder cannot be listed ({folder.Reason}): the articles in it keep their last good versions, and new ones are not read");

    /// <summary>
    /// The comparisons a previous run stored for this very content, read when a story first asks (a library with no
    /// story told by several accounts never reads them), once for every story; a part-loaded library has none.
    /// </summary>
    private Func<string, StoryComparison?> StoredComparisons(string version)
    {
        var stored = new Lazy<Dictionary<string, string>>(() => ReadStoredComparisons(version));
        return story => stored.Value.TryGetValue(story, out var json) ? ComparisonStore.Parse(json) : null;
    }

    private Dictionary<string, string> ReadStoredComparisons(string version)
    {
        try
        {
            return comparisons.Read(version);
        }
        catch (SqliteException e)
        {
            // Only time is lost: the stories are compared again.
            LogComparisonsUnreadable(e);
            return [];
        }
    }

    /// <summary>Finds the files read for nothing and logs each one not reported before; true when the list changed.</summary>
    private bool UpdateWarnings(ContentListing listing)
    {
        // A story file that could not be read is already listed as an error; its story is unknown, so it would
        // also be a story no article belongs to, and /status would name the one file twice.
        var readable = listing.Files.Where(file => !_storyErrors.ContainsKey(file.Name));
        var warnings = ContentFolder.Orphans(readable, _articles.Values.Select(article => SlugCase.Of(article.Story)).ToHashSet(StringComparer.Ordinal))
            .Concat(listing.NotRead)
            .OrderBy(warning => warning.FileName, StringComparer.Ordinal)
            .ToList();
        if (warnings.SequenceEqual(_warnings))
        {
            return false;
        }
        foreach (var warning in warnings.Except(_warnings))
        {
            LogOrphan(warning.FileName, warning.Reason);
        }
        _warnings = warnings;
        return true;
    }

    /// <summary>
    /// A hash of every file's hash and the rules version, and of everything else the snapshot shows (the errors and
    /// warnings /status lists among them): the same content gives the same version on every copy of the app, and a
    /// page cached under one version never validates what another shows.
    /// </summary>
    private string VersionOf(LoadProgress? loading, IReadOnlyList<ContentError> errors)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(BitConverter.GetBytes(ArticleReader.RulesVersion));
        foreach (var file in _stored.Values.OrderBy(file => file.FileName, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{file.FileName}\n{file.Hash}\n"));
            // A file that cannot be read is served as its last good version, which its own bytes do not name: the
            // same broken bytes may stand in front of different last good texts (fixed, edited, broken again).
            if (file.Error is not null && _articles.TryGetValue(file.FileName, out var lastGood))
            {
                AppendServed(hash, lastGood);
            }
        }
        foreach (var (key, story) in _stories.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{key}\n{story.Title}\n{story.Published}\n"));
        }
        foreach (var warning in _warnings)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{warning.FileName}\n{warning.Reason}\n"));
        }
        // Every error shown, whatever its source (a file's, a story file's, a folder gone or closed): the list on /status
        // is built from them, and a cache must not confirm the list from before one came or went.
        foreach (var error in errors)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"error\n{error.FileName}\n{error.Reason}\n"));
        }
        // Shown on /status too: a page cached before the database was lost (or came back) must not validate.
        if (_databaseProblem is { } databaseProblem)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"database\n{databaseProblem}\n"));
        }
        // A load's progress is shown (on /status), so it is part of what a cache validates; a finished load adds nothing.
        if (loading is not null)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"loading\n{loading.FilesRead}\n{loading.Files}\n"));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 12));
    }

    private static void AppendServed(IncrementalHash hash, Article article)
    {
        // Each field ends with a character no text holds, so that no two articles append the same bytes.
        void Append(object? value) => hash.AppendData(Encoding.UTF8.GetBytes($"{value}\u0000"));
        foreach (var field in new[] { article.Slug, article.Title, article.Source, article.Note, article.Url, article.Published, article.Story })
        {
            Append(field);
        }
        foreach (var paragraph in article.Paragraphs)
        {
            Append(paragraph.Text);
        }
        foreach (var removed in article.Removed)
        {
            Append($"{removed.Rule}\n{removed.Paragraph}\n{removed.Offset}\n{removed.Text}");
        }
    }

    private static bool SameEntries<T>(Dictionary<string, T> left, Dictionary<string, T> right) =>
        left.Count == right.Count && left.All(entry => right.TryGetValue(entry.Key, out var other) && Equals(entry.Value, other));

    private static void Replace<T>(Dictionary<string, T> target, Dictionary<string, T> source)
    {
        target.Clear();
        foreach (var (key, value) in source)
        {
            target[key] = value;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database {Path} was corrupt: it was moved to {SetAsidePath} and a new one is built from content, keeping the paragraph history that could be read")]
    private partial void LogDatabaseSetAside(string path, string? setAsidePath);

    [LoggerMessage(Level = LogLevel.Error, Message = "The content folder {Path} (Content:Path) does not exist: no article is served")]
    private partial void LogContentFolderMissing(string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The content folder {Path} (Content:Path) is back: its articles are read and served")]
    private partial void LogContentFolderBack(string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "The database {Path} cannot be written: content is served from memory, and stored once it can be; it is tried again until then")]
    private partial void LogDatabaseOutOfReach(string path, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database {Path} can be written again: what changed in content meanwhile is read and stored")]
    private partial void LogDatabaseBack(string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The stored comparisons could not be read; the stories are compared again")]
    private partial void LogComparisonsUnreadable(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content file {FileName}: {Paragraphs} shown as typed, their inline markup too long or too dense to read (over {MaxLength} characters, or over {MaxOpeners} of \"[\", \"*\" and \"_\")")]
    private partial void LogShownAsTyped(string fileName, string paragraphs, int maxLength, int maxOpeners);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content file {FileName} is read for nothing: {Reason}")]
    private partial void LogOrphan(string fileName, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content file {FileName} was not loaded: {Reason}. Its last good version, if any, is still served.")]
    private partial void LogUnreadableFile(string fileName, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content updated: {Opened} files new or with a new stamp looked at, {Read} read as articles, {Failed} unreadable, {Removed} removed; {Articles} articles served. Reading took {ReadMs} ms, storing {StoreMs} ms, the snapshot {SnapshotMs} ms; {CpuMs} ms of CPU time on all threads")]
    private partial void LogSynced(int opened, int read, int failed, int removed, int articles, long readMs, long storeMs, long snapshotMs, long cpuMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content folder {Path} cannot be listed ({Reason}): the articles in it keep their last good versions")]
    private partial void LogFolderClosed(string path, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Articles} stored articles in {Milliseconds} ms, of which opening and migrating the database took {CheckMs} ms; {CpuMs} ms of CPU time")]
    private partial void LogStarted(int articles, long milliseconds, long checkMs, long cpuMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loading content: {FilesRead} of {Files} files read, {Articles} articles served so far")]
    private partial void LogLoading(int filesRead, int files, int articles);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Read {FileName}: {Paragraphs} paragraphs")]
    private partial void LogRead(string fileName, int paragraphs);

    private void LogRemovedOrMoved(FileRemoved removed)
    {
        if (removed.MovedTo is not { } movedTo)
        {
            LogRemoved(removed.FileName);
        }
        else if (SlugOrNull(removed.FileName) is { } oldSlug && SlugOrNull(movedTo) is { } newSlug && oldSlug != newSlug)
        {
            LogMovedToNewAddress(removed.FileName, movedTo, oldSlug, newSlug);
        }
        else
        {
            LogMoved(removed.FileName, movedTo);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Content file {FileName} is gone; its article is no longer served")]
    private partial void LogRemoved(string fileName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content file {FileName} was moved to {MovedTo}; its article keeps its address")]
    private partial void LogMoved(string fileName, string movedTo);

    // A file's name is its article's address: renaming it breaks every link to the old one, which an author may not mean.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Content file {FileName} was renamed {MovedTo}: its article's address changes from /{OldSlug} to /{NewSlug}, and links to the old address no longer lead to it")]
    private partial void LogMovedToNewAddress(string fileName, string movedTo, string oldSlug, string newSlug);
}

public sealed class ContentOptions
{
    [Required(ErrorMessage = "but it names the folder of articles")]
    public string Path { get; set; } = "";

    /// <summary>Files read and stored together when many are read (a first load); the site serves after the first batch.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "not a whole number of 1 or more")]
    public int LoadBatchSize { get; set; } = 100;
}

/// <summary>What a run reading many files has done so far, for the log.</summary>
internal sealed class SyncCounts
{
    /// <summary>Files looked at because they are new or their stamp changed: each is opened and hashed, unless too long.</summary>
    public int Opened { get; set; }

    public int Read { get; private set; }

    public int Failed { get; private set; }

    public int Removed { get; private set; }

    public int Total => Read + Failed + Removed;

    public void Add(IEnumerable<FileChange> changes)
    {
        foreach (var change in changes)
        {
            switch (change)
            {
                case FileRead:
                    Read++;
                    break;
                case FileFailed:
                    Failed++;
                    break;
                case FileRemoved:
                    Removed++;
                    break;
            }
        }
    }
}

public sealed class DatabaseOptions : IValidatableObject
{
    [Required(ErrorMessage = "but it names the SQLite file that keeps the articles")]
    public string Path { get; set; } = "";

    /// <summary>How often a database that cannot be written is tried again (content changes try it too).</summary>
    [Range(1, 86_400, ErrorMessage = "not a whole number of seconds from 1 to 86400")]
    public int RetrySeconds { get; set; } = 30;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Directory.Exists(Path))
        {
            yield return new ValidationResult("a folder, but it names the SQLite file that keeps the articles", [nameof(Path)]);
        }
    }
}
