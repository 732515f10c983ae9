using System.Reflection;
using Microsoft.Data.Sqlite;

namespace MaliReader.Web.Storage;

/// <summary>The SQLite file: opening it, applying the numbered schema scripts, and starting afresh when it is unreadable.</summary>
public sealed class Database
{
    private readonly string _connectionString;
    private readonly string _readOnlyConnectionString;

    public Database(string path)
    {
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate }.ToString();
        _readOnlyConnectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString();
    }

    public string Path { get; }

    public SqliteConnection Open() => OpenWith(_connectionString);

    /// <summary>A connection for requests: it cannot write, whatever the code that holds it does.</summary>
    public SqliteConnection OpenReadOnly() => OpenWith(_readOnlyConnectionString);

    private static SqliteConnection OpenWith(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    /// <summary>
    /// Makes the file usable: creates it, brings its schema up to date, or, when it is corrupt or not
    /// a database at all, deletes it so that it is rebuilt from content. Returns true when it started afresh.
    /// </summary>
    public bool EnsureReady()
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
        try
        {
            Migrate();
            return false;
        }
        catch (SqliteException)
        {
            Delete();
            Migrate();
            return true;
        }
    }

    private void Migrate()
    {
        using var connection = Open();
        using (var check = connection.CreateCommand())
        {
            check.CommandText = "PRAGMA quick_check";
            if (check.ExecuteScalar() as string != "ok")
            {
                throw new SqliteException("the database failed its integrity check", 11);
            }
        }
        Execute(connection, "PRAGMA journal_mode = WAL");

        var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (number, sql) in SchemaScripts().Where(script => script.Number > version))
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, sql, transaction);
            Execute(connection, $"PRAGMA user_version = {number}", transaction);
            transaction.Commit();
        }
    }

    private void Delete()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
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

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }
}
