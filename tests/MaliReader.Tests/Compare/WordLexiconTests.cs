using System.IO.Compression;
using System.Text;
using MaliReader.Web.Compare;

namespace MaliReader.Tests.Compare;

public class WordLexiconTests
{
    [Theory]
    [InlineData("try", "attempt", LexicalRelation.Synonym)]
    [InlineData("tries", "attempted", LexicalRelation.Synonym)]
    [InlineData("buy", "purchase", LexicalRelation.Synonym)]
    [InlineData("quake", "earthquake", LexicalRelation.Synonym)]
    [InlineData("wins", "victory", LexicalRelation.Synonym)]
    [InlineData("cut", "reduce", LexicalRelation.Synonym)]
    [InlineData("explode", "explosion", LexicalRelation.Derived)]
    [InlineData("killed", "killer", LexicalRelation.Derived)]
    [InlineData("open", "close", LexicalRelation.Antonym)]
    [InlineData("rises", "falls", LexicalRelation.Antonym)]
    [InlineData("win", "lose", LexicalRelation.Antonym)]
    [InlineData("dog", "cat", LexicalRelation.None)]
    [InlineData("mali", "france", LexicalRelation.None)]
    [InlineData("said", "attempt", LexicalRelation.None)]
    [InlineData("being", "organism", LexicalRelation.None)]
    [InlineData("kill", "die", LexicalRelation.Related)]
    [InlineData("awaken", "sleep", LexicalRelation.Related)]
    [InlineData("nine", "club", LexicalRelation.None)]
    [InlineData("three", "trio", LexicalRelation.None)]
    public void WordNet_RelatesWordsByMeaning_WhateverTheirEnding(string first, string second, LexicalRelation expected)
    {
        Assert.Equal(expected, WordLexicon.WordNet.Relation(CompareWords.KeyOf(first), CompareWords.KeyOf(second)));
        Assert.Equal(expected, WordLexicon.WordNet.Relation(CompareWords.KeyOf(second), CompareWords.KeyOf(first)));
    }

    [Fact]
    public void WordNet_UnknownWord_IsRelatedToNothing()
    {
        Assert.Equal(-1, WordLexicon.WordNet.IndexOf("zzqx"));
        Assert.Equal(LexicalRelation.None, WordLexicon.WordNet.Relation("zzqx", CompareWords.KeyOf("attempt")));
    }

    [Theory]
    [InlineData("Rebels try to take the town", "Rebels attempt to take the town")]
    [InlineData("Parliament votes to cut taxes", "Parliament votes to reduce taxes")]
    [InlineData("Peace talks begin in Geneva", "Peace talks start in Geneva")]
    public void Similarity_ASynonymMatchesPartly(string original, string paraphrase)
    {
        var weights = WordWeights.From([original, paraphrase, "Storms close schools", "Markets rise on oil news"]);
        var withLexicon = new ParagraphSimilarity(weights);
        var spellingOnly = new ParagraphSimilarity(weights, WordLexicon.None, LexiconCredit.Default);

        var score = withLexicon.Of(original, paraphrase);

        Assert.True(score > spellingOnly.Of(original, paraphrase), $"{score} with the lexicon");
        Assert.True(score < withLexicon.Of(original, original), $"{score} against the same words");
    }

    [Theory]
    [InlineData("Shops open early in the capital", "Shops close early in the capital")]
    [InlineData("Oil prices rise after the storm", "Oil prices fall after the storm")]
    public void Similarity_AnOppositeCountsAgainstTheMatch(string first, string second)
    {
        var weights = WordWeights.From([first, second, "Rebels take the town", "Parliament votes on taxes"]);
        var withLexicon = new ParagraphSimilarity(weights);
        var spellingOnly = new ParagraphSimilarity(weights, WordLexicon.None, LexiconCredit.Default);

        Assert.True(withLexicon.Of(first, second) < spellingOnly.Of(first, second));
    }

    [Fact]
    public void Similarity_UnrelatedWordsGainNothing()
    {
        const string first = "Floods cut roads in the north";
        const string second = "Dancers fill theatres in the north";
        var weights = WordWeights.From([first, second]);

        Assert.Equal(new ParagraphSimilarity(weights, WordLexicon.None, LexiconCredit.Default).Of(first, second),
            new ParagraphSimilarity(weights).Of(first, second), 6);
    }

    [Fact]
    public void Load_ReadsSensesAndPairs_TheCloserRelationWinning()
    {
        var lexicon = WordLexicon.Load(Gzip("# a comment\ns\tfast quick rapid\na\tfast\tslow\na\tfast\tquick\nd\tdrive\tdriver\nr\tdrive\tmove\nr\tfast\trapid\n"));

        Assert.Equal(LexicalRelation.Synonym, lexicon.Relation("quick", "rapid"));
        Assert.Equal(LexicalRelation.Synonym, lexicon.Relation("fast", "quick"));
        Assert.Equal(LexicalRelation.Antonym, lexicon.Relation("slow", "fast"));
        Assert.Equal(LexicalRelation.Derived, lexicon.Relation("driver", "drive"));
        Assert.Equal(LexicalRelation.None, lexicon.Relation("slow", "rapid"));
        Assert.Equal(LexicalRelation.Related, lexicon.Relation("move", "drive"));
        Assert.Equal(LexicalRelation.Synonym, lexicon.Relation("rapid", "fast"));
    }

    [Fact]
    public void Load_LeavesOutFunctionWords_ThatStemmingPutInASense()
    {
        var lexicon = WordLexicon.Load(Gzip("s\torgan be\n"));

        Assert.Equal(LexicalRelation.None, lexicon.Relation("organ", "be"));
        Assert.Equal(0, lexicon.KeyCount);
    }

    [Theory]
    [InlineData("x\tfast quick\n")]
    [InlineData("a\tfast\n")]
    [InlineData("d\tdrive\t\n")]
    public void Load_ALineOfAnotherShape_IsAnErrorNamingIt(string table)
    {
        var error = Assert.Throws<InvalidDataException>(() => WordLexicon.Load(Gzip(table)));
        Assert.Contains("line 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AStreamThatIsNotGzip_IsAnError() =>
        Assert.Throws<InvalidDataException>(() => WordLexicon.Load(new MemoryStream(Encoding.UTF8.GetBytes("s\tfast quick\n"))));

    [Fact]
    public void FromResource_AMissingTable_IsAClearError()
    {
        var error = Assert.Throws<InvalidOperationException>(() => WordLexicon.FromResource(typeof(WordLexicon).Assembly, "Compare/Lexicon/missing.txt.gz"));
        Assert.Contains("Compare/Lexicon/missing.txt.gz", error.Message, StringComparison.Ordinal);
    }

    private static MemoryStream Gzip(string text)
    {
        var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }
        packed.Position = 0;
        return packed;
    }
}
