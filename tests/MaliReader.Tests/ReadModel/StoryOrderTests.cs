using MaliReader.Web.Articles;
using MaliReader.Web.ReadModel;

namespace MaliReader.Tests.ReadModel;

/// <summary>Stories are listed as a reader counts: the numbers in their keys by value, not character by character.</summary>
public sealed class StoryOrderTests
{
    [Theory]
    [InlineData(new[] { "day-10", "day-2", "day-1" }, new[] { "day-1", "day-2", "day-10" })]
    [InlineData(new[] { "flood-2024-11", "flood-2024-9", "flood-2023-12" }, new[] { "flood-2023-12", "flood-2024-9", "flood-2024-11" })]
    [InlineData(new[] { "tiny-story-11", "tiny-story-2", "tiny-story-1", "tiny-story-10" }, new[] { "tiny-story-1", "tiny-story-2", "tiny-story-10", "tiny-story-11" })]
    [InlineData(new[] { "mali-france", "lyon-fire", "mali-coup" }, new[] { "lyon-fire", "mali-coup", "mali-france" })]
    [InlineData(new[] { "day-02", "day-2", "day-1" }, new[] { "day-1", "day-02", "day-2" })]
    public void Stories_AreInReadingOrder(string[] keys, string[] expected)
    {
        var articles = keys.Select((key, i) => new Article($"a{i}", $"a{i}.md", "Title", "Source", null, null, null, key, [], []));

        var snapshot = new ContentSnapshot(articles, new Dictionary<string, StoryInfo>(), [], "v1");

        Assert.Equal(expected, snapshot.Stories.Select(story => story.Name));
        Assert.Equal(expected, snapshot.Articles.Select(article => article.Story));
    }
}
