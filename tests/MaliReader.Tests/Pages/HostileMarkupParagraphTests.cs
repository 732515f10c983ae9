using System.Net;
using MaliReader.Tests.Support;

namespace MaliReader.Tests.Pages;

/// <summary>
/// Paragraphs whose inline markup is too deep, too long or too dense for the Markdown parser to read safely: each is the
/// author's text, shown as typed (escaped, never live HTML) on every page, searched as it is shown, and named on /status;
/// a long paragraph of ordinary markup is still shown with it.
/// </summary>
public sealed class HostileMarkupParagraphTests : IDisposable
{
    private const string Story = "hostile-story";
    // Some 15,000 characters, fifty times a paragraph's worth, with a paragraph's usual share of markup.
    private static readonly string LongHarmless = string.Concat(Enumerable.Repeat(
        "The envoy spoke of the *garrison* at length, and of the [letter](https://example.org/letter) again, before the council "
        + "heard from the ministers of the neighbouring states, who asked for time to read the report and to consult their "
        + "capitals on what it reported of the routes used to move fuel, arms and men across the border in the dry season. ", 50));

    private readonly TestContent _content = new(withSeedArticles: false);
    private readonly MaliReaderApp _app;

    public HostileMarkupParagraphTests()
    {
        _content.Write("hostile.md", TestContent.Article("Hostile", "Example Wire", Story,
            "The minister wrote to the council on Monday.",
            "Deep links said " + Repeat("[a ", 20_000),
            "Deep brackets with code said " + Repeat("[`a` ", 20_000),
            "Open links said " + Repeat("[a](", 30_000),
            "Deep emphasis said " + Repeat("_a ", 20_000),
            // Shown as typed, the address is text the reader sees, so search must find its words too.
            "The [dossier](https://example.org/rapporteur) was cited " + Repeat("*b ", 300),
            LongHarmless));
        // A second account, so that the story is compared: comparison reads the same paragraphs' visible words.
        _content.Write("other.md", TestContent.Article("Other", "Other Wire", Story,
            "The minister wrote to the council on Monday about the garrison."));
        _app = new MaliReaderApp(_content);
    }

    /// <summary>The page, once it has answered 200.</summary>
    private async Task<AngleSharp.Html.Dom.IHtmlDocument> PageAsync(string path)
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await MaliReaderApp.ParseAsync(response);
    }

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    [Theory]
    [InlineData(2, "Deep links said [a [a [a ")]
    [InlineData(3, "Deep brackets with code said [`a` [`a` ")]
    [InlineData(4, "Open links said [a]([a]([a](")]
    [InlineData(5, "Deep emphasis said _a _a _a ")]
    public async Task A_paragraph_of_markup_too_deep_or_too_long_is_shown_as_typed_on_its_story_and_its_page(int n, string shown)
    {
        foreach (var path in new[] { $"/?story={Story}", $"/p/hostile-{n}" })
        {
            var page = await PageAsync(path);

            var paragraph = page.QuerySelector($"#hostile-{n}, .permalink-quote")!;
            Assert.Contains(shown, paragraph.TextContent, StringComparison.Ordinal);
            Assert.Empty(paragraph.QuerySelectorAll("a.content-link, em, strong, code"));
        }
    }

    [Fact]
    public async Task A_search_that_finds_a_word_of_such_a_paragraph_answers_and_marks_what_the_reader_sees()
    {
        var page = await PageAsync("/search?q=rapporteur");
        var snippet = Assert.Single(page.QuerySelectorAll(".search-snippet"));
        Assert.StartsWith("The [dossier](https://example.org/rapporteur) was cited *b *b", snippet.TextContent, StringComparison.Ordinal);
        Assert.Equal("rapporteur", Assert.Single(snippet.QuerySelectorAll("mark")).TextContent);
    }

    [Fact]
    public async Task A_search_for_an_ordinary_word_answers_beside_such_paragraphs()
    {
        var page = await PageAsync("/search?q=said");

        Assert.Equal(4, page.QuerySelectorAll(".search-snippet").Length);
    }

    [Fact]
    public async Task The_story_with_such_paragraphs_is_compared_and_its_accounts_shown_aligned()
    {
        using var client = _app.CreateClient();
        using var compared = await client.GetAsync($"/api/compare?story={Story}");
        Assert.Equal(HttpStatusCode.OK, compared.StatusCode);

        var page = await PageAsync($"/?story={Story}&view=aligned");

        Assert.Contains("Deep emphasis said _a _a _a ", page.QuerySelector("#hostile-5")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_paragraph_of_ordinary_markup_is_still_shown_with_its_emphasis_and_links()
    {
        var page = await PageAsync($"/?story={Story}");

        var paragraph = page.QuerySelector("#hostile-7")!;
        Assert.Equal(50, paragraph.QuerySelectorAll("em").Length);
        Assert.Equal(50, paragraph.QuerySelectorAll("a.content-link").Length);
        Assert.DoesNotContain("*", paragraph.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_status_page_names_the_file_and_its_paragraphs_shown_as_typed()
    {
        var page = await PageAsync("/status");

        var row = Assert.Single(page.QuerySelectorAll(".status-typed tbody tr"));
        Assert.Equal("hostile.md", row.QuerySelector("code")!.TextContent);
        Assert.Equal("¶2, ¶3, ¶4, ¶5, ¶6", row.QuerySelectorAll("td")[1].TextContent);
    }

    [Fact]
    public async Task The_log_names_the_file_and_its_paragraphs_shown_as_typed()
    {
        await PageAsync("/status");

        Assert.Contains(_app.Logs.Entries, entry => entry.Contains("Content file hostile.md: ¶2, ¶3, ¶4, ¶5, ¶6 shown as typed", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _app.Dispose();
        _content.Dispose();
    }
}
