using System.Text.Json;
using MaliReader.Tests.Support;
using MaliReader.Web.Compare;
using MaliReader.Web.ReadModel;
using MaliReader.Web.Storage;

namespace MaliReader.Tests.Storage;

/// <summary>
/// A restart on unchanged content takes each story's comparison as the last run stored it instead of comparing
/// again, and shows exactly what comparing would; anything else (changed content, another build, a damaged or
/// foreign row) is compared afresh.
/// </summary>
public sealed class ComparisonStoreTests : IDisposable
{
    private const string TranslationFile = "mali-france-translation.md";
    private const string ShortNote = "The minister wrote a short note.";

    // Bytes that cannot be read: the file's last good version stays served.
    private const string Broken = "---\ntitle: [unclosed\n---\n\nbroken\n";

    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void ARestartOnTheSameContent_TakesTheStoredComparisonAndShowsWhatComparingGives()
    {
        var compared = PrepareAndStore();

        var restart = Restart();

        Assert.Equal((compared, 0), (restart.Comparison, restart.StoriesCompared));
    }

    [Fact]
    public void ARestartAfterAnAccountChanged_ComparesAgainAndSeesTheChange()
    {
        var before = PrepareAndStore();
        const string Added = "Separately, the Malian government asked the Security Council to hold an emergency meeting on the letter.";
        _content.Write("mali-france-rt.md", _content.Read("mali-france-rt.md") + "\n\n" + Added + "\n");

        var restart = Restart();
        var comparison = restart.Snapshot.Comparison(TestContent.Story)!;

        Assert.Equal(1, restart.StoriesCompared);
        Assert.NotEqual(before, restart.Comparison);
        var addedId = restart.Snapshot.Article(TestContent.RtSlug)!.Paragraphs.Single(paragraph => paragraph.Text == Added).Id;
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
    [InlineData("UPDATE story_comparisons SET comparison = CAST(comparison AS BLOB)")]
    [InlineData("UPDATE story_comparisons SET comparison = replace(comparison, '\"kind\":0', '\"kind\":99')")]
    [InlineData("UPDATE story_comparisons SET comparison = json_set(comparison, '$.pairs[0].score', -7.5)")]
    [InlineData("UPDATE story_comparisons SET comparison = json_set(comparison, '$.pairs[0].left', json_extract(comparison, '$.pairs[0].right'), '$.pairs[0].right', json_extract(comparison, '$.pairs[0].left'))")]
    [InlineData("UPDATE story_comparisons SET comparison = replace(comparison, '\"text\":\"Abdallah\"', '\"text\":\"Moussa\"')")]
    [InlineData("UPDATE story_comparisons SET comparison = json_set(comparison, '$.pairs[0].left', 'mali-france-rt-99')")]
    [InlineData("UPDATE story_comparisons SET comparison = json_set(comparison, '$.pairs[2].differences[0].left.start', 100000)")]
    [InlineData("UPDATE story_comparisons SET comparison = json_set(comparison, '$.pairs[2].differences[0].left.length', -1)")]
    [InlineData("UPDATE story_comparisons SET comparison = json_set(comparison, '$.pairs[2].differences[0].left.text', 'Paris')")]
    public void AStoredComparisonThatDoesNotFit_IsComparedAgain(string tampering)
    {
        var compared = PrepareAndStore();
        Assert.Equal(1, Change(tampering));

        var restart = Restart();

        Assert.Equal((compared, 1), (restart.Comparison, restart.StoriesCompared));
    }

    [Fact]
    public void AFileBrokenTheSameWayInFrontOfAnotherLastGoodVersion_IsNotShownWithTheComparisonOfTheFirst()
    {
        var edited = EditedTranslation();
        PrepareAndStore();
        // Broken, and served as its last good version, the original: that is compared and stored too.
        _content.Write(TranslationFile, Broken);
        PrepareAndStore();
        // Fixed with an edit and read, but stopped before anything was compared; then broken the same way again.
        _content.Write(TranslationFile, edited);
        using (var second = new Support.Ingest(_content))
        {
            Assert.Equal(ShortNote, second.Sync().Article(TestContent.TranslationSlug)!.Paragraphs[0].Text);
        }
        _content.Write(TranslationFile, Broken);

        var restart = Restart();

        Assert.Equal(ShortNote, restart.Snapshot.Article(TestContent.TranslationSlug)!.Paragraphs[0].Text);
        Assert.Equal((FreshComparison(edited), 1), (restart.Comparison, restart.StoriesCompared));
    }

    [Fact]
    public void AFileBrokenTheSameWayInFrontOfAnotherLastGoodVersion_GetsAnotherContentVersion()
    {
        var edited = EditedTranslation();
        using var ingest = new Support.Ingest(_content);
        ingest.Sync();
        _content.Write(TranslationFile, Broken);
        var brokenFirst = ingest.Sync().Version;
        _content.Write(TranslationFile, edited);
        ingest.Sync();
        _content.Write(TranslationFile, Broken);

        var brokenAgain = ingest.Sync();

        // The version is the pages' ETag: were it the same, a reader holding the first page would be told by a 304 to keep it.
        Assert.NotEqual(brokenFirst, brokenAgain.Version);
        Assert.Equal(ShortNote, brokenAgain.Article(TestContent.TranslationSlug)!.Paragraphs[0].Text);
    }

    [Fact]
    public void StoredComparisonsThatCannotBeRead_AreComparedAgain()
    {
        var compared = PrepareAndStore();
        Change("DROP TABLE story_comparisons");

        var restart = Restart();

        Assert.Equal((compared, 1), (restart.Comparison, restart.StoriesCompared));
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

    /// <summary>A run after a restart: its snapshot, the story's comparison as JSON, and how many stories it compared to give it.</summary>
    private (ContentSnapshot Snapshot, string Comparison, int StoriesCompared) Restart()
    {
        using var restarted = new Support.Ingest(_content);
        var snapshot = restarted.Sync();
        // Comparisons are made on first use: the count means something only once the story has been asked for.
        var comparison = Json(snapshot.Comparison(TestContent.Story));
        return (snapshot, comparison, snapshot.StoriesCompared);
    }

    /// <summary>Runs a statement on the database as someone editing it by hand would; returns the rows it changed.</summary>
    private int Change(string sql)
    {
        using var connection = new Database(_content.DatabasePath).Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    /// <summary>
    /// The translation with its first paragraph rewritten: one paired with no difference, so that a stored
    /// comparison of the original quotes nothing that would give it away.
    /// </summary>
    private string EditedTranslation()
    {
        var original = _content.Read(TranslationFile);
        return original.Replace(original.Split("\n\n")[1], ShortNote, StringComparison.Ordinal);
    }

    /// <summary>The story's comparison with this translation, by a library that never stored one.</summary>
    private static string FreshComparison(string translation)
    {
        using var fresh = new TestContent();
        fresh.Write(TranslationFile, translation);
        using var ingest = new Support.Ingest(fresh);
        return Json(ingest.Sync().Comparison(TestContent.Story));
    }

    private static string Json(StoryComparison? comparison) => JsonSerializer.Serialize(Assert.IsType<StoryComparison>(comparison));
}
