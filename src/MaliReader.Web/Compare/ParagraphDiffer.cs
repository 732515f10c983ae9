using System.Text;
using MaliReader.Web.Articles;
using DiffPlex;
using DiffPlex.Chunkers;

namespace MaliReader.Web.Compare;

/// <summary>
/// The differences that matter between two paragraphs that report the same thing. A word-level
/// diff (DiffPlex, over the words' comparison keys, so case and punctuation never differ) finds the
/// changed runs; a run whose words are all function words, or all found elsewhere in the other
/// paragraph or in a related spelling (a reordering, "Mali"/"Malian"), is phrasing and dropped.
/// What is left is typed: a <c>Number</c> when each side holds a number or date the other lacks, a
/// <c>Name</c> when each side holds a capitalised word spelled alike, a <c>Term</c> when one named
/// word stands where the other side has one other word.
/// Clauses found in one account only are <see cref="ClaimFinder"/>'s.
/// </summary>
public static class ParagraphDiffer
{
    /// <summary>
    /// Two capitalised words in the same place this alike by Jaro-Winkler (the measure record
    /// linkage uses for names, which rewards a shared beginning) are one name spelled two ways:
    /// "Abdoulaye"/"Abdallah" 0.66, "Kowalczyk"/"Kovalchik" 0.82, "China"/"Chad" 0.63.
    /// </summary>
    private const double SameNameSpelling = 0.65;

    private static readonly F23.StringSimilarity.JaroWinkler NameSimilarity = new();

    /// <param name="leftMarkup">Whether <paramref name="leftText"/> is a Markdown paragraph (<see cref="CompareWords.Of"/>); likewise <paramref name="rightMarkup"/>.</param>
    public static IReadOnlyList<Difference> Differences(string leftText, string rightText, bool leftMarkup = false, bool rightMarkup = false)
    {
        var left = CompareWords.Of(leftText, leftMarkup);
        var right = CompareWords.Of(rightText, rightMarkup);
        var (leftLayout, rightLayout) = (Rendering.ParagraphMarkup.Layout(leftText, leftMarkup), Rendering.ParagraphMarkup.Layout(rightText, rightMarkup));
        var diff = Differ.Instance.CreateDiffs(
            string.Join('\n', left.Select(word => word.Key)),
            string.Join('\n', right.Select(word => word.Key)),
            ignoreWhiteSpace: false, ignoreCase: false, LineChunker.Instance);

        var leftAbbreviated = Initialisms.Explained(left, right);
        var rightAbbreviated = Initialisms.Explained(right, left);
        var blocks = diff.DiffBlocks
            .Select(block => (Left: Changed(left, block.DeleteStartA, block.DeleteCountA, right, leftAbbreviated),
                              Right: Changed(right, block.InsertStartB, block.InsertCountB, left, rightAbbreviated)))
            .Where(block => block.Left.Count + block.Right.Count > 0)
            .ToList();
        var changedLeft = blocks.SelectMany(block => block.Left).ToList();
        var changedRight = blocks.SelectMany(block => block.Right).ToList();
        var differences = new List<Difference>();

        // Numbers are matched across the whole paragraph, since the other account may tell them in
        // another order ("injuring 14 people" / "At least 17 people were injured").
        var leftNumbers = changedLeft.Where(IsNumberOrDate).ToList();
        var rightNumbers = changedRight.Where(IsNumberOrDate).ToList();
        // Like is compared with like: a year with a year, a weekday with a weekday.
        foreach (var kind in leftNumbers.Select(DateKind).Distinct())
        {
            differences.AddRange(leftNumbers.Where(w => DateKind(w) == kind).Zip(rightNumbers.Where(w => DateKind(w) == kind), (l, r) =>
                new Difference(DifferenceKind.Number, Range(leftText, leftLayout, [l]), Range(rightText, rightLayout, [r]))));
        }

        // Names and terms are changes in place: words standing in the same spot between shared words.
        foreach (var block in blocks)
        {
            var leftContent = block.Left.Where(word => !IsNumberOrDate(word)).ToList();
            var rightContent = block.Right.Where(word => !IsNumberOrDate(word)).ToList();
            // Part of a longer name whose other part both sides share ("Abdoulaye Diop"/"Abdallah
            // Diop"), so a demonym beside its country ("French"/"France") is not taken for one.
            var leftName = leftContent.Where(IsNameLike)
                .Where(l => HasSharedNameNeighbour(left, l, right))
                .FirstOrDefault(l => rightContent.Any(r => IsNameLike(r) && SpelledAlike(l, r)));
            if (leftName is not null)
            {
                var rightName = rightContent.First(r => IsNameLike(r) && SpelledAlike(leftName, r));
                differences.Add(new Difference(DifferenceKind.Name, Range(leftText, leftLayout, [leftName]), Range(rightText, rightLayout, [rightName])));
            }
            // One word for one other word, at least one a named thing; paraphrase of ordinary words is not listed.
            else if (leftContent.Count == 1 && rightContent.Count == 1 && (IsNameLike(leftContent[0]) || IsNameLike(rightContent[0])))
            {
                differences.Add(new Difference(DifferenceKind.Term, Range(leftText, leftLayout, leftContent), Range(rightText, rightLayout, rightContent)));
            }
            // Chinese and Japanese have no capitals to tell a named thing, nor spaces to tell a word: a
            // changed run of ideographs no longer than a word, or a katakana word, for another is a term.
            else if (IsUnspacedWord(leftText, leftLayout, leftContent) && IsUnspacedWord(rightText, rightLayout, rightContent))
            {
                var (leftTerm, rightTerm) = leftContent.Count == 1 && rightContent.Count == 1
                    ? AroundChangedIdeograph((leftText, leftLayout, left, leftContent[0]), (rightText, rightLayout, right, rightContent[0]))
                    : (leftContent, rightContent);
                differences.Add(new Difference(DifferenceKind.Term, Range(leftText, leftLayout, leftTerm), Range(rightText, rightLayout, rightTerm)));
            }
        }
        return differences;
    }

