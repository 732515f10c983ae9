using System.Net;
using MaliReader.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MaliReader.Tests.Permalinks;

/// <summary>
/// "Add content/&lt;slug&gt;.md; the file name is the slug." An author who saved "floods_2024.md" and shared
/// /p/floods_2024-1 or /api/articles/floods_2024 got 404: the article is served as "floods-2024", and an address
/// spelled as the file is named is not sent there, as one typed in capitals is.
/// </summary>
public sealed class FileNameSlugAddressTests
{
    [Theory]
    [InlineData("/p/floods_2024-1")]
    [InlineData("/api/articles/floods_2024")]
    [InlineData("/p/FLOODS_2024-1")]
    [InlineData("/p/Floods%202024-1")]
    [InlineData("/api/articles/Floods%202024")]
    public async Task AnAddressSpelledAsTheFileIsNamed_FindsTheArticle(string url)
    {
        using var content = new TestContent(withSeedArticles: false);
        content.Write("floods_2024.md", TestContent.Article("Floods", "Test source", "floods",
            "The river rose over its banks at Mopti on Monday."));
        using var app = new MaliReaderApp(content);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(url);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.MovedPermanently,
            $"{url} answered {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.MovedPermanently)
        {
            Assert.Equal("/p/floods-2024-1", response.Headers.Location?.OriginalString);
        }
    }
}
