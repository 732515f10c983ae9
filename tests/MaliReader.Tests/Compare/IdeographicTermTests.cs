using System.Text;
using MaliReader.Tests.Support;
using MaliReader.Web.Articles;
using MaliReader.Web.Compare;

namespace MaliReader.Tests.Compare;

/// <summary>
/// A name or word of ideographs changed by one character is listed as the reader sees it written (𠮷田 → 吉田), not as the
/// character alone (𠮷 → 吉): the shared characters of the run around it are taken, as far as kana, punctuation or a
/// Chinese grammar character, and no further than a name's length either side in a long run of Chinese.
/// </summary>
public sealed class IdeographicTermTests
{
    [Theory]
    // Japanese names of people, a character beyond the Basic Multilingual Plane or a variant form changed.
    [InlineData("𠮷田さんは会見で辞任を否定した。", "吉田さんは会見で辞任を否定した。", "𠮷田", "吉田")]
    [InlineData("髙橋社長は記者会見を開いた。", "高橋社長は記者会見を開いた。", "髙橋", "高橋")]
    [InlineData("国連は𠮷野家で会合を開いた。", "国連は吉野家で会合を開いた。", "𠮷野家", "吉野家")]
    // A Japanese place name.
    [InlineData("代表団は長崎に到着した。", "代表団は長野に到着した。", "長崎", "長野")]
    // One character changed inside a longer run of kana and kanji.
    [InlineData("政府は新しい法案を国会に提出した。", "政府は新しい法律を国会に提出した。", "法案", "法律")]
    // Chinese names of people, with no kana to end the run: a grammar character (是, 在) ends it.
    [InlineData("王小明在北京工作。", "王晓明在北京工作。", "王小明", "王晓明")]
    [InlineData("李明华是联合国的代表。", "李明辉是联合国的代表。", "李明华", "李明辉")]
    // Chinese place names, one inside a long run: a character either side at most.
    [InlineData("代表团抵达了广州。", "代表团抵达了杭州。", "广州", "杭州")]
    [InlineData("他在北京大学任教多年。", "他在南京大学任教多年。", "北京", "南京")]
    [InlineData("人民日报报道了这一消息。", "人民日报报导了这一消息。", "报道", "报导")]
    public void AChangedIdeograph_IsListedWithTheNameItIsWrittenIn(string left, string right, string leftTerm, string rightTerm)
    {
        var difference = Assert.Single(ParagraphDiffer.Differences(left, right));

        Assert.Equal(DifferenceKind.Term, difference.Kind);
        Assert.Equal((leftTerm, rightTerm), (difference.Left?.Text, difference.Right?.Text));
    }

    [Theory]
    // The same words in half and in full width are the same words.
    [InlineData("ｶﾞｽ会社が値上げした。", "ガス会社が値上げした。")]
    [InlineData("国連はﾊﾞﾚﾝｼｱに支援を申し出た。", "国連はバレンシアに支援を申し出た。")]
    [InlineData("ＵＳＡの代表が到着した。", "USAの代表が到着した。")]
    // A year in Thai digits is the same year in ASCII digits.
    [InlineData("น้ำท่วมเมื่อปี ๒๕๖๗", "น้ำท่วมเมื่อปี 2567")]
    public void TheSameWordsInAnotherWidthOrDigits_AreNoDifference(string left, string right) =>
        Assert.Empty(ParagraphDiffer.Differences(left, right));

    [Theory]
    [InlineData("国連はﾊﾞﾚﾝｼｱに支援を申し出た。", "国連はﾏﾄﾞﾘｰﾄﾞに支援を申し出た。", DifferenceKind.Term, "ﾊﾞﾚﾝｼｱ", "ﾏﾄﾞﾘｰﾄﾞ")]
    [InlineData("น้ำท่วมเมื่อปี ๒๕๖๗", "น้ำท่วมเมื่อปี ๒๕๖๘", DifferenceKind.Number, "๒๕๖๗", "๒๕๖๘")]
    public void AHalfWidthKatakanaWord_AndANumberInThaiDigits_DifferWhole(string left, string right, DifferenceKind kind, string leftWords, string rightWords)
    {
        var difference = Assert.Single(ParagraphDiffer.Differences(left, right));

        Assert.Equal(kind, difference.Kind);
        Assert.Equal((leftWords, rightWords), (difference.Left?.Text, difference.Right?.Text));
    }

    [Theory]
    [InlineData("ja",
        "𠮷田外相は火曜日に国連で演説した。", "𠮷川副大臣は水曜日に記者会見を開いた。",
        "吉田外相は火曜日に国連で演説した。", "吉川副大臣は水曜日に記者会見を開いた。",
        "𠮷田", "吉田", "𠮷川", "吉川")]
    [InlineData("zh",
        "王小明周二在联合国发表讲话。", "王小红周三举行了记者会。",
        "王晓明周二在联合国发表讲话。", "王晓红周三举行了记者会。",
        "王小明", "王晓明", "王小红", "王晓红")]
    public void TwoNamesChangedByTheSameCharacter_AreBothListedForTheStory(
        string language, string firstA, string secondA, string firstB, string secondB,
        string name1A, string name1B, string name2A, string name2B)
    {
        var comparison = StoryComparer.Compare([Account(language + "-a", firstA, secondA), Account(language + "-b", firstB, secondB)]);

        var terms = comparison.Pairs.SelectMany(pair => pair.Differences).Where(d => d.Kind == DifferenceKind.Term)
            .Select(d => (d.Left?.Text, d.Right?.Text)).ToList();
        Assert.Equal([(name1A, name1B), (name2A, name2B)], terms);
    }

    private static Article Account(string slug, params string[] paragraphs) =>
        ArticleReader.Read($"{slug}.md", Encoding.UTF8.GetBytes(TestContent.Article(slug, slug, "story", paragraphs)));
}
