using System.Net;
using System.Net.Http.Json;
using MaliReader.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MaliReader.Tests.Http;

/// <summary>
/// A story's key is often a file's name made a slug (a saved page at the top of the content folder is a story of its
/// own, keyed by its slug), and /api/articles/floods_2024 and /p/floods_2024-1 find the article so spelled. The story
/// so spelled was not found: /api/compare?story=floods_2024 answered 404, and so did the reading room.
/// </summary>
public sealed class FileNameStoryAddressTests : IDisposable
{
    private const string Story = "floods-2024";

    private readonly TestContent _content = new(withSeedArticles: false);

    public FileNameStoryAddressTests()
    {
        _content.Write("mopti-herald.md", TestContent.Article("Floods at Mopti", "Mopti Herald", Story,
            "The river rose over its banks at Mopti on Monday, and two thousand people left their homes."));
        _content.Write("sahel-daily.md", TestContent.Article("Mopti under water", "Sahel Daily", Story,
            "The Niger rose over its banks at Mopti on Monday, and some two thousand people left their homes."));
    }

    public void Dispose() => _content.Dispose();

    private sealed record Compared(string Story, IReadOnlyList<string> Accounts);

    [Theory]
    [InlineData("floods_2024")]
    [InlineData("Floods%202024")]
    [InlineData("FLOODS_2024")]
    public async Task CompareApi_FindsAStorySpelledAsAFileIsNamed(string spelled)
    {
        using var app = new MaliReaderApp(_content);
        using var client = app.CreateClient();

        using var response = await client.GetAsync($"/api/compare?story={spelled}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var compared = await response.Content.ReadFromJsonAsync<Compared>();
        Assert.Equal(Story, compared!.Story);
        Assert.Equal(["mopti-herald", "sahel-daily"], compared.Accounts);
    }

    [Theory]
    [InlineData("/?story=floods_2024", "/?story=floods-2024")]
    [InlineData("/?story=Floods%202024&view=aligned", "/?story=floods-2024&view=aligned")]
    public async Task ReadingRoom_SendsAStorySpelledAsAFileIsNamed_ToItsOwnAddress(string url, string location)
    {
        using var app = new MaliReaderApp(_content);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/api/compare?story=floods_2025", HttpStatusCode.NotFound)]
    [InlineData("/api/compare?story=___", HttpStatusCode.NotFound)]
    [InlineData("/?story=___", HttpStatusCode.NotFound)]
    public async Task ANameThatMakesNoStorysKey_IsStillNotFound(string url, HttpStatusCode status)
    {
        using var app = new MaliReaderApp(_content);
        using var client = app.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
    }
}
