namespace MaliReader.Web.Compare;

/// <summary>
/// English words that carry grammar or a vague quantity rather than content. A change among them
/// ("over 50" / "more than 50", "the" / "a") is phrasing, never a difference a reader needs shown.
/// </summary>
public static class FunctionWords
{
    public static bool Contains(string key) => Keys.Contains(key);

    // Held as comparison keys, so the list is stemmed the way the words it is checked against are.
    private static readonly HashSet<string> Keys = new[]
    {
        "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "his", "him", "she", "her",
        "they", "them", "their", "we", "our", "you", "your", "i", "my", "who", "whom", "whose", "which",
        "what", "there", "here", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "as",
        "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "into", "onto", "upon",
        "about", "over", "under", "above", "below", "after", "before", "since", "during", "while",
        "between", "among", "through", "against", "within", "across", "toward", "towards", "per",
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having",
        "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "not", "no", "also", "too", "very", "just", "only", "even", "still", "already", "now",
        "more", "most", "less", "least", "many", "much", "some", "any", "all", "each", "every",
        "both", "either", "neither", "such", "own", "same", "other", "another", "nearly", "almost",
        "around", "roughly", "approximately", "several", "well", "when", "where", "how", "why",
        "say", "says", "said", "told",
        // what an apostrophe leaves of a possessive or a contraction: "Mali’s", "don’t", "they’ve"
        "s", "t", "d", "ll", "re", "ve", "m",
    }.Select(CompareWords.KeyOf).ToHashSet(StringComparer.Ordinal);
}
