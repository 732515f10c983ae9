using MaliReader.Tests.Support;
using MaliReader.Web.ReadModel;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MaliReader.Tests.Ingest;

/// <summary>
/// Another folder put in the place of the content folder while the app runs (a restore with cp -p, rsync -a or tar,
/// which keep times): an article whose new words have the same length and time as the old is read again all the same.
/// The same restore while the app is down is in <see cref="RestartStampTests"/>.
/// </summary>
public sealed class ReplacedFolderWordsTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task AnotherFolderPutInPlace_WithAnArticleOfTheSameSizeAndTime_ServesItsNewWords()
    {
        _content.Write("swapped.md", TestContent.Article("Swapped", "Outlet", "other-story", "The old words."));
        using var factory = new MaliReaderApp(_content);
        using var app = factory.WithWebHostBuilder(builder => builder.UseSetting("Database:RetrySeconds", "1"));
        using var client = app.CreateClient();
        var current = app.Services.GetRequiredService<CurrentSnapshot>();
        Assert.Equal("The old words.", current.Value.Article("swapped")!.Paragraphs[0].Text);
        var time = File.GetLastWriteTimeUtc(_content.FilePath("swapped.md"));

        var replacement = _content.ContentPath + ".new";
        Directory.CreateDirectory(replacement);
        foreach (var file in Directory.EnumerateFiles(_content.ContentPath))
        {
            File.Copy(file, Path.Combine(replacement, Path.GetFileName(file)));
            File.SetLastWriteTimeUtc(Path.Combine(replacement, Path.GetFileName(file)), File.GetLastWriteTimeUtc(file));
        }
        var swapped = Path.Combine(replacement, "swapped.md");
        File.WriteAllText(swapped, TestContent.Article("Swapped", "Outlet", "other-story", "The new words."));
        File.SetLastWriteTimeUtc(swapped, time);
        Directory.Move(_content.ContentPath, _content.ContentPath + ".old");
        Directory.Move(replacement, _content.ContentPath);

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (current.Value.Article("swapped")?.Paragraphs[0].Text != "The new words." && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Equal("The new words.", current.Value.Article("swapped")?.Paragraphs[0].Text);
    }
}
