using System.Runtime.InteropServices;
using System.Text;
using MaliReader.Tests.Support;
using MaliReader.Web.ReadModel;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MaliReader.Tests.Ingest;

/// <summary>
/// An author keeps drafts in a folder of their own, hard-linked into the content folder (cp -al, rsync --link-dest),
/// and saves a correction in place. The content folder's watcher gets no event for it (nor for a network share written
/// from another machine); the folder is also compared file by file every retry period, so the new words are served
/// within it. Before, they stayed off the site until another file changed or the app restarted.
/// </summary>
public sealed class EditThroughHardLinkTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task AnArticleSavedThroughAHardLinkOutsideTheContentFolder_ShowsItsNewWords()
    {
        _content.Write("linked.md", TestContent.Article("Linked", "Outlet", "linked-story", "The first draft of the words."));
        var drafts = Directory.CreateDirectory(Path.Combine(_content.Root, "drafts")).FullName;
        var draft = Path.Combine(drafts, "linked.md");
        Assert.Equal(0, Link(Encoding.UTF8.GetBytes(_content.FilePath("linked.md") + "\0"), Encoding.UTF8.GetBytes(draft + "\0")));

        using var factory = new MaliReaderApp(_content);
        using var app = factory.WithWebHostBuilder(builder => builder.UseSetting("Database:RetrySeconds", "1"));
        using var client = app.CreateClient();
        var current = app.Services.GetRequiredService<CurrentSnapshot>();
        Assert.Equal("The first draft of the words.", current.Value.Article("linked")!.Paragraphs[0].Text);

        // Written in place, as an editor keeping the link does: the content folder's file is the same file.
        using (var stream = new FileStream(draft, FileMode.Truncate, FileAccess.Write))
        {
            stream.Write(Encoding.UTF8.GetBytes(TestContent.Article("Linked", "Outlet", "linked-story", "The corrected words, saved later.")));
        }
        Assert.Contains("The corrected words", _content.Read("linked.md"), StringComparison.Ordinal);

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (current.Value.Article("linked")?.Paragraphs[0].Text != "The corrected words, saved later." && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Equal("The corrected words, saved later.", current.Value.Article("linked")?.Paragraphs[0].Text);
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link(byte[] existing, byte[] newPath);
}
