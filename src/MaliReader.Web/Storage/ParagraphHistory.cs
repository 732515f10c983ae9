using System.Globalization;
using Microsoft.Data.Sqlite;

namespace MaliReader.Web.Storage;

/// <summary>
/// The record of every paragraph text each article has had, read from SQLite on demand: it answers old
/// links only, so it is not held in memory. It cannot be rebuilt from content and outlives every rebuild.
/// </summary>
public sealed class ParagraphHistory(Database database)
{
    /// <summary>
    /// Every paragraph text the article with <paramref name="slug"/> has had, current ones included; none while
    /// the database cannot serve (out of reach, damaged, replaced: an old link is then answered as one whose passage
    /// is unknown, not as an error).
    /// </summary>
    public IReadOnlyList<HistoricParagraph> For(string slug)
    {
        try
        {
            return Read(slug);
        }
        catch (SqliteException e) when (Database.IsOutOfService(e))
        {
            return [];
        }
    }

    private List<HistoricParagraph> Read(string slug)
    {
        using var connection = database.OpenReadOnly();
        var history = new List<HistoricParagraph>();
        foreach (var row in connection.Query(
            "SELECT fingerprint, text, last_n, first_seen, last_seen FROM fingerprint_history WHERE slug = $slug", ("$slug", slug)))
        {
            history.Add(new HistoricParagraph(slug, row.GetString(0), row.GetString(1), row.GetInt32(2),
                Timestamp(row.GetString(3)), Timestamp(row.GetString(4))));
        }
        return history;
    }

    private static DateTimeOffset Timestamp(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}

/// <summary>A paragraph text that an article had at some point, where it stood, and when it was first and last there.</summary>
public sealed record HistoricParagraph(string Slug, string Fingerprint, string Text, int LastN, DateTimeOffset FirstSeen, DateTimeOffset LastSeen);
