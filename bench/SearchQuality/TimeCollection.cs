using System.Globalization;
using System.Text.RegularExpressions;

namespace SearchQuality;

/// <summary>One document of TIME.ALL: its position in the file (1-based), its own number, the header date and its text.</summary>
internal sealed record TimeDocument(int Position, string Number, string Date, string Text)
{
    /// <summary>The article slug the document becomes: its file is time-NNN.md.</summary>
    public string Slug => $"time-{Number}";
}

internal sealed record TimeQuery(int Id, string Text, IReadOnlySet<string> RelevantSlugs);

/// <summary>The TIME test collection: 423 documents, 83 queries and the relevance judgments, read from its three files.</summary>
internal sealed partial class TimeCollection
{
    private TimeCollection(IReadOnlyList<TimeDocument> documents, IReadOnlyList<TimeQuery> queries)
    {
        Documents = documents;
        Queries = queries;
    }

    public IReadOnlyList<TimeDocument> Documents { get; }

    /// <summary>Every query, judged or not, in id order; a query with no relevant document has an empty set.</summary>
    public IReadOnlyList<TimeQuery> Queries { get; }

    public IEnumerable<TimeQuery> JudgedQueries => Queries.Where(query => query.RelevantSlugs.Count > 0);

    public static TimeCollection Read(string folder)
    {
        var documents = ReadDocuments(File.ReadAllLines(Path.Combine(folder, "TIME.ALL")));
        var judgments = ReadJudgments(File.ReadAllLines(Path.Combine(folder, "TIME.REL")), documents);
        var queries = ReadQueries(File.ReadAllLines(Path.Combine(folder, "TIME.QUE")))
            .Select(query => new TimeQuery(query.Id, query.Text,
                judgments.TryGetValue(query.Id, out var relevant) ? relevant : new HashSet<string>()))
            .ToList();
        return new TimeCollection(documents, queries);
    }

    /// <summary>Each document opens with "*TEXT 017 01/04/63 PAGE 020"; its hard-wrapped lines are joined into one text.</summary>
    private static List<TimeDocument> ReadDocuments(string[] lines)
    {
        var documents = new List<TimeDocument>();
        Match? header = null;
        var text = new List<string>();
        void Flush()
        {
            if (header is not null)
            {
                documents.Add(new TimeDocument(documents.Count + 1, header.Groups["number"].Value,
                    header.Groups["date"].Value.Trim(), CollapseWhitespace(string.Join(' ', text))));
            }
            text.Clear();
        }
        foreach (var line in lines)
        {
            if (line.StartsWith("*STOP", StringComparison.Ordinal))
            {
                break;
            }
            if (TextHeader().Match(line) is { Success: true } match)
            {
                Flush();
                header = match;
                continue;
            }
            text.Add(line);
        }
        Flush();
        return documents;
    }

    /// <summary>"*FIND 1" then the query text over one or more lines.</summary>
    private static List<(int Id, string Text)> ReadQueries(string[] lines)
    {
        var queries = new List<(int Id, string Text)>();
        int? id = null;
        var text = new List<string>();
        void Flush()
        {
            if (id is { } current)
            {
                queries.Add((current, CollapseWhitespace(string.Join(' ', text))));
            }
            text.Clear();
        }
        foreach (var line in lines)
        {
            if (line.StartsWith("*STOP", StringComparison.Ordinal))
            {
                break;
            }
            if (FindHeader().Match(line) is { Success: true } match)
            {
                Flush();
                id = int.Parse(match.Groups["id"].Value, CultureInfo.InvariantCulture);
                continue;
            }
            text.Add(line);
        }
        Flush();
        return queries;
    }

    /// <summary>"&lt;query&gt; &lt;doc&gt; &lt;doc&gt; ...", the documents numbered as in the 425-document original (see <see cref="PositionOf"/>).</summary>
    private static Dictionary<int, IReadOnlySet<string>> ReadJudgments(string[] lines, List<TimeDocument> documents)
    {
        var judgments = new Dictionary<int, IReadOnlySet<string>>();
        foreach (var line in lines)
        {
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0)
            {
                continue;
            }
            var queryId = int.Parse(fields[0], CultureInfo.InvariantCulture);
            judgments[queryId] = fields.Skip(1)
                .Select(field => documents[PositionOf(int.Parse(field, CultureInfo.InvariantCulture)) - 1].Slug)
                .ToHashSet();
        }
        return judgments;
    }

    /// <summary>
    /// TIME.REL numbers documents by their place in the original file, which held two more documents
    /// between the 370th and the 380th: judgment n is the n-th document here up to 370 and the (n-2)-th from 380.
    /// </summary>
    public static int PositionOf(int judgedNumber) => judgedNumber switch
    {
        >= 1 and <= 370 => judgedNumber,
        >= 380 and <= 425 => judgedNumber - 2,
        _ => throw new InvalidDataException($"TIME.REL names document {judgedNumber}, which has no counterpart in TIME.ALL"),
    };

    private static string CollapseWhitespace(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"^\*TEXT\s+(?<number>\d+)\s+(?<date>.+?)\s+PAGE\s+\d+\s*$")]
    private static partial Regex TextHeader();

    [GeneratedRegex(@"^\*FIND\s+(?<id>\d+)\s*$")]
    private static partial Regex FindHeader();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
