using System.Text.Json;
using MaliReader.Tests.Support;
using MaliReader.Web.Compare;
using MaliReader.Web.Storage;

namespace MaliReader.Tests.Storage;

/// <summary>
/// A restart on unchanged content takes each story's comparison as the last run stored it instead of comparing
/// again, and shows exactly what comparing would; anything else (changed content, another build, a damaged or
/// foreign row) is compared afresh.
/// </summary>
public sealed class ComparisonStoreTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void ARestartOnTheSameContent_TakesTheStoredComparisonAndShowsWhatComparingGives()
    {
        var compared = PrepareAndStore();

        using var restarted = new Support.Ingest(_content);
        var snapshot = restarted.Sync();

        Assert.Equal(compared, Json(snapshot.Comparison(TestContent.Story)));
        Assert.Equal(0, snapshot.StoriesCompared);
    }

    [Fact]
    public void ARestartAfterAnAccountChanged_ComparesAgainAndSeesTheChange()
    {
        var before = PrepareAndStore();
        const string Added = "Separately, the Malian government asked the Security Council to hold an emergency meeting on the letter.";
        _content.Write("mali-france-rt.md", _content.Read("mali-france-rt.md") + "\n\n" + Added + "\n");

        using var restarted = new Support.Ingest(_content);
        var snapshot = restarted.Sync();
        var comparison = snapshot.Comparison(TestContent.Story)!;

        Assert.Equal(1, snapshot.StoriesCompared);
        Assert.NotEqual(before, Json(comparison));
        var addedId = snapshot.Article(TestContent.RtSlug)!.Paragraphs.Single(paragraph => paragraph.Text == Added).Id;
        Assert.True(comparison.Unmatched.Contains(addedId) || comparison.CounterpartsOf(addedId).Any(),
            "the paragraph added since the comparisons were stored is part of the comparison served");
    }

    [Theory]
    [InlineData("UPDATE story_comparisons SET code_version = 'another build'")]
    [InlineData("UPDATE story_comparisons SET content_version = 'other content'")]
    [InlineData("UPDATE story_comparisons SET comparison = '{\"story\": \"mali-france-un-letter\", \"accounts\": [\"trunc'")]
    [InlineData("UPDATE story_comparisons SET comparison = '[]'")]
    [InlineData("UPDATE story_comparisons SET comparison = '{}'")]
    [InlineData("UPDATE story_comparisons SET comparison = json_set(comparison, '$.pairs', json('[null]'))")]
    [InlineData("UPDATE story_comparisons SET comparison = json_set(comparison, '$.unmatched', json('[\"mali-france-rt-99\"]'))")]
    [InlineData("UPDATE story_comparisons SET comparison = replace(comparison, 'mali-france-translation', 'another-account')")]
    [InlineData("UPDATE story_comparisons SET story = 'another-story'")]
    [InlineData("UPDATE story_comparisons SET comparison = json_set(comparison, '$.pairs[0].left', 'mali-france-rt-99')")]
    [InlineData("UPDATE story_comparisons SET comparison = json_set(comparison, '$.pairs[2].differences[0].left.start', 100000)")]
    [InlineData("UPDATE story_comparisons SET comparison = json_set(comparison, '$.pairs[2].differences[0].left.length', -1)")]
    [InlineData("UPDATE story_comparisons SET comparison = json_set(comparison, '$.pairs[2].differences[0].left.text', 'Paris')")]
    public void AStoredComparisonThatDoesNotFit_IsComparedAgain(string tampering)
    {
        var compared = PrepareAndStore();
        using (var connection = new Database(_content.DatabasePath).Open())
        {
            using var command = connection.CreateCommand();
            command.CommandText = tampering;
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        using var restarted = new Support.Ingest(_content);
        var snapshot = restarted.Sync();

        Assert.Equal(compared, Json(snapshot.Comparison(TestContent.Story)));
        Assert.Equal(1, snapshot.StoriesCompared);
    }

    [Fact]
    public void StoredComparisonsThatCannotBeRead_AreComparedAgain()
    {
        var compared = PrepareAndStore();
        using (var connection = new Database(_content.DatabasePath).Open())
        {
            connection.Execute("DROP TABLE story_comparisons");
        }

        using var restarted = new Support.Ingest(_content);
        var snapshot = restarted.Sync();

        Assert.Equal(compared, Json(snapshot.Comparison(TestContent.Story)));
        Assert.Equal(1, snapshot.StoriesCompared);
    }

    [Fact]
    public void Saving_ReplacesWhatAnEarlierContentVersionStored()
    {
        using var ingest = new Support.Ingest(_content);
        var snapshot = ingest.Sync();
        ingest.Comparisons.Save("earlier", snapshot.Comparisons());

        ingest.Comparisons.Save(snapshot.Version, snapshot.Comparisons());

        Assert.Empty(ingest.Comparisons.Read("earlier"));
        Assert.Equal([TestContent.Story], ingest.Comparisons.Read(snapshot.Version).Keys);
    }

    /// <summary>What the app does: a first run compares its stories, then stores them. Returns the comparison as JSON.</summary>
    private string PrepareAndStore()
    {
        using var first = new Support.Ingest(_content);
        var snapshot = first.Sync();
        snapshot.CompareAllStories(CancellationToken.None);
        Assert.Equal(1, snapshot.StoriesCompared);
        first.Comparisons.Save(snapshot.Version, snapshot.Comparisons());
        return Json(snapshot.Comparison(TestContent.Story));
    }

    private static string Json(StoryComparison? comparison) => JsonSerializer.Serialize(Assert.IsType<StoryComparison>(comparison));
}
