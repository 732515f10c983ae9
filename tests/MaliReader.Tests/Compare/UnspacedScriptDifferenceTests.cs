using System.Text;
using MaliReader.Tests.Support;
using MaliReader.Web.Articles;
using MaliReader.Web.Compare;

namespace MaliReader.Tests.Compare;

// Accounts in scripts written without spaces state figures in their own numerals (漢数字, full-width
// digits) and days in their own words; a changed figure, day or named thing is listed as it is in English.
public class UnspacedScriptDifferenceTests
{
    [Theory]
    [InlineData("火曜日、バレンシアで洪水が発生し、三人が死亡した。", "火曜日、バレンシアで洪水が発生し、五人が死亡した。")]
    [InlineData("国連は水曜日にスペインへの支援を申し出た。", "国連は木曜日にスペインへの支援を申し出た。")]
    [InlineData("Three people died on Tuesday.", "Five people died on Tuesday.")]
    [InlineData("The UN offered help on Wednesday.", "The UN offered help on Thursday.")]
    [InlineData("星期二，巴伦西亚发生洪水，造成三人死亡。", "星期二，巴伦西亚发生洪水，造成五人死亡。")]
    [InlineData("联合国周三向西班牙提供援助。", "联合国周四向西班牙提供援助。")]
    public void AccountsThatStateADifferentFact_ListADifference(string left, string right) =>
        Assert.NotEmpty(ParagraphDiffer.Differences(left, right));

    [Theory]
    [InlineData("洪水で三人が死亡した。", "洪水で五人が死亡した。", DifferenceKind.Number, "三", "五")]
    [InlineData("洪水で３人が死亡した。", "洪水で5人が死亡した。", DifferenceKind.Number, "３", "5")]
    [InlineData("洪水で二十三人が死亡した。", "洪水で三十二人が死亡した。", DifferenceKind.Number, "二十三", "三十二")]
    [InlineData("国連は水曜日に支援を申し出た。", "国連は木曜日に支援を申し出た。", DifferenceKind.Number, "水曜日", "木曜日")]
    [InlineData("国連はバレンシアに支援を申し出た。", "国連はマドリードに支援を申し出た。", DifferenceKind.Term, "バレンシア", "マドリード")]
    [InlineData("国連は東京で会合を開いた。", "国連は大阪で会合を開いた。", DifferenceKind.Term, "東京", "大阪")]
    [InlineData("洪水造成三人死亡。", "洪水造成五人死亡。", DifferenceKind.Number, "三", "五")]
    [InlineData("洪水造成一百二十人死亡。", "洪水造成一百五十人死亡。", DifferenceKind.Number, "一百二十", "一百五十")]
    [InlineData("联合国星期三提供援助。", "联合国星期四提供援助。", DifferenceKind.Number, "星期三", "星期四")]
    [InlineData("联合国向巴伦西亚提供援助。", "联合国向马德里提供援助。", DifferenceKind.Term, "巴伦西亚", "马德里")]
    public void AChangeInAnUnspacedScript_IsTypedAndShowsOnlyTheDifferingWords(string left, string right, DifferenceKind kind, string leftWords, string rightWords)
    {
        var difference = Assert.Single(ParagraphDiffer.Differences(left, right));

        Assert.Equal(kind, difference.Kind);
        Assert.Equal((leftWords, rightWords), (difference.Left?.Text, difference.Right?.Text));
    }

    // The same figure or day in another script's spelling is phrasing, as "three"/"3" is in English.
    [Theory]
    [InlineData("洪水で三人が死亡した。", "洪水で3人が死亡した。")]
    [InlineData("洪水で３人が死亡した。", "洪水で3人が死亡した。")]
    [InlineData("洪水で二十人が死亡した。", "洪水で20人が死亡した。")]
    [InlineData("联合国星期三提供援助。", "联合国周三提供援助。")]
    [InlineData("The UN offered help on Wednesday.", "The UN offered help on 水曜日.")]
    // A verb put another way (申し出た "offered" / 提供した "provided") is phrasing, as in English.
    [InlineData("国連は支援を申し出た。", "国連は支援を提供した。")]
    public void TheSameFactInAnotherSpelling_IsNoDifference(string left, string right) =>
        Assert.Empty(ParagraphDiffer.Differences(left, right));

