using System.Net.Http.Json;
using MaliReader.Tests.Support;
using MaliReader.Web.Ingest;
using Microsoft.Extensions.DependencyInjection;

namespace MaliReader.Tests.Search;

/// <summary>How hits are ordered when several articles hold the words: the article's evidence, and words its best neighbours share.</summary>
public sealed class RankingTests : IDisposable
{
    private readonly TestContent _content = new(withSeedArticles: false);
    private readonly MaliReaderApp _app;

    public RankingTests()
    {
        // Unrelated articles, so that a word in a few articles is rare among them.
        foreach (var (slug, text) in new[]
        {
            ("filler-harvest", "The harvest in the south was late this year after the rains failed twice."),
            ("filler-bridge", "A new bridge over the river opened to lorries and buses on Monday."),
            ("filler-school", "Teachers asked for more classrooms as the number of pupils grew again."),
            ("filler-market", "Prices at the central market rose for rice, millet and cooking oil."),
            ("filler-clinic", "The clinic in the north treated hundreds of children for malaria."),
        })
        {
            _content.Write($"{slug}.md", TestContent.Article(text[..20], "Wire", slug, text));
        }
        _app = new MaliReaderApp(_content);
    }

    /// <summary>An article about the subject outranks an article that mentions it once in passing, even when the passing paragraph is shorter.</summary>
    [Fact]
    public async Task Search_ArticleAboutTheSubject_OutranksAStrayMention()
    {
        _content.Write("about.md", TestContent.Article("Drought in the Sahel", "Wire", "about",
            "The drought in the Sahel has lasted three seasons and emptied the wells of whole villages.",
            "Herders crossed the Sahel southwards as the drought killed their cattle.",
            "Relief agencies say the drought will leave the Sahel short of grain until spring."));
        _content.Write("stray.md", TestContent.Article("Football results", "Wire", "stray",
            "The cup final ended two goals to one after extra time in the capital.",
            "Fans spoke of the Sahel drought.",
            "The winning coach thanked the supporters who travelled from the provinces."));
        SyncContent();

        var result = await SearchAsync("Sahel drought");

        Assert.StartsWith("about-", result.Hits[0].ParagraphId, StringComparison.Ordinal);
        Assert.Equal(result.Hits.OrderByDescending(hit => hit.Score).Select(hit => hit.ParagraphId), result.Hits.Select(hit => hit.ParagraphId));
    }

    /// <summary>
    /// Two articles mention the word once, in the very same paragraph; the one that shares the vocabulary
    /// of the article most about the word (pseudo-relevance feedback) ranks above the one about something
    /// else, whatever their names.
    /// </summary>
    [Fact]
    public async Task Search_OfTwoEqualMentions_TheOneSharingTheBestArticlesWordsRanksFirst()
    {
        _content.Write("main.md", TestContent.Article("Maphilindo", "Wire", "main",
            "Maphilindo, the loose confederation of Malaya, the Philippines and Indonesia, was proposed in Manila.",
            "Maphilindo would join Malaya, the Philippines and Indonesia in a confederation of Malay peoples.",
            "Critics in Malaya said Maphilindo gave Indonesia and the Philippines a say over the confederation."));
        // Same length in words; the slugs put the unrelated one first when nothing else tells them apart.
        _content.Write("a-football.md", TestContent.Article("Sport", "Wire", "a-football",
            "Maphilindo was discussed at length.",
            "The football season opened with a match in the capital."));
        _content.Write("b-neighbours.md", TestContent.Article("Neighbours", "Wire", "b-neighbours",
            "Maphilindo was discussed at length.",
            "Malaya the Philippines and Indonesia spoke of a loose confederation."));
        SyncContent();

        var order = (await SearchAsync("Maphilindo")).Hits.Select(hit => hit.ParagraphId).ToList();

        Assert.Contains("a-football-1", order);
        Assert.True(order.IndexOf("b-neighbours-1") < order.IndexOf("a-football-1"), string.Join(", ", order));
    }

    private void SyncContent() => _app.Services.GetRequiredService<ContentIngest>().Sync();

    private async Task<SearchApiTests.ApiResult> SearchAsync(string query)
    {
        using var client = _app.CreateClient();
        return (await client.GetFromJsonAsync<SearchApiTests.ApiResult>($"/api/search?q={Uri.EscapeDataString(query)}&limit=100"))!;
    }

    public void Dispose()
    {
        _app.Dispose();
        _content.Dispose();
    }
}
