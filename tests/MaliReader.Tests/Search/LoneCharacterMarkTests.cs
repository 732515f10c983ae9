using System.Net.Http.Json;
using System.Text.RegularExpressions;
using MaliReader.Tests.Support;

namespace MaliReader.Tests.Search;

/// <summary>
/// A Chinese or Japanese character searched alone is found in the pairs of characters its script is
/// indexed as ("円" in "三円" and "円だ"), and the hit marks that character alone, not the pairs: a reader
/// is shown as matched only what was searched.
/// </summary>
public sealed partial class LoneCharacterMarkTests
{
    private const string Paragraph = "水曜日に三人の大臣が東京で会った。コンピューターの価格は二十三円だった。";

    [Theory]
    [InlineData("円")]
    [InlineData("に")]
    [InlineData("二")]
    [InlineData("会")]
    public async Task ALoneCharacter_IsMarkedAlone(string character)
    {
        using var content = new TestContent(withSeedArticles: false);
        content.Write("jp.md", TestContent.Article("日本語の記事", "東京ニュース", "jp", Paragraph));
        using var app = new MaliReaderApp(content);
        using var client = app.CreateClient();

        var result = await client.GetFromJsonAsync<SearchApiTests.ApiResult>($"/api/search?q={Uri.EscapeDataString(character)}");

        var hit = Assert.Single(result!.Hits);
        Assert.All(Marked().Matches(hit.Snippet), marked => Assert.Equal(character, marked.Groups[1].Value));
        Assert.NotEmpty(Marked().Matches(hit.Snippet));
    }

    [GeneratedRegex("<mark>(.*?)</mark>")]
    private static partial Regex Marked();
}