    /// <summary>
    /// Every word the word-level diff finds changed between two versions of a passage, grammar words
    /// included, as runs of each side (adjacent changed words make one run): what an edit did.
    /// </summary>
    public static (IReadOnlyList<WordRange> Old, IReadOnlyList<WordRange> New) ChangedWords(string oldText, string newText, bool inlineMarkup = false)
    {
        var before = CompareWords.Of(oldText, inlineMarkup);
        var after = CompareWords.Of(newText, inlineMarkup);
        var (oldLayout, newLayout) = (Rendering.ParagraphMarkup.Layout(oldText, inlineMarkup), Rendering.ParagraphMarkup.Layout(newText, inlineMarkup));
        var diff = Differ.Instance.CreateDiffs(
            string.Join('\n', before.Select(word => word.Key)),
            string.Join('\n', after.Select(word => word.Key)),
            ignoreWhiteSpace: false, ignoreCase: false, LineChunker.Instance);
        return (
            [.. diff.DiffBlocks.Where(b => b.DeleteCountA > 0).Select(b => Range(oldText, oldLayout, [.. before.Skip(b.DeleteStartA).Take(b.DeleteCountA)]))],
            [.. diff.DiffBlocks.Where(b => b.InsertCountB > 0).Select(b => Range(newText, newLayout, [.. after.Skip(b.InsertStartB).Take(b.InsertCountB)]))]);
    }

    /// <summary>
    /// The content words of a changed run that the other paragraph does not hold anywhere: words
    /// that only moved, words in a related spelling, an abbreviation and its spelled-out form
    /// (<paramref name="abbreviated"/>, places in <paramref name="words"/>), and grammar words are not differences.
    /// </summary>
    private static List<CompareWord> Changed(IReadOnlyList<CompareWord> words, int start, int count, IReadOnlyList<CompareWord> other, IReadOnlySet<int> abbreviated) =>
        Enumerable.Range(start, count).Where(i => !abbreviated.Contains(i)).Select(i => words[i])
            .Where(word => !FunctionWords.Contains(word.Key))
            // Only the same word or a derived one ("Mali"/"Malian") counts as found: a spelling that
            // merely shares letters ("hospital"/"capital") is another word.
            .Where(word => !other.Any(candidate => IsFound(word, candidate)))
            .ToList();

