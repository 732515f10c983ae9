using System.Collections.Frozen;
using MaliReader.Web.Articles;
using MaliReader.Web.Compare;

namespace MaliReader.Web.ReadModel;

/// <summary>
/// Everything pages, search and the APIs read, built by the write side after each change and never
/// changed after: requests read it without locks or queries, and a change swaps in a whole new one.
/// </summary>
public sealed class ContentSnapshot
{
    // Plain dictionaries, not frozen ones: a snapshot is built at start-up and on every saved file, over
    // every paragraph of the library, and freezing costs several times a dictionary's build for lookups
    // that are only a little faster.
    private readonly Dictionary<string, Article> _articles;
    private readonly Dictionary<string, Story> _stories;
    private readonly Dictionary<string, (Article Article, Paragraph Paragraph)> _paragraphs;
    private readonly Dictionary<(string Slug, string Fingerprint), Paragraph> _byFingerprint;
    private readonly FrozenDictionary<string, Lazy<StoryComparison>> _comparisons;
    private int _storiesCompared;

    /// <param name="articles">Every article served, in any order.</param>
    /// <param name="storyFiles">Story titles and dates from story files, by story key.</param>
    /// <param name="errors">Content files that could not be read (their last good version, if any, is in <paramref name="articles"/>).</param>
    /// <param name="version">Changes whenever anything served changes, and is the same for the same content on any machine.</param>
    /// <param name="storedComparison">A story's comparison kept from an earlier run on this same content version, by
    /// story key (<see cref="SlugCase"/>), or null; a story it has none for is compared on first use.</param>
    public ContentSnapshot(IEnumerable<Article> articles, IReadOnlyDictionary<string, StoryInfo> storyFiles,
        IReadOnlyList<ContentError> errors, string version, Func<string, StoryComparison?>? storedComparison = null)
    {
        // Story keys are matched as slugs are (SlugCase): two authors who type "Mali-France" and
        // "mali-france" mean one story, and a reader may type either. The story goes by the spelling of
        // its first account by file name, so its name does not depend on which file was saved last.
        Articles = articles.Select(article => (Key: SlugCase.Of(article.Story), Article: article))
            .OrderBy(keyed => keyed.Key, ReadingOrder)
            .ThenBy(keyed => keyed.Key, StringComparer.Ordinal)
            .ThenBy(keyed => keyed.Article.FileName, StringComparer.Ordinal)
            .Select(keyed => keyed.Article)
            .ToList();
        Errors = errors;
        Version = version;
        StoryFiles = storyFiles;
        var storyFilesByKey = StoryFilesByKey(storyFiles);
        Stories = Articles
            .GroupBy(article => SlugCase.Of(article.Story), StringComparer.Ordinal)
            .Select(group =>
            {
                var name = group.First().Story;
                var info = storyFilesByKey.GetValueOrDefault(group.Key);
                return new Story(name, info, group.ToList());
            })
            .ToList();
        _stories = Stories.ToDictionary(story => SlugCase.Of(story.Name), StringComparer.Ordinal);
        _articles = new Dictionary<string, Article>(Articles.Count, StringComparer.Ordinal);
        var paragraphCount = Articles.Sum(article => article.Paragraphs.Count);
        _paragraphs = new Dictionary<string, (Article, Paragraph)>(paragraphCount, StringComparer.Ordinal);
        _byFingerprint = new Dictionary<(string, string), Paragraph>(paragraphCount);
        foreach (var article in Articles)
        {
            _articles[article.Slug] = article;
            foreach (var paragraph in article.Paragraphs)
            {
                _paragraphs[paragraph.Id] = (article, paragraph);
                // Should two paragraphs of one article still share a fingerprint, it names the first.
                _byFingerprint.TryAdd((paragraph.Slug, paragraph.Fingerprint), paragraph);
            }
        }
        // Each story is compared at most once per snapshot, on first use, with word weights counted once
        // over the whole library; a story told by one account has nothing to compare, and one too long
        // to compare in bounded time is not compared. The stored comparisons are held by the factories alone,
        // so each is let go once it has been parsed.
        var library = new Lazy<WordWeights>(() => WordWeights.From(Articles.SelectMany(a => a.Paragraphs).Select(p => p.Text)));
        _comparisons = Stories
            .Where(story => story.Articles.Count > 1 && !StoryComparer.IsTooLongToCompare(story.Articles))
            .ToFrozenDictionary(story => SlugCase.Of(story.Name),
                story => new Lazy<StoryComparison>(() => Stored(story, storedComparison) ?? Compare(story, library)),
                StringComparer.Ordinal);
    }

