using MaliReader.Web.Hosting;
using MaliReader.Tests.Ingest;

namespace MaliReader.Tests.Hosting;

/// <summary>
/// Reading a content file: only a regular file is read, and never past the limit by the bytes that actually come,
/// whatever length the file system reports (a pipe and /dev/zero report 0).
/// </summary>
public sealed class RegularFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("malireader-regular-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(10, 100, 10)]
    [InlineData(100, 100, 100)]
    [InlineData(101, 100, null)]
    [InlineData(50_000, 4_096, null)]
    [InlineData(0, 100, 0)]
    public async Task ARegularFile_IsReadWhole_OrNotAtAllPastTheLimit(int length, int limit, int? expected)
    {
        var path = Path.Combine(_folder, "a.md");
        var bytes = Enumerable.Range(0, length).Select(i => (byte)(i % 251)).ToArray();
        await File.WriteAllBytesAsync(path, bytes);

        var read = RegularFile.ReadAtMost(path, limit);

        Assert.Equal(expected, read?.Length);
        if (read is not null)
        {
            Assert.Equal(bytes, read);
        }
    }

    [Theory]
    [InlineData("fifo", "a named pipe (FIFO)")]
    [InlineData("socket", "a socket")]
    [InlineData("folder", "a folder")]
    [InlineData("link to /dev/zero", "a character device")]
    [InlineData("link to /dev/urandom", "a character device")]
    public async Task WhatIsNotARegularFile_IsRefusedByKind_WithoutWaitingOrReading(string kind, string named)
    {
        var path = Path.Combine(_folder, "x.md");
        SpecialFiles.Make(kind, path);

        var refused = await SpecialFiles.Within(() => Record.Exception(() => RegularFile.ReadAtMost(path, 1024 * 1024)));

        Assert.Equal(named, Assert.IsType<NotARegularFileException>(refused).Kind);
        Assert.Equal(named, RegularFile.KindOf(path));
    }

    [Theory]
    [InlineData("dangling link")]
    [InlineData("link loop")]
    public async Task ALinkLeadingNowhere_CannotBeOpened(string kind)
    {
        var path = Path.Combine(_folder, "x.md");
        SpecialFiles.Make(kind, path);

        var refused = await SpecialFiles.Within(() => Record.Exception(() => RegularFile.ReadAtMost(path, 1024)));

        Assert.IsAssignableFrom<IOException>(refused);
        Assert.IsNotType<NotARegularFileException>(refused);
    }

    [Fact]
    public void AFolderPutInThePlaceOfOne_HasAnotherIdentity()
    {
        var path = Path.Combine(_folder, "content");
        Directory.CreateDirectory(path);
        var first = RegularFile.IdentityOf(path);
        Directory.Move(path, path + ".old");
        Directory.CreateDirectory(path);

        Assert.NotNull(first);
        Assert.NotEqual(first, RegularFile.IdentityOf(path));
        Assert.Equal(first, RegularFile.IdentityOf(path + ".old"));
        Assert.Null(RegularFile.IdentityOf(Path.Combine(_folder, "none")));
    }

    [Fact]
    public void AFilesStatus_GivesItsSizeAndTimes_AndItsChangeTimeMovesWhenItsWriteTimeIsSetBack()
    {
        var path = Path.Combine(_folder, "a.md");
        File.WriteAllText(path, "twelve bytes");
        var written = new DateTime(2024, 5, 1, 12, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, written);
        var first = RegularFile.StatusOf(path)!.Value;
        Thread.Sleep(20);

        File.WriteAllText(path, "other twelve");
        File.SetLastWriteTimeUtc(path, written);
        var second = RegularFile.StatusOf(path)!.Value;

        Assert.Equal((12L, written.Ticks), (first.Length, first.ModifiedTicks));
        Assert.Equal((12L, written.Ticks), (second.Length, second.ModifiedTicks));
        Assert.True(second.ChangedTicks > first.ChangedTicks, $"{second.ChangedTicks} after {first.ChangedTicks}");
        Assert.InRange(new DateTime(second.ChangedTicks, DateTimeKind.Utc), DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(1));
        Assert.Equal(RegularFile.IdentityOf(path)!.Value.Inode, second.Inode);
    }

    [Fact]
    public void ALinksStatus_IsItsOwn_AndNothingThereHasNone()
    {
        var target = Path.Combine(_folder, "target.md");
        File.WriteAllText(target, "the target's forty bytes, more or less..");
        var link = Path.Combine(_folder, "link.md");
        File.CreateSymbolicLink(link, target);

        Assert.NotEqual(RegularFile.StatusOf(target)!.Value.Inode, RegularFile.StatusOf(link)!.Value.Inode);
        Assert.Null(RegularFile.StatusOf(Path.Combine(_folder, "none.md")));
    }
}
