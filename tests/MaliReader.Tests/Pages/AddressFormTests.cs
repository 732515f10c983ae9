using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MaliReader.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MaliReader.Tests.Pages;

/// <summary>
/// A story, an article or a paragraph named in other casing or with decomposed accents leads to the one
/// address it has: pages redirect there for good, the APIs answer under the name as it is, and what
/// names nothing stays a 404. Names outside ASCII are held to the same rule as "DUP-1".
/// </summary>
public sealed class AddressFormTests(AddressFormTests.App app) : IClassFixture<AddressFormTests.App>
{
    public const string AccentedStory = "Été meurtrier";

    public sealed class App : IDisposable
    {
        public App()
        {
            // Saved composed ("été"), decomposed as macOS names files ("café"), with a Turkish İ and a German ß.
            Content.Write("\u00c9t\u00e9.md", TestContent.Article("A summer", "Le Matin", AccentedStory,
                "The heat lasted nine days in the valley.", "The rivers ran low by August."));
            Content.Write("Cafe\u0301.md", TestContent.Article("A café", "Le Soir", AccentedStory,
                "The café on the square closed for the heat.", "Its owner reopened it in September."));
            Content.Write("\u0130zmir.md", TestContent.Article("Izmir", "Ege Haber", "izmir-port",
                "Ships waited outside the port of Izmir for a week."));
            Content.Write("Stra\u00dfe.md", TestContent.Article("Straße", "Tagblatt", "strasse",
                "The street was closed for the market on Saturday."));
            // One story whose key two authors typed in different casing: named as its first file by path spells it.
            Content.Write("flood-upper.md", TestContent.Article("Flood", "River Post", "Flood", "The river rose two metres overnight."));
            Content.Write("flood-lower.md", TestContent.Article("flood", "Valley Post", "flood", "Cellars in the old town filled with water."));
            Factory = new MaliReaderApp(Content);
        }

        public TestContent Content { get; } = new();

        public MaliReaderApp Factory { get; }

        public void Dispose()
        {
            Factory.Dispose();
            Content.Dispose();
        }
    }

    private readonly MaliReaderApp _app = app.Factory;

    private HttpClient NonFollowingClient() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<string> RedirectOf(string url)
    {
        using var client = NonFollowingClient();
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        return Uri.UnescapeDataString(response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/p/\u00c9T\u00c9-1", "/p/\u00e9t\u00e9-1")]
    [InlineData("/p/E\u0301TE\u0301-2", "/p/\u00e9t\u00e9-2")]
    [InlineData("/p/e\u0301te\u0301-1", "/p/\u00e9t\u00e9-1")]
    [InlineData("/p/CAF\u00c9-1", "/p/caf\u00e9-1")]
    [InlineData("/p/\u0130ZM\u0130R-1", "/p/izmir-1")]
    [InlineData("/p/IZMIR-1", "/p/izmir-1")]
    [InlineData("/p/STRA\u1e9eE-1", "/p/stra\u00dfe-1")]
    [InlineData("/p/Stra\u00dfe-1", "/p/stra\u00dfe-1")]
    public async Task ParagraphById_InOtherCaseOrComposition_RedirectsToTheSlugsForm(string url, string canonical) =>
        Assert.Equal(canonical, await RedirectOf(url));

    [Fact]
    public async Task ParagraphByFingerprint_WithAccentedCapitals_RedirectsToTheSlugsForm()
    {
        var article = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/api/articles/\u00e9t\u00e9");
        var fingerprint = article.GetProperty("paragraphs")[0].GetProperty("fingerprint").GetString();

        Assert.Equal($"/p/\u00e9t\u00e9/{fingerprint}", await RedirectOf($"/p/E\u0301T\u00c9/{fingerprint}"));
    }

    [Theory]
    // A file saved with a decomposed accent has the slug of its composed name, not "cafe".
    [InlineData("/p/caf\u00e9-1")]
    [InlineData("/p/\u00e9t\u00e9-2")]
    [InlineData("/p/izmir-1")]
    [InlineData("/p/stra\u00dfe-1")]
    public async Task ParagraphInTheSlugsForm_IsServed(string url)
    {
        using var response = await NonFollowingClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    // "SS" is not "ß": two spellings, two names. Capitals of a slug that is not there lead nowhere.
    [InlineData("/p/STRASSE-1")]
    [InlineData("/p/CAFE-1")]
    [InlineData("/p/\u00c9T\u00c9-9")]
    public async Task OtherSpellings_AreThe404Page(string url)
    {
        using var response = await NonFollowingClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/?story=MALI-FRANCE-UN-LETTER", "/?story=" + TestContent.Story)]
    [InlineData("/?story=Mali-France-Un-Letter&view=aligned&q=France", "/?story=" + TestContent.Story + "&view=aligned&q=France")]
    [InlineData("/?Story=MALI-france-un-letter", "/?story=" + TestContent.Story)]
    [InlineData("/?story=%C3%89T%C3%89%20MEURTRIER", "/?story=" + AccentedStory)]
    [InlineData("/?story=E%CC%81te%CC%81%20meurtrier", "/?story=" + AccentedStory)]
    [InlineData("/?story=Flood", "/?story=flood")]
    [InlineData("/?story=FLOOD", "/?story=flood")]
    public async Task ReadingRoom_WithAStoryInOtherCaseOrComposition_RedirectsToItsName(string url, string canonical) =>
        Assert.Equal(canonical, await RedirectOf(url));

    [Fact]
    public async Task ReadingRoom_FollowingTheRedirect_ShowsTheStory()
    {
        var page = await _app.GetDocumentAsync("/?story=%C3%89T%C3%89%20MEURTRIER");

        Assert.Equal(2, page.QuerySelectorAll(".account-switch a").Length);
        Assert.Contains("\u00c9t\u00e9 meurtrier", page.QuerySelector(".story-title")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MALI-FRANCE-UN-LETTER", TestContent.Story)]
    [InlineData("%C3%89T%C3%89%20MEURTRIER", AccentedStory)]
    [InlineData("E%CC%81te%CC%81%20meurtrier", AccentedStory)]
    public async Task CompareApi_WithAStoryInOtherCase_AnswersUnderItsName(string typed, string story)
    {
        using var response = await _app.CreateClient().GetAsync($"/api/compare?story={typed}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(story, json.GetProperty("story").GetString());
    }

    [Theory]
    [InlineData("MALI-FRANCE-RT", TestContent.RtSlug)]
    [InlineData("%C3%89T%C3%89", "\u00e9t\u00e9")]
    [InlineData("%C4%B0ZM%C4%B0R", "izmir")]
    public async Task ArticlesApi_WithASlugInOtherCase_AnswersUnderItsSlug(string typed, string slug)
    {
        var json = await _app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/articles/{typed}");

        Assert.Equal(slug, json.GetProperty("slug").GetString());
    }

    [Fact]
    public async Task ReadingRoom_StoryKeysThatDifferOnlyInCase_ShowOneStoryWithEveryAccount()
    {
        var page = await _app.GetDocumentAsync("/?story=flood");

        Assert.Equal(["River Post", "Valley Post"],
            page.QuerySelectorAll(".account-switch a").Select(link => link.TextContent.Trim()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/?story=MALI-FRANCE")]
    [InlineData("/?story=%C3%89T%C3%89")]
    public async Task AStoryNamedInAFormThatIsNone_IsNotFound(string url)
    {
        using var response = await NonFollowingClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
