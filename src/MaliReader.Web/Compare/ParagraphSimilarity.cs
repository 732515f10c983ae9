namespace MaliReader.Web.Compare;

/// <summary>
/// How alike in meaning two passages are, from 0 to 1. Each word of one passage is matched to its
/// closest word in the other (the same word after folding and stemming counts fully, a related
/// spelling such as "Syria"/"Syrian" or a synonym by the <see cref="WordLexicon"/> such as
/// "blast"/"explosion" partly, and a word met only by its opposite, "open"/"close", against; an
/// abbreviation beside its spelled-out form, "UN"/"United Nations", counts fully), and the score is the harmonic mean of the shares of
/// each passage's word weight (<see cref="WordWeights"/>, with names weighing more) so matched:
/// rare words decide, common ones barely count, and a passage covered only in part scores low. Two
/// passages that each state numbers, but not the same ones, score lower still: they tell of other
/// events or disagree. Settings were chosen on the STS Benchmark's train and dev splits (bench/similarity).
/// </summary>
public sealed class ParagraphSimilarity(WordWeights weights, WordLexicon lexicon, LexiconCredit credit)
{
    /// <summary>Spellings closer than this (Dice over letter trigrams) count as partly the same word.</summary>
    private const double RelatedSpelling = 0.5;

    /// <summary>Credit for one word being a prefix of the other, at least this long ("Israel"/"Israeli").</summary>
    private const int RelatedPrefixLength = 4;
    public const double RelatedPrefixCredit = 0.9;

    /// <summary>How much more a capitalised word (a name, in running text) weighs than its IDF says.</summary>
    public const double NameWeight = 1.5;

    /// <summary>The factor on the score of two passages whose numbers differ ("5 killed" / "7 killed").</summary>
    public const double DifferingNumbers = 0.8;

    /// <summary>The app's measure: WordNet's lexicon with the credits chosen on the STS Benchmark's train and dev splits.</summary>
    public ParagraphSimilarity(WordWeights weights) : this(weights, WordLexicon.WordNet, LexiconCredit.Default)
    {
    }

    public WordWeights Weights => weights;

    public double Of(string first, string second) => Of(CompareWords.Of(first), CompareWords.Of(second));

    public double Of(IReadOnlyList<CompareWord> first, IReadOnlyList<CompareWord> second)
    {
        var firstShare = Coverage(first, second);
        var secondShare = Coverage(second, first);
        var score = firstShare + secondShare == 0 ? 0 : 2 * firstShare * secondShare / (firstShare + secondShare);
        return NumbersDiffer(first, second) ? score * DifferingNumbers : score;
    }

    private static bool NumbersDiffer(IReadOnlyList<CompareWord> first, IReadOnlyList<CompareWord> second)
    {
        var firstNumbers = first.Where(word => word.IsNumber).Select(word => word.Key).ToHashSet(StringComparer.Ordinal);
        var secondNumbers = second.Where(word => word.IsNumber).Select(word => word.Key).ToHashSet(StringComparer.Ordinal);
        return firstNumbers.Count > 0 && secondNumbers.Count > 0 && !firstNumbers.SetEquals(secondNumbers);
    }