    // A comparison is stored under the content version, so it is of these very accounts and paragraphs. Checking
    // that it says only what a comparison can (its pairs' sides in account order, scores from 0 to 1, kinds this
    // build knows, quoted words where it says they are) costs little, and keeps a row that does not (written by
    // hand, or by a fault) from being shown or from failing a page.
    private static StoryComparison? Stored(Story story, Func<string, StoryComparison?>? storedComparison)
    {
        if (storedComparison?.Invoke(SlugCase.Of(story.Name)) is not { } stored
            || !stored.Accounts.SequenceEqual(story.Articles.Select(article => article.Slug), StringComparer.Ordinal))
        {
            return null;
        }
        var paragraphs = new Dictionary<string, (int Account, string Text)>(StringComparer.Ordinal);
        foreach (var (account, article) in story.Articles.Index())
        {
            foreach (var paragraph in article.Paragraphs)
            {
                paragraphs[paragraph.Id] = (account, paragraph.Text);
            }
        }
        return stored.Unmatched.All(paragraphs.ContainsKey) && stored.Pairs.All(pair => Fits(pair, paragraphs)) ? stored : null;
    }

    private static bool Fits(ParagraphPair? pair, Dictionary<string, (int Account, string Text)> paragraphs) =>
        pair is not null
        && pair.Score is >= 0 and <= 1
        && paragraphs.TryGetValue(pair.Left, out var left) && paragraphs.TryGetValue(pair.Right, out var right)
        && left.Account < right.Account
        && pair.Differences.All(difference => difference is not null && Enum.IsDefined(difference.Kind)
            && Quotes(difference.Left, left.Text) && Quotes(difference.Right, right.Text));

    private static bool Quotes(WordRange? range, string text) =>
        range is null
        || (range.Start >= 0 && range.Length >= 0 && range.Start <= text.Length - range.Length
            && text.AsSpan(range.Start, range.Length).SequenceEqual(range.Text));

    private StoryComparison Compare(Story story, Lazy<WordWeights> library)
    {
        Interlocked.Increment(ref _storiesCompared);
        return StoryComparer.Compare(story.Articles, library.Value);
    }

    // Story keys as a reader counts: "day-2" before "day-10" (numbers by their value, as the invariant culture's
    // numeric ordering compares them); keys it holds equal ("day-2", "day-02") keep ordinal order between them.
    private static readonly StringComparer ReadingOrder =
        StringComparer.Create(System.Globalization.CultureInfo.InvariantCulture, System.Globalization.CompareOptions.NumericOrdering);

    // Of two story files whose keys differ only in case, the first key in ordinal order describes the
    // story; the other is listed on /status as read for nothing (ContentFolder.Orphans).
    private static Dictionary<string, StoryInfo> StoryFilesByKey(IReadOnlyDictionary<string, StoryInfo> storyFiles)
    {
        var byKey = new Dictionary<string, StoryInfo>(StringComparer.Ordinal);
        foreach (var (key, info) in storyFiles.OrderBy(file => file.Key, StringComparer.Ordinal))
        {
            byKey.TryAdd(SlugCase.Of(key), info);
        }
        return byKey;
    }

    public static ContentSnapshot Empty { get; } = new([], new Dictionary<string, StoryInfo>(), [], "empty");

    /// <summary>Ordered by story (see <see cref="Stories"/>), then by file name.</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>Ordered by story key in <see cref="SlugCase"/>'s form, with the numbers in keys by their value: "day-2" before "day-10".</summary>
    public IReadOnlyList<Story> Stories { get; }

    public IReadOnlyDictionary<string, StoryInfo> StoryFiles { get; }

    /// <summary>Content files that could not be read (their last good version, if any, is still served), by file name.</summary>
    public IReadOnlyList<ContentError> Errors { get; }

    /// <summary>Content files read for nothing (a sidecar with no page, a story file no article belongs to): nothing is lost.</summary>
    public IReadOnlyList<ContentWarning> Warnings { get; init; } = [];

    /// <summary>
    /// Why the database cannot be opened, written or used (damaged, replaced), while it cannot: the content is served
    /// from memory and nothing is stored until it can be. Null when the database takes writes.
    /// </summary>
    public string? DatabaseProblem { get; init; }

    /// <summary>
    /// While the content folder is still being read (a first load serves what it has read so far), how far
    /// it has come; null once every file has been read. Stories may lack accounts still to come.
    /// </summary>
    public LoadProgress? Loading { get; init; }

    /// <summary>Changes whenever the content does: a validator for HTTP caches (an ETag's value).</summary>
    public string Version { get; }

    public Article? Article(string slug) => _articles.GetValueOrDefault(slug);

    /// <summary>The story a key names, in any casing or Unicode composition (<see cref="SlugCase"/>).</summary>
    public Story? Story(string name) => _stories.GetValueOrDefault(SlugCase.Of(name));

    /// <summary>How <paramref name="article"/> is cited beside the other accounts of its story (<see cref="ReadModel.Story.CitationLabelOf"/>).</summary>
    public string CitationLabelOf(Article article) => Story(article.Story)?.CitationLabelOf(article) ?? article.CitationLabel;

    public (Article Article, Paragraph Paragraph)? Paragraph(string id) =>
        _paragraphs.TryGetValue(id, out var found) ? found : null;