    // Names are compared as written, not stemmed: the stemmer would make "Brandvoll" a mere
    // prefix of "Brandvold" and hide a name spelled two ways.
    private static bool IsFound(CompareWord word, CompareWord candidate) =>
        IsNameLike(word) || IsNameLike(candidate)
            ? word.Key == candidate.Key
                || ParagraphSimilarity.WordMatch(Words.Fold(word.Text), Words.Fold(candidate.Text)) >= ParagraphSimilarity.RelatedPrefixCredit
            : ParagraphSimilarity.WordMatch(word.Key, candidate.Key) >= ParagraphSimilarity.RelatedPrefixCredit;

    private static bool HasSharedNameNeighbour(IReadOnlyList<CompareWord> words, CompareWord word, IReadOnlyList<CompareWord> other)
    {
        var index = words.ToList().IndexOf(word);
        return new[] { index - 1, index + 1 }
            .Where(i => i >= 0 && i < words.Count && IsNameLike(words[i]))
            .Any(i => other.Any(o => o.Key == words[i].Key));
    }

    /// <summary>Nearly every Chinese or Japanese word, a name included, is written in one to four ideographs.</summary>
    public const int MaxIdeographsInAWord = 4;

    /// <summary>
    /// Whether <paramref name="words"/> are one word of ideographs or katakana: adjacent as a reader sees the text, in no
    /// other script, with no kana of grammar (hiragana) among them, and at most <see cref="MaxIdeographsInAWord"/> of them.
    /// In Japanese a noun is followed by a particle (東京で), a verb's or adjective's stem by its ending in
    /// hiragana (申し出た): a stem is a paraphrase of an ordinary word, not a named thing put another way.
    /// </summary>
    private static bool IsUnspacedWord(string text, Rendering.MarkupLayout layout, List<CompareWord> words)
    {
        if (words.Count is 0 or > MaxIdeographsInAWord
            || !words.All(word => IsOfIdeographsOrKatakana(word.Text))
            || !words.Zip(words.Skip(1)).All(pair => layout.Visible(text, pair.First.Start + pair.First.Length, pair.Second.Start).Length == 0))
        {
            return false;
        }
        var after = layout.Visible(text, words[^1].Start + words[^1].Length, text.Length);
        return after.Length == 0 || after[0] is < '\u3041' or > '\u309F' || Particles.Contains(after[0]);
    }

    /// <summary>Most Chinese and Japanese names of people and places are written in two or three ideographs (王小明, 𠮷田, 吉野家).</summary>
    private const int MaxIdeographsInAName = 3;

    /// <summary>
    /// A changed ideograph standing for another is seldom a word of its own: it is a character of a name or word whose other
    /// characters both sides share (𠮷田/吉田, 王小明/王晓明), and the reader expects that word as the difference, so that
    /// a change of another name (𠮷川/吉川) is listed too. The shared ideographs on either side are taken, the same on both
    /// sides, up to the run's end (kana, punctuation, another script, a Chinese grammar character): the whole run when it is
    /// no longer than a name (<see cref="MaxIdeographsInAName"/>), else one character either side, so that a changed
    /// character in a long run (a sentence of Chinese) is not taken with the sentence.
    /// </summary>
    private static (List<CompareWord> Left, List<CompareWord> Right) AroundChangedIdeograph(
        (string Text, Rendering.MarkupLayout Layout, IReadOnlyList<CompareWord> Words, CompareWord Changed) left,
        (string Text, Rendering.MarkupLayout Layout, IReadOnlyList<CompareWord> Words, CompareWord Changed) right)
    {
        var (leftAt, rightAt) = (IndexOf(left.Words, left.Changed), IndexOf(right.Words, right.Changed));
        if (!IsIdeographWord(left.Changed) || !IsIdeographWord(right.Changed))
        {
            return ([left.Changed], [right.Changed]);
        }
        var before = SharedRun(-1);
        var after = SharedRun(1);
        if (1 + before + after > MaxIdeographsInAName)
        {
            (before, after) = (Math.Min(before, 1), Math.Min(after, 1));
        }
        return ([.. left.Words.Skip(leftAt - before).Take(before + 1 + after)], [.. right.Words.Skip(rightAt - before).Take(before + 1 + after)]);

        int SharedRun(int step)
        {
            var taken = 0;
            while (Continues(left, leftAt + step * taken, leftAt + step * (taken + 1))
                && Continues(right, rightAt + step * taken, rightAt + step * (taken + 1))
                && left.Words[leftAt + step * (taken + 1)].Key == right.Words[rightAt + step * (taken + 1)].Key)
            {
                taken++;
            }
            return taken;
        }

        static bool Continues((string Text, Rendering.MarkupLayout Layout, IReadOnlyList<CompareWord> Words, CompareWord Changed) side, int from, int to)
        {
            if (to < 0 || to >= side.Words.Count || !IsIdeographWord(side.Words[to]) || ChineseGrammarCharacters.Contains(side.Words[to].Text))
            {
                return false;
            }
            var (first, second) = from < to ? (side.Words[from], side.Words[to]) : (side.Words[to], side.Words[from]);
            return side.Layout.Visible(side.Text, first.Start + first.Length, second.Start).Length == 0;
        }
    }

