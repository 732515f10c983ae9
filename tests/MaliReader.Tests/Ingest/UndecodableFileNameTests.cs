using System.Net;
using System.Runtime.InteropServices;
using System.Text;
using MaliReader.Tests.Support;
using MaliReader.Web.ReadModel;
using Microsoft.Extensions.DependencyInjection;

namespace MaliReader.Tests.Ingest;

/// <summary>
/// A file whose name is not UTF-8 (a Latin-1 "café.md" from an old archive or a zip made on Windows): .NET lists it
/// with U+FFFD in its name, and asking the length of that name throws FileNotFoundException in ContentFolder.Scan.
/// At start-up the app dies of it; while the app runs, every later ingest run fails, so no edit is read again, while
/// /healthz says Healthy.
/// </summary>
public sealed class UndecodableFileNameTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task AFileNamedInLatin1_DoesNotStopTheAppFromStarting()
    {
        WriteWithRawName("caf\xe9.md", TestContent.Article("Latin-1", "Outlet", "other-story", "Named in Latin-1."));
        using var app = new MaliReaderApp(_content);

        var client = await Task.Run(app.CreateClient).WaitAsync(TimeSpan.FromSeconds(60));
        using var response = await client.GetAsync($"/api/articles/{TestContent.RtSlug}");
        var status = await client.GetStringAsync("/status");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("caf\uFFFD.md", status);
        Assert.Contains("not valid UTF-8", status);
    }

    [Fact]
    public async Task AFileNamedInLatin1_WhileServing_DoesNotStopLaterEditsFromBeingRead()
    {
        using var app = new MaliReaderApp(_content);
        using var client = app.CreateClient();
        var current = app.Services.GetRequiredService<CurrentSnapshot>();

        WriteWithRawName("caf\xe9.md", TestContent.Article("Latin-1", "Outlet", "other-story", "Named in Latin-1."));
        await Task.Delay(1000);
        _content.Write("later.md", TestContent.Article("Later", "Outlet", "other-story", "Written after it."));
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (current.Value.Article("later") is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.NotNull(current.Value.Article("later"));
    }

    /// <summary>Creates a file whose name holds the given bytes as they are (chars up to U+00FF taken as bytes).</summary>
    private void WriteWithRawName(string latin1Name, string text)
    {
        var path = Encoding.UTF8.GetBytes(_content.ContentPath + "/").Concat(Encoding.Latin1.GetBytes(latin1Name)).Append((byte)0).ToArray();
        var descriptor = OpenNative(path, 0x41 /* O_WRONLY | O_CREAT */, Convert.ToInt32("644", 8));
        Assert.True(descriptor >= 0, "the file could not be made");
        var bytes = Encoding.UTF8.GetBytes(text);
        Assert.Equal(bytes.Length, (int)WriteNative(descriptor, bytes, bytes.Length));
        Assert.Equal(0, CloseNative(descriptor));
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int OpenNative(byte[] path, int flags, int mode);

    [DllImport("libc", EntryPoint = "write", SetLastError = true)]
    private static extern nint WriteNative(int descriptor, byte[] buffer, nint count);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int CloseNative(int descriptor);
}
