using System.Net;
using MaliReader.Tests.Support;
using MaliReader.Web.ReadModel;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MaliReader.Tests.Permalinks;

/// <summary>Slugs are lower case: a paragraph address with the article part in other casing is sent to the lower-case one for good.</summary>
public sealed class PermalinkCaseTests(SeedApp app) : IClassFixture<SeedApp>
{
    private readonly MaliReaderApp _app = app.Factory;

    private HttpClient NonFollowingClient() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private string FingerprintOf(string paragraphId) =>
        _app.Services.GetRequiredService<CurrentSnapshot>().Value.Paragraph(paragraphId)!.Value.Paragraph.Fingerprint;

    [Theory]
    [InlineData("/p/MALI-FRANCE-RT-3", "/p/mali-france-rt-3")]
    [InlineData("/p/Mali-France-Rt-3", "/p/mali-france-rt-3")]
    [InlineData("/p/mali-FRANCE-rt-1", "/p/mali-france-rt-1")]
    [InlineData("/p/MALI-FRANCE-TRANSLATION-10", "/p/mali-france-translation-10")]
    public async Task ById_WithCapitalsInTheArticlePart_RedirectsPermanentlyToTheLowerCaseAddress(string url, string canonical)
    {
        using var client = NonFollowingClient();
        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("MALI-FRANCE-RT")]
    [InlineData("Mali-France-RT")]
    public async Task ByFingerprint_WithCapitalsInTheSlug_RedirectsPermanentlyToTheLowerCaseSlug(string slug)
    {
        var fingerprint = FingerprintOf("mali-france-rt-2");
        using var client = NonFollowingClient();
        using var response = await client.GetAsync($"/p/{slug}/{fingerprint}");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/p/mali-france-rt/{fingerprint}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task FollowingTheRedirect_ShowsTheParagraph()
    {
        var page = await _app.GetDocumentAsync("/p/MALI-FRANCE-RT-3");

        Assert.Equal("mali-france-rt-3", page.QuerySelector(".paragraph.is-target")!.Id);
    }

    [Theory]
    [InlineData("/p/MALI-FRANCE-RT-999")]
    [InlineData("/p/NO-SUCH-ARTICLE-1")]
    [InlineData("/p/NO-SUCH-ARTICLE/0123456789ab")]
    [InlineData("/p/MALI-FRANCE-RT/0123456789ab")]
    public async Task CapitalsLeadingNowhere_AreThe404Page_NotARedirect(string url)
    {
        using var client = NonFollowingClient();
        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await MaliReaderApp.ParseAsync(response);
        Assert.Equal("This paragraph does not exist", page.QuerySelector("main h1")!.TextContent.Trim());
    }
}
