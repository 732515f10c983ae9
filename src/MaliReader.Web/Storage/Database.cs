using MaliReader.Web.Hosting;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace MaliReader.Web.Storage;

/// <summary>The SQLite file: opening it, applying the numbered schema scripts, and starting afresh when it is unreadable.</summary>
public sealed class Database
{
    private readonly string _connectionString;
    private readonly string _readOnlyConnectionString;
    private readonly string _batchConnectionString;

    public Database(string path)
    {
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate }.ToString();
        _readOnlyConnectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString();
        _batchConnectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString();
    }

    public string Path { get; }

    public SqliteConnection Open() => OpenWith(_connectionString);

    /// <summary>A connection for requests: it cannot write, whatever the code that holds it does.</summary>
    public SqliteConnection OpenReadOnly() => OpenWith(_readOnlyConnectionString);

    /// <summary>
    /// A connection for one batch of writes that may raise its page cache: it is closed for good when
    /// disposed, so the cache is freed rather than kept alive in the connection pool.
    /// </summary>
    public SqliteConnection OpenForBatch() => OpenWith(_batchConnectionString);

    private SqliteConnection OpenWith(string connectionString)
    {
        RefuseIfNotAFile();
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    /// <summary>
    /// Makes the file usable: creates it or brings its schema up to date. Only a file that SQLite
    /// reports corrupt (or not a database), or that fails <c>PRAGMA quick_check</c>, is set aside
    /// (renamed, never deleted) and started afresh, keeping whatever of the paragraph history can still be
    /// read from it. Returns true when it started afresh.
    /// </summary>
    /// <param name="checkIntegrity">False skips <c>quick_check</c>, which reads the whole file (seconds for a
    /// large library on a busy disk): only damage that opening and migrating run into is then found, and
    /// the caller must run <see cref="IsIntact"/> later.</param>
    /// <exception cref="SqliteException">Any other failure, such as a schema script that fails: it is not
    /// a reason to throw data away, so it stops start-up loudly instead.</exception>
    /// <exception cref="DatabaseUnusableException">SQLite cannot open, create or write a database at <see cref="Path"/>
    /// (a device, a read-only file, folder or file system, a folder that cannot be made), or the file is another
    /// program's database or a newer build's: not damage, so nothing is set aside;
    /// <see cref="DatabaseUnusableException.HoldsSomethingElse"/> tells a wrong setting from a database out of reach.</exception>
    public bool EnsureReady(bool checkIntegrity = true)
    {
        // A pooled connection opened while the file could not be written stays read-only after it can be: none is reused.
        foreach (var pooled in new[] { _connectionString, _readOnlyConnectionString })
        {
            using var connection = new SqliteConnection(pooled);
            SqliteConnection.ClearPool(connection);
        }
        try
        {
            return MakeReady(checkIntegrity);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException || e is SqliteException sqlite && IsUnavailable(sqlite))
        {
            throw new DatabaseUnusableException(Path, e, HoldsSomethingElse());
        }
    }

    /// <summary>
    /// Whether SQLite raised <paramref name="exception"/> because the file cannot be opened, created or written
    /// (permissions, a read-only folder or file system, a full disk, an I/O error): the database is out of reach,
    /// not damaged, and may come back.
    /// </summary>
    public static bool IsUnavailable(SqliteException exception) =>
        exception.SqliteErrorCode is SqliteCantOpen or SqliteIoError or SqlitePermission or SqliteReadOnly or SqliteFull;

    /// <summary>
    /// Whether <paramref name="exception"/> says the database cannot serve at all for now: out of reach
    /// (<see cref="IsUnavailable"/>), damaged or not a database (<see cref="IsCorruption"/>), or without the app's
    /// tables (the file was replaced by an empty one while the app ran). <see cref="EnsureReady"/> then makes it
    /// usable again, or says why it cannot.
    /// </summary>
    public static bool IsOutOfService(SqliteException exception) =>
        IsUnavailable(exception) || IsCorruption(exception)
        // SQLite has no code of its own for a missing table, only its generic error with this message.
        || exception.SqliteErrorCode == SqliteError && exception.Message.Contains("no such table", StringComparison.Ordinal);

    /// <summary>
    /// Whether something other than a SQLite database is at <see cref="Path"/>: a device, an empty file, another
    /// program's file. Such a path is a setting to correct; a database that cannot be written, or no file where
    /// none can be made, is only out of reach.
    /// </summary>
    private bool HoldsSomethingElse()
    {
        try
        {
            // Checked before opening it: opening a named pipe waits for a writer for ever.
            if (RegularFile.KindOf(Path) is not null)
            {
                return true;
            }
            if (!File.Exists(Path))
            {
                return false;
            }
            using var file = File.OpenRead(Path);
            Span<byte> header = stackalloc byte[SqliteHeader.Length];
            return file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length || !header.SequenceEqual(SqliteHeader);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not readable (its permissions): out of reach, as a file that cannot be written is, until they change.
            return false;
        }
    }

    /// <summary>
    /// SQLite opening a named pipe waits for a writer for ever (at start-up, or in the thread of a retry or a request
    /// once the file was replaced by one); a folder or device it cannot use either. Each is refused before it is opened,
    /// as a file SQLite cannot open is.
    /// </summary>
    private void RefuseIfNotAFile()
    {
        if (RegularFile.KindOf(Path) is { } kind)
        {
            throw new SqliteException($"unable to open database file: the path names {kind}, not a file", SqliteCantOpen);
        }
    }

    // The first bytes of every SQLite database file (https://sqlite.org/fileformat.html).
    private static ReadOnlySpan<byte> SqliteHeader => "SQLite format 3\0"u8;

    private bool MakeReady(bool checkIntegrity)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
        if (!checkIntegrity || !IsCorrupt())
        {
            try
            {
                Migrate();
                return false;
            }
            catch (SqliteException e) when (!checkIntegrity && IsCorruption(e))
            {
                // Damage found without the check: set aside below, as the check would have.
            }
        }
        var salvaged = SalvageHistory();
        SetAside();
        Migrate();
        RestoreHistory(salvaged);
        return true;
    }

    /// <summary>Whether the file passes <c>PRAGMA quick_check</c> (a missing file does). Reads the whole file.</summary>
    public bool IsIntact() => !IsCorrupt();

    /// <summary>Whether SQLite raised <paramref name="exception"/> because the file is damaged or is not a database.</summary>
    public static bool IsCorruption(SqliteException exception) => exception.SqliteErrorCode is SqliteCorrupt or SqliteNotADatabase;

    /// <summary>Where the last corrupt file was moved to, if one was.</summary>
    public string? SetAsidePath { get; private set; }

    private bool IsCorrupt()
    {
        if (!File.Exists(Path))
        {
            return false;
        }
        try
        {
            using var connection = Open();
            return connection.Scalar("PRAGMA quick_check") as string != "ok";
        }
        catch (SqliteException e) when (IsCorruption(e))
        {
            return true;
        }
    }

    private const int SqliteError = 1;
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;
    // Result codes of a file SQLite cannot use at all (https://sqlite.org/rescode.html).
    private const int SqlitePermission = 3;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    // Another connection is writing.
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    private void Migrate()
    {
        using var connection = Open();
        var version = Convert.ToInt32(connection.Scalar("PRAGMA user_version"), System.Globalization.CultureInfo.InvariantCulture);
        RefuseIfNotOurs(connection, version);
        connection.Execute("PRAGMA journal_mode = WAL");
        foreach (var (number, sql) in SchemaScripts().Where(script => script.Number > version))
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(sql, transaction);
            connection.Execute($"PRAGMA user_version = {number}", transaction);
            transaction.Commit();
        }
        ProbeWriting();
    }

    /// <summary>
    /// A file that another program made, or a newer build of this app, is never written into (nor its journal mode
    /// changed): every database this app makes records its schema's number in <c>user_version</c> with its first
    /// tables, so tables under version 0 are someone else's, and a number beyond this build's last script is not a
    /// schema this build knows.
    /// </summary>
    /// <exception cref="DatabaseUnusableException">With <see cref="DatabaseUnusableException.HoldsSomethingElse"/>: a
    /// setting to correct.</exception>
    private void RefuseIfNotOurs(SqliteConnection connection, int version)
    {
        var latest = SchemaScripts().Max(script => script.Number);
        string? why = null;
        if (version > latest)
        {
            why = $"its schema is number {version}, and this build knows up to {latest}: a newer version of the app, or another program, made it";
        }
        else if (version == 0 && Convert.ToInt64(connection.Scalar("SELECT count(*) FROM sqlite_master"), System.Globalization.CultureInfo.InvariantCulture) > 0)
        {
            why = "it holds tables that the app did not make (another program's database)";
        }
        if (why is not null)
        {
            throw new DatabaseUnusableException(Path, new InvalidDataException(why), holdsSomethingElse: true);
        }
    }

    /// <summary>
    /// Opened on a file or folder that cannot be written, SQLite reads without complaint, and may even take the write
    /// lock (a file handle opened before the file became read-only is shared by the connections opened after): only
    /// committing a write finds out. So the probe commits one that no reader can see, on a connection like the one
    /// the articles are stored through: <c>user_version</c> set to the number it already has.
    /// </summary>
    private void ProbeWriting()
    {
        using var connection = OpenForBatch();
        using var probe = connection.CreateCommand();
        // Another connection holding the lock shows that the file can be written: start-up does not wait for it.
        probe.CommandTimeout = 1;
        probe.CommandText = "BEGIN IMMEDIATE";
        try
        {
            probe.ExecuteNonQuery();
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqliteBusy or SqliteLocked)
        {
            return;
        }
        try
        {
            var version = Convert.ToInt32(connection.Scalar("PRAGMA user_version"), System.Globalization.CultureInfo.InvariantCulture);
            probe.CommandText = $"PRAGMA user_version = {version}";
            probe.ExecuteNonQuery();
            probe.CommandText = "COMMIT";
            probe.ExecuteNonQuery();
        }
        catch (SqliteException)
        {
            using var rollback = connection.CreateCommand();
            rollback.CommandText = "ROLLBACK";
            try
            {
                rollback.ExecuteNonQuery();
            }
            catch (SqliteException)
            {
                // A failed commit may have ended the transaction already.
            }
            throw;
        }
    }

    /// <summary>The rows of the paragraph history that a damaged file still yields; none when it yields nothing.</summary>
    private List<object[]> SalvageHistory()
    {
        var rows = new List<object[]>();
        try
        {
            using var connection = Open();
            foreach (var reader in connection.Query("SELECT slug, fingerprint, text, last_n, first_seen, last_seen FROM fingerprint_history"))
            {
                var row = new object[6];
                reader.GetValues(row);
                rows.Add(row);
            }
        }
        catch (SqliteException)
        {
            // Whatever was read before the damage is kept; the rest cannot be had.
        }
        return rows;
    }

    private void RestoreHistory(List<object[]> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.Prepare(transaction, """
            INSERT OR IGNORE INTO fingerprint_history (slug, fingerprint, text, last_n, first_seen, last_seen)
            VALUES ($slug, $fingerprint, $text, $last_n, $first_seen, $last_seen)
            """, "$slug", "$fingerprint", "$text", "$last_n", "$first_seen", "$last_seen");
        foreach (var row in rows)
        {
            insert.Run(row);
        }
        transaction.Commit();
    }

    private void SetAside()
    {
        SqliteConnection.ClearAllPools();
        var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        SetAsidePath = $"{Path}.corrupt-{stamp}";
        File.Move(Path, SetAsidePath, overwrite: true);
        foreach (var suffix in new[] { "-wal", "-shm", "-journal" })
        {
            File.Delete(Path + suffix);
        }
    }

    /// <summary>Embedded scripts named NNN_description.sql, in order.</summary>
    private static IEnumerable<(int Number, string Sql)> SchemaScripts()
    {
        var assembly = Assembly.GetExecutingAssembly();
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("Schema/", StringComparison.Ordinal))
            .Select(name =>
            {
                var fileName = name["Schema/".Length..];
                var number = int.Parse(fileName[..fileName.IndexOf('_', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                return (number, reader.ReadToEnd());
            })
            .OrderBy(script => script.number);
    }
}

/// <summary>
/// The database at its configured path cannot be opened, created or written, or is not one this build may write
/// (another program's, a newer build's); the message names the path and why.
/// </summary>
public sealed class DatabaseUnusableException(string path, Exception inner, bool holdsSomethingElse)
    : Exception($"the database at {path} cannot be used: {inner.Message}", inner)
{
    public string Path { get; } = path;

    /// <summary>
    /// True when the path holds no SQLite database but something else (a device, an empty or foreign file): a
    /// wrong setting. False when the database is only out of reach (read-only, or no file where none can be made).
    /// </summary>
    public bool HoldsSomethingElse { get; } = holdsSomethingElse;
}
