using System.Net;
using MaliReader.Tests.Support;
using MaliReader.Web.Ingest;
using MaliReader.Web.Pages;
using MaliReader.Web.ReadModel;
using Microsoft.Extensions.DependencyInjection;

namespace MaliReader.Tests.Pages;

public sealed class StoryListTests : IDisposable
{
    // More than two pages' worth, so the list has a first, a middle and a last page.
    private const int AddedStories = 2 * StoryListPage.Size + 7;

    private readonly MaliReaderApp _app = new();

    public void Dispose() => _app.Dispose();

    private static IReadOnlyList<Story> Stories(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new Story($"story-{i:D4}", null, []))];

    [Theory]
    [InlineData(0, null, 1, 1, 0)]
    [InlineData(1, null, 1, 1, 1)]
    [InlineData(50, null, 1, 1, 50)]
    [InlineData(51, null, 1, 2, 50)]
    [InlineData(51, "2", 2, 2, 1)]
    [InlineData(120, "1", 1, 3, 50)]
    [InlineData(120, "3", 3, 3, 20)]
    [InlineData(120, "002", 2, 3, 50)]
    public void APageNumber_NamesItsSliceOfTheList(int stories, string? page, int number, int count, int shown)
    {
        var list = StoryListPage.Of(Stories(stories), page);

        Assert.NotNull(list);
        Assert.Equal(number, list.Number);
        Assert.Equal(count, list.Count);
        Assert.Equal(shown, list.Stories.Count);
        Assert.Equal(number > 1, list.HasPrevious);
        Assert.Equal(number < count, list.HasNext);
        if (shown > 0)
        {
            Assert.Equal($"story-{(number - 1) * StoryListPage.Size:D4}", list.Stories[0].Name);
        }
    }

    [Theory]
    [InlineData(120, "0")]
    [InlineData(120, "4")]
    [InlineData(120, "-1")]
    [InlineData(120, "+2")]
    [InlineData(120, " 2")]
    [InlineData(120, "2.0")]
    [InlineData(120, "two")]
    [InlineData(120, "")]
    [InlineData(120, "99999999999999999999")]
    [InlineData(0, "2")]
    public void AValueThatNamesNoPage_GivesNone(int stories, string page)
    {
        Assert.Null(StoryListPage.Of(Stories(stories), page));
    }

    private void AddStories()
    {
        for (var i = 0; i < AddedStories; i++)
        {
            _app.Content.Write($"extra-{i:D3}.md", TestContent.Article($"Extra story {i:D3}", "Extra source", $"extra-{i:D3}", "A paragraph."));
        }
        _app.Services.GetRequiredService<ContentIngest>().Sync();
    }

    [Fact]
    public async Task TheReadingRoom_ListsStoriesAPageAtATime_AndItsLinksReachEveryStoryOnce()
    {
        AddStories();
        var seen = new List<string>();
        string? next = "/";
        var pages = 0;
        while (next is not null)
        {
            var page = await _app.GetDocumentAsync(next);
            var links = page.QuerySelectorAll(".story-list a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.InRange(links.Count, 1, StoryListPage.Size);
            seen.AddRange(links);
            next = page.QuerySelector(".story-pages a[rel=next]")?.GetAttribute("href");
            pages++;
            Assert.True(pages < 10, "the next links never end");
        }

        Assert.Equal(3, pages);
        Assert.Equal(AddedStories + 1, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Contains($"/?story={TestContent.Story}", seen);
        Assert.Contains("/?story=extra-000", seen);
    }

    [Fact]
    public async Task EachPage_SaysWhereItIs_AndLinksBack()
    {
        AddStories();

        var first = await _app.GetDocumentAsync("/");
        var middle = await _app.GetDocumentAsync("/?page=2");
        var last = await _app.GetDocumentAsync("/?page=3");

        Assert.Null(first.QuerySelector(".story-pages a[rel=prev]"));
        Assert.Equal("/?page=2", first.QuerySelector(".story-pages a[rel=next]")?.GetAttribute("href"));
        Assert.Contains("Page 2 of 3", middle.QuerySelector(".story-pages")?.TextContent);
        Assert.Equal("/", middle.QuerySelector(".story-pages a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal("/?page=2", last.QuerySelector(".story-pages a[rel=prev]")?.GetAttribute("href"));
        Assert.Null(last.QuerySelector(".story-pages a[rel=next]"));
    }

    [Theory]
    [InlineData("/?page=4")]
    [InlineData("/?page=0")]
    [InlineData("/?page=abc")]
    [InlineData("/?page=%3Cscript%3E")]
    public async Task APageThatDoesNotExist_IsNotFound_WithAMessage(string url)
    {
        AddStories();
        using var client = _app.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("reading room", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AFewStories_NeedNoPageLinks()
    {
        _app.Content.Write("other.md", TestContent.Article("Another story", "Other source", "another-story", "A paragraph."));
        _app.Services.GetRequiredService<ContentIngest>().Sync();

        var page = await _app.GetDocumentAsync("/");

        Assert.Equal(2, page.QuerySelectorAll(".story-list li").Length);
        Assert.Null(page.QuerySelector(".story-pages"));
    }
}
