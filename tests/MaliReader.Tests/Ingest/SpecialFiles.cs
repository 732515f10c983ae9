using System.Diagnostics;
using System.Net.Sockets;

namespace MaliReader.Tests.Ingest;

/// <summary>Entries that are not regular files, made for real on the test machine's file system (Linux).</summary>
internal static class SpecialFiles
{
    public static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    /// <summary>Binding a Unix domain socket makes a socket file; .NET removes it when the socket closes, so it is moved first.</summary>
    public static void MakeSocket(string path)
    {
        var bound = path + ".bound";
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(bound));
        File.Move(bound, path);
    }

    /// <summary>Makes the entry a test row names: "fifo", "socket", "folder", "link to /dev/zero", "dangling link", "link loop".</summary>
    public static void Make(string kind, string path)
    {
        switch (kind)
        {
            case "fifo":
                MakeFifo(path);
                break;
            case "socket":
                MakeSocket(path);
                break;
            case "folder":
                Directory.CreateDirectory(path);
                break;
            case "dangling link":
                File.CreateSymbolicLink(path, path + ".gone");
                break;
            case "link loop":
                File.CreateSymbolicLink(path, path + ".other");
                File.CreateSymbolicLink(path + ".other", path);
                break;
            case var link when link.StartsWith("link to ", StringComparison.Ordinal):
                File.CreateSymbolicLink(path, link["link to ".Length..]);
                break;
            default:
                throw new ArgumentException($"no such kind: {kind}", nameof(kind));
        }
    }

    /// <summary>Waits for work that a regression would block for ever, so that it fails the test instead of hanging the run.</summary>
    public static Task<T> Within<T>(Func<T> work, int seconds = 30) =>
        Task.Run(work).WaitAsync(TimeSpan.FromSeconds(seconds));
}
