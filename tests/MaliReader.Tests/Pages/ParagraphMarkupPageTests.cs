using MaliReader.Tests.Support;

namespace MaliReader.Tests.Pages;

/// <summary>Inline Markdown in an author's paragraph, as the reading room and the paragraph page show it.</summary>
public sealed class ParagraphMarkupPageTests : IDisposable
{
    private const string Story = "markup-story";
    private readonly TestContent _content = new(withSeedArticles: false);
    private readonly MaliReaderApp _app;

    public ParagraphMarkupPageTests()
    {
        _content.Write("markup.md", TestContent.Article("Letters", "Example Wire", Story,
            "The minister sent [the letter](https://example.org/letter.pdf) on *Monday*.",
            "2013. Troops arrived at the base.",
            "A [trick](javascript:alert(1)) and <img src=x onerror=alert(1)> stay text."));
        Directory.CreateDirectory(_content.FilePath(Story));
        _content.Write(Path.Combine(Story, "saved.html"), """
            <html><head><title>A saved report</title><meta property="og:site_name" content="Example Daily"></head>
            <body><article><h1>A saved report</h1>
            <p>The page's own text mentions [the official site](https://example.org/login) and *stars* as typed, in a long enough paragraph to be the article's text.</p>
            <p>A second paragraph of the saved report follows, so that the extractor finds an article here and keeps its words.</p>
            </article></body></html>
            """);
        _app = new MaliReaderApp(_content);
    }

    [Fact]
    public async Task A_link_becomes_a_safe_anchor_and_emphasis_is_shown()
    {
        var page = await _app.GetDocumentAsync($"/?story={Story}");

        var first = page.QuerySelector("#markup-1")!;
        var link = Assert.Single(first.QuerySelectorAll("a.content-link"));
        Assert.Equal("https://example.org/letter.pdf", link.GetAttribute("href"));
        Assert.Equal("the letter", link.TextContent);
        Assert.Equal("Monday", first.QuerySelector("em")?.TextContent);
    }

    [Fact]
    public async Task Block_syntax_unsafe_links_and_html_stay_as_typed()
    {
        var page = await _app.GetDocumentAsync($"/?story={Story}");

        Assert.Contains("2013. Troops arrived at the base.", page.QuerySelector("#markup-2")!.TextContent);
        var third = page.QuerySelector("#markup-3")!;
        Assert.Contains("[trick](javascript:alert(1)) and <img src=x onerror=alert(1)> stay text.", third.TextContent);
        Assert.Empty(third.QuerySelectorAll("a.content-link, img"));
    }

    [Fact]
    public async Task Search_marks_sit_inside_the_link_a_reader_arrives_at()
    {
        var page = await _app.GetDocumentAsync($"/?story={Story}&q=letter");

        var mark = Assert.Single(page.QuerySelectorAll("#markup-1 mark"));
        Assert.Equal("letter", mark.TextContent);
        Assert.Equal("a", mark.ParentElement!.LocalName);
    }

    [Fact]
    public async Task The_paragraph_page_renders_the_same_markup()
    {
        var page = await _app.GetDocumentAsync("/p/markup-1");

        Assert.NotNull(page.QuerySelector("a.content-link[href='https://example.org/letter.pdf']"));
    }

    [Fact]
    public async Task Text_from_a_saved_page_is_never_read_as_markdown()
    {
        var page = await _app.GetDocumentAsync($"/?story={Story}");

        var saved = page.QuerySelector("#saved-1")!;
        Assert.Contains("[the official site](https://example.org/login) and *stars*", saved.TextContent);
        Assert.Empty(saved.QuerySelectorAll("a.content-link, em"));
    }

    public void Dispose()
    {
        _app.Dispose();
        _content.Dispose();
    }
}
