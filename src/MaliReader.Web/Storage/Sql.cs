using Microsoft.Data.Sqlite;

namespace MaliReader.Web.Storage;

/// <summary>
/// The few ADO.NET steps every store repeats: run a statement, read one value, stream rows, and prepare
/// a command once to run it many times in a transaction. Parameters are named <c>$name</c>.
/// </summary>
public static class Sql
{
    public static void Execute(this SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    public static object? Scalar(this SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    /// <summary>
    /// Streams the rows of <paramref name="sql"/>. The same reader is yielded for every row, positioned on
    /// it: read its columns before moving on, and do not keep it.
    /// </summary>
    public static IEnumerable<SqliteDataReader> Query(this SqliteConnection connection, string sql,
        params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return reader;
        }
    }

    /// <summary>
    /// A command compiled once, whose parameters are given in <paramref name="parameterNames"/>' order by
    /// <see cref="Run"/>. The caller disposes it.
    /// </summary>
    public static SqliteCommand Prepare(this SqliteConnection connection, SqliteTransaction? transaction, string sql,
        params string[] parameterNames)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameterNames)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
        command.Prepare();
        return command;
    }

    /// <summary>Runs a prepared command with its parameters' values in the order they were named; null is SQL NULL.</summary>
    public static void Run(this SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
        command.ExecuteNonQuery();
    }

    public static string? GetNullableString(this SqliteDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);
}