    /// <summary>The share of <paramref name="words"/>' weight found in <paramref name="other"/>, 0 to 1.</summary>
    public double Coverage(IReadOnlyList<CompareWord> words, IReadOnlyList<CompareWord> other)
    {
        double total = 0, matched = 0;
        var otherIndices = other.Select(candidate => lexicon.IndexOf(candidate.Key)).ToArray();
        var abbreviated = Initialisms.Explained(words, other);
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            var weight = weights.Of(word.Key) * (word.IsCapitalized && !word.IsNumber ? NameWeight : 1);
            total += weight;
            // "UN" beside "United Nations" is the same name in two forms.
            if (abbreviated.Contains(w))
            {
                matched += weight;
                continue;
            }
            var index = lexicon.IndexOf(word.Key);
            var best = 0.0;
            var opposed = false;
            for (var i = 0; i < other.Count; i++)
            {
                best = Math.Max(best, WordMatch(word.Key, other[i].Key));
                if (best == 1)
                {
                    break;
                }
                var relation = lexicon.Relation(index, otherIndices[i]);
                opposed |= relation == LexicalRelation.Antonym;
                best = Math.Max(best, relation switch
                {
                    LexicalRelation.Synonym => credit.Synonym,
                    LexicalRelation.Derived => credit.Derived,
                    LexicalRelation.Related => credit.Related,
                    _ => 0,
                });
            }
            // A word whose only counterpart is its opposite ("open" / "close") counts against the match.
            if (best == 0 && opposed)
            {
                best = -credit.Antonym;
            }
            matched += weight * best;
        }
        return total == 0 ? 0 : Math.Max(0, matched / total);
    }

    /// <summary>1 for the same key, a partial credit for a related spelling, 0 otherwise; numbers match only exactly.</summary>
    public static double WordMatch(string first, string second)
    {
        if (first == second)
        {
            return 1;
        }
        if (char.IsAsciiDigit(first[0]) || char.IsAsciiDigit(second[0]))
        {
            return 0;
        }
        if (Math.Min(first.Length, second.Length) >= RelatedPrefixLength
            && (first.StartsWith(second, StringComparison.Ordinal) || second.StartsWith(first, StringComparison.Ordinal)))
        {
            return RelatedPrefixCredit;
        }
        var dice = SpellingSimilarity(first, second);
        return dice >= RelatedSpelling ? dice : 0;
    }

    /// <summary>Dice coefficient of the letter trigrams of two words, each padded at both ends; 0 for two empty words.</summary>
    public static double SpellingSimilarity(string first, string second)
    {
        // Asked for nearly every pair of words of two paragraphs, of every pair of paragraphs a story
        // compares: the trigrams are numbers on the stack, not sets of strings.
        Span<long> firstGrams = first.Length <= MaxStackTrigrams ? stackalloc long[first.Length] : new long[first.Length];
        Span<long> secondGrams = second.Length <= MaxStackTrigrams ? stackalloc long[second.Length] : new long[second.Length];
        firstGrams = Trigrams(first, firstGrams);
        secondGrams = Trigrams(second, secondGrams);
        if (firstGrams.Length + secondGrams.Length == 0)
        {
            return 0;
        }
        int shared = 0, i = 0, j = 0;
        while (i < firstGrams.Length && j < secondGrams.Length)
        {
            var order = firstGrams[i].CompareTo(secondGrams[j]);
            shared += order == 0 ? 1 : 0;
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }
        return 2.0 * shared / (firstGrams.Length + secondGrams.Length);
    }

    private const int MaxStackTrigrams = 64;

    /// <summary>
    /// The distinct trigrams of "#word#", each as its three UTF-16 units in one number, in ascending order:
    /// a word of n characters has n of them before repeats are dropped.
    /// </summary>
    private static Span<long> Trigrams(string word, Span<long> grams)
    {
        for (var i = 0; i < word.Length; i++)
        {
            long before = i == 0 ? '#' : word[i - 1];
            long after = i == word.Length - 1 ? '#' : word[i + 1];
            grams[i] = before << 32 | (long)word[i] << 16 | after;
        }
        grams.Sort();
        var distinct = 0;
        for (var i = 0; i < grams.Length; i++)
        {
            if (distinct == 0 || grams[i] != grams[distinct - 1])
            {
                grams[distinct++] = grams[i];
            }
        }
        return grams[..distinct];
    }
}

/// <summary>
/// What a lexicon's relations are worth in <see cref="ParagraphSimilarity"/>, as shares of a word's weight
/// (0 to 1): credited for a word whose closest counterpart is a synonym, a derived word or a word related
/// one step further (<see cref="LexicalRelation.Related"/>), and taken away for a word whose only counterpart is its opposite.
/// </summary>
public sealed record LexiconCredit(double Synonym, double Derived, double Antonym, double Related = 0)
{
    /// <summary>Chosen on the STS Benchmark's train and dev splits (bench/similarity).</summary>
    public static LexiconCredit Default { get; } = new(0.9, 0.5, 1, 0.3);
}
