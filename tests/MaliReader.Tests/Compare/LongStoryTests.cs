using System.Net;
using System.Text.Json;
using MaliReader.Tests.Support;
using MaliReader.Web.Articles;
using MaliReader.Web.Compare;

namespace MaliReader.Tests.Compare;

/// <summary>
/// Alignment scores every paragraph of one account against every paragraph of another, so a story
/// past <see cref="StoryComparer.MaxParagraphPairs"/> is shown as published and said to be so, rather
/// than holding its pages for minutes.
/// </summary>
public sealed class LongStoryTests : IDisposable
{
    private const string Story = "long-story";
    private const int Paragraphs = 250;
    private readonly TestContent _content = new(withSeedArticles: false);
    private readonly MaliReaderApp _app;

    public LongStoryTests()
    {
        foreach (var account in new[] { "long-a", "long-b" })
        {
            _content.Write($"{account}.md", TestContent.Article($"Account {account}", account, Story,
                [.. Enumerable.Range(1, Paragraphs).Select(n => $"Paragraph {n} of the council minutes about the harbour and the mayor, item {n * 7}.")]));
        }
        _app = new MaliReaderApp(_content);
    }

    private static Article Account(string slug, int paragraphs) => new(slug, $"{slug}.md", slug, slug, null, null, null, "s",
        [.. Enumerable.Range(1, paragraphs).Select(n => new Paragraph(Paragraph.MakeId(slug, n), slug, n, "Text.", $"f{n}"))], []);

    [Theory]
    [InlineData(new[] { 200, 200 }, false)]
    [InlineData(new[] { 200, 201 }, true)]
    [InlineData(new[] { 115, 115, 115 }, false)]
    [InlineData(new[] { 120, 120, 120 }, true)]
    [InlineData(new[] { 5000 }, false)]
    public void A_story_is_too_long_to_compare_past_the_pairs_its_accounts_make(int[] lengths, bool tooLong) =>
        Assert.Equal(tooLong, StoryComparer.IsTooLongToCompare([.. lengths.Select((n, i) => Account($"a{i}", n))]));

    /// <summary>Few paragraphs of many words: the cost follows the words (TIME's stories run to 640 words in 6 paragraphs).</summary>
    [Theory]
    [InlineData(new[] { 640, 640, 640, 640, 640, 640 }, false)]
    [InlineData(new[] { 640, 640, 640, 640, 640, 640, 640, 640 }, true)]
    [InlineData(new[] { 1800, 1800, 1800 }, false)]
    [InlineData(new[] { 3200, 3200 }, true)]
    public void A_story_is_too_long_to_compare_past_the_word_pairs_its_accounts_make(int[] words, bool tooLong) =>
        Assert.Equal(tooLong, StoryComparer.IsTooLongToCompare([.. words.Select((n, i) => Wordy($"w{i}", n))]));

    /// <summary>Ideographs are words of their own to the comparison, so a long Chinese account counts them one by one.</summary>
    [Fact]
    public void Characters_of_scripts_without_spaces_count_as_words()
    {
        var chinese = string.Concat(Enumerable.Repeat("马里外长致信联合国安理会", 300));
        Article Account(string slug) => new(slug, $"{slug}.md", slug, slug, null, null, null, "s",
            [new Paragraph(Paragraph.MakeId(slug, 1), slug, 1, chinese, "f1")], []);

        Assert.True(StoryComparer.WordPairs([Account("c1"), Account("c2")]) >= (long)chinese.Length * chinese.Length);
    }

    private static Article Wordy(string slug, int words) => new(slug, $"{slug}.md", slug, slug, null, null, null, "s",
        [.. Enumerable.Range(1, 6).Select(n => new Paragraph(Paragraph.MakeId(slug, n), slug, n,
            string.Join(' ', Enumerable.Range(0, words / 6).Select(w => $"word{w}")), $"f{n}"))], []);

    [Fact]
    public async Task The_reading_room_shows_the_accounts_as_published_and_says_why()
    {
        var page = await _app.GetDocumentAsync($"/?story={Story}");

        Assert.Contains("too long to align", page.QuerySelector(".comparison-note")?.TextContent);
        Assert.Null(page.QuerySelector(".view-switch"));
        Assert.Equal(2 * Paragraphs, page.QuerySelectorAll("p.paragraph").Length);
    }

    [Fact]
    public async Task The_compare_api_answers_a_problem_naming_the_limit()
    {
        var response = await _app.CreateClient().GetAsync($"/api/compare?story={Story}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(StoryComparer.MaxParagraphPairs.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_paragraph_page_of_the_story_is_served()
    {
        var response = await _app.CreateClient().GetAsync($"/p/long-b-{Paragraphs}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public void Dispose()
    {
        _app.Dispose();
        _content.Dispose();
    }
}
