using System.IO.Compression;

namespace MaliReader.Web.Compare;

/// <summary>How two comparison keys are related in meaning, by a lexicon.</summary>
public enum LexicalRelation
{
    None = 0,
    /// <summary>The two share a common sense: "blast"/"explosion", "try"/"attempt".</summary>
    Synonym = 1,
    /// <summary>One is formed from the other: "kill"/"killer", "elect"/"election".</summary>
    Derived = 2,
    /// <summary>Opposites: "open"/"close", "rise"/"fall".</summary>
    Antonym = 3,
    /// <summary>Close in meaning by one more step of WordNet: a word and its broader or narrower kind, or what an act brings about.</summary>
    Related = 4,
}

/// <summary>
/// Which words mean the same, come from one another or are opposites, keyed like
/// <see cref="CompareWords.KeyOf"/> (folded Porter2 stems), so "blasts" meets "explosions".
/// The app's table is derived from WordNet (Princeton University; licence beside the table in
/// Compare/Lexicon) by bench/similarity's generator, and is loaded once, on first use.
/// Held compactly: the keys in one sorted array, and each key's related keys as indices into it.
/// </summary>
public sealed class WordLexicon
{
    private const string ResourceName = "Compare/Lexicon/wordnet.txt.gz";
    private static readonly Lazy<WordLexicon> WordNetTable = new(() => FromResource(typeof(WordLexicon).Assembly, ResourceName));

    private readonly string[] _keys;
    // Key i's relations are _relations[_starts[i].._starts[i + 1]], each (other key's index << RelationBits) | relation,
    // sorted, so one binary search finds both whether two keys are related and how.
    private readonly int[] _starts;
    private readonly int[] _relations;
    private const int RelationBits = 3;
    private const int RelationMask = (1 << RelationBits) - 1;

    private WordLexicon(string[] keys, int[] starts, int[] relations)
    {
        _keys = keys;
        _starts = starts;
        _relations = relations;
    }

    /// <summary>The table derived from WordNet, embedded in the app; loaded on first use.</summary>
    public static WordLexicon WordNet => WordNetTable.Value;

    /// <summary>An empty lexicon: only spelling relates words.</summary>
    public static WordLexicon None { get; } = new([], [0], []);

    public int KeyCount => _keys.Length;

    public int RelationCount => _relations.Length / 2;

    /// <summary>
    /// Reads a table from a named embedded resource of <paramref name="assembly"/>.
    /// Throws <see cref="InvalidOperationException"/> naming the resource when it is not there.
    /// </summary>
    public static WordLexicon FromResource(System.Reflection.Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The word lexicon '{name}' is not embedded in {assembly.GetName().Name}; the build must include it.");
        return Load(stream);
    }

