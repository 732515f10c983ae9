using System.Net;
using MaliReader.Tests.Support;

namespace MaliReader.Tests.Pages;

/// <summary>
/// A story page opened with a search (?q=…, the link a search result gives) marks the search's words. A query too long to
/// be a search (the search page refuses it) is not marked or repeated into the page's links and search box: a 120 KB one
/// made a page four times its size.
/// </summary>
public sealed class ArrivalQueryLengthTests(SeedApp app) : IClassFixture<SeedApp>
{
    [Fact]
    public async Task AStoryOpenedWithAQueryTooLongToSearch_IsShownWithoutIt()
    {
        using var client = app.Factory.CreateClient();
        var query = string.Concat(Enumerable.Repeat("mali ", 2_000));
        using var plain = await client.GetAsync($"/?story={TestContent.Story}");
        using var response = await client.GetAsync($"/?story={TestContent.Story}&q={Uri.EscapeDataString(query)}");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("mali mali mali", page, StringComparison.Ordinal);
        Assert.True(page.Length < (await plain.Content.ReadAsStringAsync()).Length + 2_000, $"the page is {page.Length:N0} characters");
    }

    [Fact]
    public async Task AStoryOpenedWithASearchWithinTheLimit_StillMarksItsWords()
    {
        using var client = app.Factory.CreateClient();

        var page = await client.GetStringAsync($"/?story={TestContent.Story}&q=drones");

        Assert.Contains("<mark", page, StringComparison.Ordinal);
    }
}
