using System.Net;
using MaliReader.Tests.Support;

namespace MaliReader.Tests.Pages;

/// <summary>
/// A paragraph whose inline markup nests deeper than the Markdown parser goes (some ten thousand unclosed stars or
/// brackets, a 60 KB file) is read and served, and then every page that shows it answers 500: the story, the
/// paragraph's page, and every search with a hit in it ("minister" here). Such a paragraph is the author's text like
/// any other, shown as typed.
/// </summary>
public sealed class DeeplyNestedMarkupTests : IDisposable
{
    private const string Story = "nested-story";
    private static readonly string Nested = "The minister said " + string.Concat(Enumerable.Repeat("*a ", 20_000));
    private readonly TestContent _content = new(withSeedArticles: false);
    private readonly MaliReaderApp _app;

    public DeeplyNestedMarkupTests()
    {
        _content.Write("nested.md", TestContent.Article("Stars", "Example Wire", Story,
            "The minister wrote to the council on Monday.", Nested));
        _app = new MaliReaderApp(_content);
    }

    [Theory]
    [InlineData("/?story=" + Story)]
    [InlineData("/p/nested-2")]
    [InlineData("/search?q=minister")]
    public async Task APageShowingAParagraphOfMarkupNestedTooDeep_Answers(string path)
    {
        using var client = _app.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // As a reader reads it: a search marks "minister", so the page's source holds the sentence with a tag inside.
        var page = await MaliReaderApp.ParseAsync(response);
        Assert.Contains("The minister said *a *a *a", page.Body!.TextContent, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _app.Dispose();
        _content.Dispose();
    }
}