    /// <summary>
    /// Reads a gzip-compressed table of UTF-8 lines: <c>s</c>, a tab and the space-separated words of one
    /// sense (each two of them synonyms); or <c>d</c> (derived), <c>a</c> (antonyms) or <c>r</c> (related one
    /// step further), a tab, one word, a tab, the other. Lines starting with <c>#</c> are comments. Words are keys already, as
    /// <see cref="CompareWords.KeyOf"/> makes them (the generator stems them, so loading is quick).
    /// Throws <see cref="InvalidDataException"/> for a line of another shape or a stream that is not gzip.
    /// </summary>
    public static WordLexicon Load(Stream gzipped)
    {
        using var reader = new StreamReader(new GZipStream(gzipped, CompressionMode.Decompress));
        var table = new TableBuilder();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var fields = line.Split('\t');
            switch (fields)
            {
                case ["s", var words]:
                    var keys = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    for (var i = 0; i < keys.Length; i++)
                    {
                        for (var j = i + 1; j < keys.Length; j++)
                        {
                            table.Relate(keys[i], keys[j], LexicalRelation.Synonym);
                        }
                    }
                    break;
                case ["d" or "a" or "r", var first, var second] when first.Length > 0 && second.Length > 0:
                    table.Relate(first, second, fields[0] switch
                    {
                        "d" => LexicalRelation.Derived,
                        "a" => LexicalRelation.Antonym,
                        _ => LexicalRelation.Related,
                    });
                    break;
                default:
                    throw new InvalidDataException($"Word lexicon line {lineNumber} is neither a sense (s) nor a pair of words (d, a, r): '{line}'.");
            }
        }
        return table.Build();
    }

    private sealed class TableBuilder
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<string> _keys = [];
        // (smaller id, larger id) -> relation: one entry per pair of keys, whichever way it was read.
        private readonly Dictionary<(int, int), LexicalRelation> _pairs = [];

        public void Relate(string first, string second, LexicalRelation relation)
        {
            // Stemming merges words, so a synset can hold a function word's key ("being" -> "be"), which
            // would relate it to anything; and the same key twice says nothing.
            if (first == second || FunctionWords.Contains(first) || FunctionWords.Contains(second))
            {
                return;
            }
            var (a, b) = (Id(first), Id(second));
            var pair = a < b ? (a, b) : (b, a);
            // One pair of keys can be synonyms in one sense and opposites in another ("fast"/"loose");
            // the closer relation wins, as a penalty on a true synonym costs more than a missed opposite.
            if (!_pairs.TryGetValue(pair, out var known) || Closeness(relation) < Closeness(known))
            {
                _pairs[pair] = relation;
            }
        }

        private static int Closeness(LexicalRelation relation) => relation switch
        {
            LexicalRelation.Synonym => 0,
            LexicalRelation.Derived => 1,
            LexicalRelation.Related => 2,
            _ => 3,
        };

        private int Id(string key)
        {
            if (!_ids.TryGetValue(key, out var id))
            {
                id = _keys.Count;
                _ids[key] = id;
                _keys.Add(key);
            }
            return id;
        }

        public WordLexicon Build()
        {
            var keys = _keys.ToArray();
            var order = Enumerable.Range(0, keys.Length).ToArray();
            Array.Sort(keys, order, StringComparer.Ordinal);
            var place = new int[keys.Length];
            for (var i = 0; i < order.Length; i++)
            {
                place[order[i]] = i;
            }
            var starts = new int[keys.Length + 1];
            foreach (var (first, second) in _pairs.Keys)
            {
                starts[place[first] + 1]++;
                starts[place[second] + 1]++;
            }
            for (var i = 1; i < starts.Length; i++)
            {
                starts[i] += starts[i - 1];
            }
            var relations = new int[_pairs.Count * 2];
            var next = starts[..^1];
            foreach (var (pair, relation) in _pairs)
            {
                var (first, second) = (place[pair.Item1], place[pair.Item2]);
                relations[next[first]++] = (second << RelationBits) | (int)relation;
                relations[next[second]++] = (first << RelationBits) | (int)relation;
            }
            for (var i = 0; i < keys.Length; i++)
            {
                Array.Sort(relations, starts[i], starts[i + 1] - starts[i]);
            }
            return new WordLexicon(keys, starts, relations);
        }
    }

    /// <summary>The key's place in the lexicon, or −1 when the lexicon does not know it.</summary>
    public int IndexOf(string key) => Math.Max(-1, Array.BinarySearch(_keys, key, StringComparer.Ordinal));

    /// <summary>How two keys' places (from <see cref="IndexOf"/>) are related; None when either is −1.</summary>
    public LexicalRelation Relation(int first, int second)
    {
        if (first < 0 || second < 0)
        {
            return LexicalRelation.None;
        }
        var start = _starts[first];
        var count = _starts[first + 1] - start;
        // Every entry for `second` lies between (second << RelationBits) and (second << RelationBits) | RelationMask.
        var found = Array.BinarySearch(_relations, start, count, second << RelationBits);
        var at = found >= 0 ? found : ~found;
        return at < start + count && _relations[at] >> RelationBits == second ? (LexicalRelation)(_relations[at] & RelationMask) : LexicalRelation.None;
    }

    public LexicalRelation Relation(string firstKey, string secondKey) => Relation(IndexOf(firstKey), IndexOf(secondKey));
}
