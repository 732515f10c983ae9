using System.Net;
using MaliReader.Tests.Compare;
using MaliReader.Tests.Support;
using MaliReader.Web.Storage;
using Microsoft.Data.Sqlite;

namespace MaliReader.Tests.Storage;

/// <summary>
/// Storing the comparisons is one transaction: a save that fails part-way, or waits on another writer, leaves the
/// set stored before whole, never part of a new one that a restart would take; and the app serves meanwhile.
/// </summary>
public sealed class InterruptedComparisonSaveTests : IDisposable
{
    private static readonly string[] Stories = [ComparisonContent.HarbourStory, TestContent.Story];
    private const string RtFile = "mali-france-rt.md";
    private const string AddedParagraph = "Separately, the Malian government asked the Security Council to hold an emergency meeting on the letter.";

    private readonly TestContent _content = ComparisonContent.Create();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void ASaveThatFailsMidway_LeavesTheEarlierSetWhole_AndARestartComparesAfreshOrTakesItWhole()
    {
        var original = _content.Read(RtFile);
        var (earlierVersion, earlier) = PrepareAndStore();
        FailEveryInsertAfterTheFirst();
        _content.Write(RtFile, original + "\n\n" + AddedParagraph + "\n");

        using (var changed = new Support.Ingest(_content))
        {
            var snapshot = changed.Sync();
            snapshot.CompareAllStories(CancellationToken.None);
            Assert.Equal(Stories.Length, snapshot.Comparisons().Count());

            // The first story's row is written, the second's fails: the set is cut midway.
            Assert.Throws<SqliteException>(() => changed.Comparisons.Save(snapshot.Version, snapshot.Comparisons()));

            Assert.Empty(changed.Comparisons.Read(snapshot.Version));
            Assert.Equal(earlier, changed.Comparisons.Read(earlierVersion));
        }

        // On the changed content, no set of its own: every story is compared afresh, none taken from the failed save.
        Assert.Equal(Stories.Length, StoriesComparedByARestart());
        // Back on the earlier content, the earlier set is taken whole.
        _content.Write(RtFile, original);
        Assert.Equal(0, StoriesComparedByARestart());
    }

    [Fact]
    public async Task TheAppWhoseSaveFailsMidway_ServesTheComparisons_AndKeepsTheEarlierSet()
    {
        var (earlierVersion, earlier) = PrepareAndStore();
        FailEveryInsertAfterTheFirst();
        _content.Write(RtFile, _content.Read(RtFile) + "\n\n" + AddedParagraph + "\n");

        using var app = new MaliReaderApp(_content);
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        await WaitFor(() => app.Logs.Entries.Any(entry => entry.Contains("could not be stored", StringComparison.Ordinal)));

        foreach (var story in Stories)
        {
            using var response = await client.GetAsync($"/?story={story}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await MaliReaderApp.ParseAsync(response);
            Assert.NotEmpty(page.QuerySelectorAll(".overview-strip li"));
        }
        var comparisons = new ComparisonStore(new Database(_content.DatabasePath));
        Assert.Equal(earlier, comparisons.Read(earlierVersion));
        Assert.Equal(earlier.Keys.Order(StringComparer.Ordinal), ComparisonRows().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ASaveThatWaitsOnAnotherWriter_DoesNotHoldUpPages_AndStoresTheWholeSetOnceTheLockGoes()
    {
        using (var first = new Support.Ingest(_content))
        {
            first.Sync();
        }
        using var otherWriter = new SqliteConnection($"Data Source={_content.DatabasePath}");
        otherWriter.Open();
        using var lockHeld = otherWriter.BeginTransaction(deferred: false);

        using var app = new MaliReaderApp(_content);
        using var client = app.CreateClient();
        foreach (var story in Stories)
        {
            using var response = await client.GetAsync($"/?story={story}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotEmpty((await MaliReaderApp.ParseAsync(response)).QuerySelectorAll(".overview-strip li"));
        }
        // Both stories are compared by now (the pages showed them); the save waits on the lock.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.DoesNotContain(app.Logs.Entries, entry => entry.Contains("Prepared comparisons", StringComparison.Ordinal));
        Assert.Empty(ComparisonRows());

        lockHeld.Rollback();

        await WaitFor(() => app.Logs.Entries.Any(entry => entry.Contains("Prepared comparisons", StringComparison.Ordinal)));
        Assert.Equal(Stories.Order(StringComparer.Ordinal), ComparisonRows().Order(StringComparer.Ordinal));
        Assert.DoesNotContain(app.Logs.Entries, entry => entry.Contains("could not be stored", StringComparison.Ordinal));
    }

    /// <summary>A first run that compares every story and stores them: the version stored, and the rows as stored.</summary>
    private (string Version, Dictionary<string, string> Stored) PrepareAndStore()
    {
        using var first = new Support.Ingest(_content);
        var snapshot = first.Sync();
        snapshot.CompareAllStories(CancellationToken.None);
        first.Comparisons.Save(snapshot.Version, snapshot.Comparisons());
        var stored = first.Comparisons.Read(snapshot.Version);
        Assert.Equal(Stories.Order(StringComparer.Ordinal), stored.Keys.Order(StringComparer.Ordinal));
        return (snapshot.Version, stored);
    }

    /// <summary>As a disk that fills, or a process killed, part-way through the save would: the second row of a save fails.</summary>
    private void FailEveryInsertAfterTheFirst()
    {
        using var connection = new Database(_content.DatabasePath).Open();
        connection.Execute("""
            CREATE TRIGGER fail_midway BEFORE INSERT ON story_comparisons
            WHEN (SELECT count(*) FROM story_comparisons) >= 1
            BEGIN SELECT RAISE(ABORT, 'the disk gave out'); END
            """);
    }

    /// <summary>How many stories a restart compares to show every story (the rest it takes as stored).</summary>
    private int StoriesComparedByARestart()
    {
        using var restarted = new Support.Ingest(_content);
        var snapshot = restarted.Sync();
        foreach (var story in Stories)
        {
            Assert.NotNull(snapshot.Comparison(story));
        }
        return snapshot.StoriesCompared;
    }

    private List<string> ComparisonRows()
    {
        using var connection = new Database(_content.DatabasePath).OpenReadOnly();
        return [.. connection.Query("SELECT story FROM story_comparisons").Select(row => row.GetString(0))];
    }

    private static async Task WaitFor(Func<bool> condition)
    {
        for (var attempt = 0; attempt < 200 && !condition(); attempt++)
        {
            await Task.Delay(100);
        }
        Assert.True(condition(), "the app did not get there within 20 seconds");
    }
}
