using MaliReader.Tests.Support;
using MaliReader.Web.Storage;
using Microsoft.Data.Sqlite;

namespace MaliReader.Tests.Storage;

/// <summary>
/// Database:Path pointed by mistake at another program's SQLite database (tables under user_version 0, or a schema
/// number beyond this build's) is refused as a wrong setting and left exactly as it was: no table of ours is added
/// and its journal mode is not changed.
/// </summary>
public sealed class ForeignDatabaseTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(99)]
    public void AnotherProgramsSqliteDatabase_IsRefusedAsAWrongSetting_AndLeftAsItWas(int userVersion)
    {
        var path = Path.Combine(_content.Root, "places.sqlite");
        using (var other = new SqliteConnection($"Data Source={path}"))
        {
            other.Open();
            using var create = other.CreateCommand();
            create.CommandText = $"CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT); PRAGMA user_version = {userVersion};";
            create.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();

        var refused = Record.Exception(() => new Database(path).EnsureReady());

        Assert.True(refused is DatabaseUnusableException { HoldsSomethingElse: true }, $"EnsureReady gave {refused?.GetType().Name ?? "no exception"}");
        SqliteConnection.ClearAllPools();
        using var check = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        check.Open();
        using var tables = check.CreateCommand();
        tables.CommandText = "SELECT group_concat(name) FROM sqlite_master WHERE type = 'table'";
        Assert.Equal("moz_places", tables.ExecuteScalar());
        tables.CommandText = "PRAGMA journal_mode";
        Assert.Equal("delete", tables.ExecuteScalar());
    }
}