    [Theory]
    [InlineData("三", "3")]
    [InlineData("二十三", "23")]
    [InlineData("三百零五", "305")]
    [InlineData("一千二百", "1200")]
    [InlineData("三万", "30000")]
    [InlineData("两千", "2000")]
    [InlineData("二〇二五", "2025")]
    [InlineData("１２", "12")]
    [InlineData("٣", "3")]
    public void KeyOf_ANumberInAnotherScript_IsItsDigits(string word, string key) =>
        Assert.Equal(key, CompareWords.KeyOf(word));

    // As "one" is not a figure in English, a lone 一 ("a", in 一部 "a part") or a lone 万 (in 万一 "by chance") is not.
    [Theory]
    [InlineData("一部の住民", new[] { "一", "部", "の", "住", "民" })]
    [InlineData("死者は二十三人", new[] { "死", "者", "は", "二十三", "人" })]
    [InlineData("水曜日に", new[] { "水曜日", "に" })]
    [InlineData("周三下午", new[] { "周三", "下", "午" })]
    [InlineData("マリ政府は", new[] { "マリ", "政", "府", "は" })]
    public void Of_KeepsNumeralsDaysAndKatakanaWordsWhole(string text, string[] words) =>
        Assert.Equal(words, CompareWords.Of(text).Select(word => word.Text));

    private static Article Account(string slug, params string[] paragraphs) =>
        ArticleReader.Read($"{slug}.md", Encoding.UTF8.GetBytes(TestContent.Article(slug, slug, "flood", paragraphs)));

    // Two made-up accounts of one event in each language: the second tells the help before the toll,
    // and states another number of dead and another day.
    [Theory]
    [InlineData("ja",
        "火曜日、バレンシアで洪水が発生し、三人が死亡した。地元当局が発表した。",
        "国連は水曜日にスペインへの支援を申し出た。",
        "国連は木曜日にスペインへの支援を申し出た。",
        "火曜日、バレンシアで洪水が起き、五人が死亡したと地元当局が発表した。",
        "三", "五", "水曜日", "木曜日")]
    [InlineData("zh",
        "星期二，巴伦西亚发生洪水，造成三人死亡，地方政府说。",
        "联合国周三向西班牙提供援助。",
        "联合国周四向西班牙提供援助。",
        "星期二，巴伦西亚发生洪水，地方政府说有五人死亡。",
        "三", "五", "周三", "周四")]
    public void TwoAccountsInAnUnspacedScript_PairByContent_AndListTheChangedNumberAndDay(
        string language, string tollA, string helpA, string helpB, string tollB, string deadA, string deadB, string dayA, string dayB)
    {
        var first = Account(language + "-a", tollA, helpA);
        var second = Account(language + "-b", helpB, tollB);

        var comparison = StoryComparer.Compare([first, second]);

        Assert.Equal([(first.Paragraphs[0].Id, second.Paragraphs[1].Id), (first.Paragraphs[1].Id, second.Paragraphs[0].Id)],
            comparison.Pairs.Select(pair => (pair.Left, pair.Right)));
        var numbers = comparison.Pairs.SelectMany(pair => pair.Differences).Where(d => d.Kind == DifferenceKind.Number)
            .Select(d => (d.Left?.Text, d.Right?.Text)).ToList();
        Assert.Equal([(deadA, deadB), (dayA, dayB)], numbers);
    }

    [Theory]
    [InlineData("火曜日、バレンシアで洪水が発生し、三人が死亡した。軍は港の近くで橋を修理した。", "火曜日、バレンシアで洪水が発生し、三人が死亡した。", "軍は港の近くで橋を修理")]
    [InlineData("星期二，巴伦西亚发生洪水，造成三人死亡。军队在港口附近修复了桥梁。", "星期二，巴伦西亚发生洪水，造成三人死亡。", "军队在港口附近修复了桥梁")]
    public void AClauseInAnUnspacedScript_ThatTheOtherAccountNeverReports_IsAClaim(string text, string other, string claim)
    {
        var similarity = new ParagraphSimilarity(WordWeights.From([text, other]));

        var found = Assert.Single(ClaimFinder.Unreported(text, [other], similarity));

        Assert.Equal(claim, found.Text);
    }
}