    private static int IndexOf(IReadOnlyList<CompareWord> words, CompareWord word)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (ReferenceEquals(words[i], word))
            {
                return i;
            }
        }
        return -1;
    }

    private static bool IsIdeographWord(CompareWord word)
    {
        foreach (var rune in word.Text.EnumerateRunes())
        {
            if (!Words.IsIdeographic(rune) && !Words.IsMark(rune))
            {
                return false;
            }
        }
        return true;
    }

    // Chinese characters of grammar that stand beside a name but are seldom part of one (在北京 "in Beijing", 是 "is", 的 of
    // possession, 了 of a past action, 把/被/从/对 before an object): a run of ideographs ends there, as Japanese runs end
    // at their hiragana.
    private static readonly HashSet<string> ChineseGrammarCharacters = new(StringComparer.Ordinal) { "在", "是", "的", "了", "把", "被", "从", "從", "对", "對" };

    /// <summary>
    /// Ideographs in any plane with the letters written among them as ideographs (佐々木, 〆; <see cref="Words.IsIdeographic"/>),
    /// or katakana letters (in full or half width, or the small katakana of Ainu), with any marks on them (a variation
    /// selector choosing a name's glyph, the half-width sound marks ﾞﾟ); not
    /// hiragana, the kana of grammar, nor the letters of another script.
    /// </summary>
    private static bool IsOfIdeographsOrKatakana(string word)
    {
        foreach (var rune in word.EnumerateRunes())
        {
            if (!Words.IsIdeographic(rune) && !Words.IsKatakana(rune) && !Words.IsMark(rune))
            {
                return false;
            }
        }
        return true;
    }

    // Japanese case and topic particles that follow a noun.
    private const string Particles = "がをにではのとへもや";

    internal static bool IsNameLike(CompareWord word) => word.IsCapitalized && !IsNumberOrDate(word);

    private static bool IsNumberOrDate(CompareWord word) => word.IsNumber || DateWords.Contains(word.Key);

    // The ten day words come first, then the months: DateKind tells them apart by position.
    private static readonly string[] DateNames = new[]
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tomorrow",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    }.Select(CompareWords.KeyOf).ToArray();

    private static readonly HashSet<string> DateWords = DateNames.ToHashSet(StringComparer.Ordinal);

    // A year ("1987") is told apart from a quantity ("4,000"), so a year one account moved elsewhere
    // is not set against a quantity the other changed.
    private static int DateKind(CompareWord word) =>
        word.IsNumber ? (IsYear(word.Key) ? 3 : 0) : Array.IndexOf(DateNames, word.Key) < 10 ? 1 : 2;

    private static bool IsYear(string key) => key.Length == 4 && key.All(char.IsAsciiDigit) && key[0] is '1' or '2';

    /// <summary>Spelled alike enough to be one name written two ways ("Abdoulaye"/"Abdallah").</summary>
    public static bool SpelledAlike(CompareWord first, CompareWord second) =>
        first.Key != second.Key && first.Key[0] == second.Key[0] && NameSimilarity.Similarity(first.Key, second.Key) >= SameNameSpelling;

    /// <summary>
    /// The text from the first to the last of <paramref name="words"/>, in the paragraph's own spelling; its
    /// <c>Text</c> is what a reader sees there (<paramref name="layout"/> of the paragraph: no emphasis
    /// marks, no link syntax or address), while <c>Start</c>/<c>Length</c> cover the source.
    /// </summary>
    public static WordRange Range(string text, Rendering.MarkupLayout layout, IReadOnlyList<CompareWord> words)
    {
        var start = words[0].Start;
        var end = words[^1].Start + words[^1].Length;
        return new WordRange(start, end - start, layout.Visible(text, start, end));
    }
}