    /// <summary>
    /// The alignment and differences of a story's accounts; null for an unknown story, one with a single
    /// account, or one too long to compare (<see cref="StoryComparer.IsTooLongToCompare"/>).
    /// </summary>
    public StoryComparison? Comparison(string storyName) => _comparisons.GetValueOrDefault(SlugCase.Of(storyName))?.Value;

    /// <summary>Compares every story that has not been compared yet; afterwards <see cref="Comparison"/> only looks up.</summary>
    public void CompareAllStories(CancellationToken cancellation)
    {
        foreach (var comparison in _comparisons.Values)
        {
            cancellation.ThrowIfCancellationRequested();
            _ = comparison.Value;
        }
    }

    /// <summary>Every story's comparison by story key (<see cref="SlugCase"/>), comparing those not compared yet.</summary>
    public IEnumerable<KeyValuePair<string, StoryComparison>> Comparisons() =>
        _comparisons.Select(entry => KeyValuePair.Create(entry.Key, entry.Value.Value));

    /// <summary>How many stories have a comparison: those told by several accounts and not too long to compare.</summary>
    public int ComparableStories => _comparisons.Count;

    /// <summary>How many stories this snapshot has compared itself rather than taken as stored: none means there is nothing new to store.</summary>
    public int StoriesCompared => Volatile.Read(ref _storiesCompared);

    public Paragraph? ParagraphByFingerprint(string slug, string fingerprint) =>
        _byFingerprint.GetValueOrDefault((slug, fingerprint));
}

/// <summary>Articles that report the same event, read side by side.</summary>
/// <param name="Name">The story key that articles name in their front matter, as its first account by file name spells it.</param>
/// <param name="Info">The story file's title and date, when the story has one.</param>
public sealed record Story(string Name, StoryInfo? Info, IReadOnlyList<Article> Articles)
{
    private readonly Dictionary<string, string> _citationLabels = CitationLabels(Articles);

    /// <summary>
    /// How the story names <paramref name="account"/> wherever it cites its accounts beside each other ("Reuters ¶3" beside a
    /// paragraph of another account, a difference's sides, the account list, a search hit's counterparts): its
    /// <see cref="Article.CitationLabel"/>, unless another account of the story has the same one (two Reuters pieces, or
    /// "Reuters (via RFI)" beside "Reuters"), for then a citation would not say which account it means. Accounts that share
    /// a label are then told apart by what their headings show, the first of these that tells every one of them apart:
    /// their dates ("Reuters (4 March)"), their titles ("Reuters (“Mali accuses France”)"), or, failing both, their places
    /// among them in the story's order ("Reuters (2)"). A label so made never equals another account's: no source label
    /// holds " (", so each starts with its own account's label and a parenthesis.
    /// </summary>
    public string CitationLabelOf(Article account) => _citationLabels.GetValueOrDefault(account.Slug) ?? account.CitationLabel;

    private static Dictionary<string, string> CitationLabels(IReadOnlyList<Article> accounts)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        // Case apart, "Reuters" and "REUTERS" read as one name.
        foreach (var alike in accounts.GroupBy(account => account.CitationLabel, StringComparer.OrdinalIgnoreCase).Where(group => group.Count() > 1))
        {
            var group = alike.ToList();
            string?[] dates = [.. group.Select(account => account.Published)];
            string?[] titles = [.. group.Select(account => $"“{account.Title}”")];
            string?[] places = [.. group.Select((_, place) => (place + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))];
            var apart = new[] { dates, titles }.FirstOrDefault(TellsApart) ?? places;
            for (var i = 0; i < group.Count; i++)
            {
                labels[group[i].Slug] = $"{group[i].CitationLabel} ({apart[i]})";
            }
        }
        return labels;

        static bool TellsApart(string?[] shown) =>
            shown.All(text => !string.IsNullOrWhiteSpace(text)) && shown.Distinct(StringComparer.OrdinalIgnoreCase).Count() == shown.Length;
    }

    /// <summary>The story's own heading: its story file's title, else its key in words ("mali-france" → "Mali france").</summary>
    public string Title => Info?.Title ?? Humanise(Name);

    /// <summary>The story's date as its story file gives it, else the earliest date an account gives, else null.</summary>
    public string? Published => Info?.Published
        ?? Articles.Select(article => article.Published).Where(date => date is not null).Order(StringComparer.Ordinal).FirstOrDefault();

    private static string Humanise(string key)
    {
        var words = key.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? key : char.ToUpperInvariant(words[0]) + words[1..];
    }
}

/// <summary>How far a load of the content folder has come: <paramref name="FilesRead"/> of its <paramref name="Files"/> article files.</summary>
public sealed record LoadProgress(int FilesRead, int Files);

/// <summary>What a story file (<c>content/&lt;story&gt;.story.yml</c>) says of its story.</summary>
public sealed record StoryInfo(string Title, string? Published);

/// <summary>A content file that is read for nothing (a sidecar with no page beside it): nothing served is lost, but its author meant it to count.</summary>
public sealed record ContentWarning(string FileName, string Reason);
