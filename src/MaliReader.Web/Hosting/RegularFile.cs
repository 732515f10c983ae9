using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace MaliReader.Web.Hosting;

/// <summary>
/// Reads a file only if it is a regular file, and never more than a limit of bytes. A named pipe reports a length
/// of 0 and its read waits for a writer for ever; a device such as <c>/dev/zero</c> reports 0 and never ends; a
/// file can grow between the length the file system reports and the read. So the kind is asked of the open file
/// itself (opened without waiting, so that a pipe's open returns at once) and the read counts the bytes it gets.
/// </summary>
public static class RegularFile
{
    /// <summary>
    /// The file's bytes, or null when it holds more than <paramref name="limit"/> bytes (only that many and one more
    /// are read). Symbolic links are followed.
    /// </summary>
    /// <exception cref="NotARegularFileException">A folder, named pipe, socket or device: it is not opened for reading.</exception>
    /// <exception cref="IOException">It cannot be opened (gone, a link that leads nowhere or round in a loop) or read.</exception>
    /// <exception cref="UnauthorizedAccessException">Its permissions do not let the app read it.</exception>
    public static byte[]? ReadAtMost(string path, long limit)
    {
        using var handle = Open(path);
        // Array.MaxLength bounds the limit itself: a file is never read into more than one array.
        limit = Math.Min(limit, Array.MaxLength - 1);
        var buffer = new byte[Math.Min(limit + 1, Math.Max(RandomAccess.GetLength(handle) + 1, 4096))];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (total > limit)
                {
                    return null;
                }
                Array.Resize(ref buffer, (int)Math.Min(limit + 1, buffer.Length * 2L));
            }
            var read = RandomAccess.Read(handle, buffer.AsSpan(total), total);
            if (read == 0)
            {
                return buffer[..total];
            }
            total += read;
        }
    }

    /// <summary>
    /// What is at <paramref name="path"/> when it is there but is not a regular file ("a folder", "a named pipe
    /// (FIFO)", …), following symbolic links; null for a regular file or nothing at all. Asks without opening it.
    /// </summary>
    public static string? KindOf(string path)
    {
        if (Directory.Exists(path))
        {
            return "a folder";
        }
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }
        var status = new byte[StatxSize];
        return Statx(AtCurrentFolder, path, 0, StatxType, status) == 0 ? KindOf(status) : null;
    }

    /// <summary>
    /// The device and inode of what is at <paramref name="path"/> (links followed): another folder put in the place
    /// of one renamed away has another. Null when nothing is there, or where the system is not Linux.
    /// </summary>
    public static (ulong Inode, ulong Device)? IdentityOf(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }
        var status = new byte[StatxSize];
        if (Statx(AtCurrentFolder, path, 0, StatxInode, status) != 0)
        {
            return null;
        }
        var device = ((ulong)BitConverter.ToUInt32(status, StatxDeviceMajorOffset) << 32) | BitConverter.ToUInt32(status, StatxDeviceMinorOffset);
        return (BitConverter.ToUInt64(status, StatxInodeOffset), device);
    }

    /// <summary>
    /// The size, times and identity of what is at <paramref name="path"/> (a symbolic link is not followed: its own are
    /// given), or null when nothing is there. On Linux the status-change time (ctime) and device+inode come from statx:
    /// every write, rename, link or restore sets the ctime to the clock's time, and no copy tool can set it back.
    /// Elsewhere .NET gives neither: <see cref="FileStatus.ChangedTicks"/> is <see cref="FileStatus.Unknown"/> and the
    /// identity 0, so only the size and last write time tell a change.
    /// </summary>
    /// <exception cref="UnauthorizedAccessException">A folder on the way may be listed but not searched (its permissions
    /// give read without execute), so what is in it cannot be known.</exception>
    public static FileStatus? StatusOf(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            var file = new FileInfo(path);
            try
            {
                return file.Exists ? new FileStatus(file.Length, file.LastWriteTimeUtc.Ticks, FileStatus.Unknown, 0, 0) : null;
            }
            catch (IOException)
            {
                return null;
            }
        }
        var status = new byte[StatxSize];
        if (Statx(AtCurrentFolder, path, AtSymlinkNoFollow, StatxBasicStats, status) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            return error is ErrorAccessDenied ? throw new UnauthorizedAccessException(Marshal.GetPInvokeErrorMessage(error)) : null;
        }
        var device = ((ulong)BitConverter.ToUInt32(status, StatxDeviceMajorOffset) << 32) | BitConverter.ToUInt32(status, StatxDeviceMinorOffset);
        return new FileStatus(BitConverter.ToInt64(status, StatxSizeOffset), TicksAt(status, StatxModifiedOffset), TicksAt(status, StatxChangedOffset),
            BitConverter.ToUInt64(status, StatxInodeOffset), device);
    }

    // A statx_timestamp: seconds since the Unix epoch (signed 64 bits), then nanoseconds (32 bits).
    private static long TicksAt(byte[] status, int offset) =>
        DateTime.UnixEpoch.Ticks + BitConverter.ToInt64(status, offset) * TimeSpan.TicksPerSecond
            + BitConverter.ToUInt32(status, offset + 8) / TimeSpan.NanosecondsPerTick;

    private static SafeFileHandle Open(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            // Elsewhere the kind is known only after opening, which a named pipe may block (Windows has none in folders).
            var kind = KindOf(path);
            return kind is null
                ? File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete)
                : throw new NotARegularFileException(path, kind);
        }
        var descriptor = OpenFile(path, OpenReadOnly | OpenNonBlocking | OpenCloseOnExec);
        if (descriptor < 0)
        {
            var error = Marshal.GetLastPInvokeError();
            var message = Marshal.GetPInvokeErrorMessage(error);
            if (error is ErrorAccessDenied)
            {
                throw new UnauthorizedAccessException(message);
            }
            // A socket cannot be opened at all (ENXIO): what is there is told by its kind rather than by that error.
            throw KindOf(path) is { } kind ? new NotARegularFileException(path, kind) : new IOException(message, error);
        }
        var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        var status = new byte[StatxSize];
        if (Statx(descriptor, "", AtEmptyPath, StatxType, status) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            handle.Dispose();
            throw new IOException(Marshal.GetPInvokeErrorMessage(error), error);
        }
        if (KindOf(status) is { } other)
        {
            handle.Dispose();
            throw new NotARegularFileException(path, other);
        }
        return handle;
    }

    private static string? KindOf(byte[] status) =>
        (BitConverter.ToUInt16(status, StatxModeOffset) & FileTypeMask) switch
        {
            RegularFileType => null,
            0x4000 => "a folder",
            0x1000 => "a named pipe (FIFO)",
            0xC000 => "a socket",
            0x2000 => "a character device",
            0x6000 => "a block device",
            _ => "not a regular file",
        };

    // Linux's open(2) flags and statx(2) layout are the same on every architecture .NET runs on (x64, Arm64);
    // struct statx was designed so, unlike struct stat.
    private const int OpenReadOnly = 0;
    private const int OpenNonBlocking = 0x800;
    private const int OpenCloseOnExec = 0x80000;
    private const int AtCurrentFolder = -100;
    private const int AtEmptyPath = 0x1000;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxBasicStats = 0x7FF;
    private const int StatxSizeOffset = 40;
    private const int StatxChangedOffset = 96;
    private const int StatxModifiedOffset = 112;
    private const uint StatxType = 1;
    private const int StatxSize = 256;
    private const uint StatxInode = 0x100;
    private const int StatxModeOffset = 28;
    private const int StatxInodeOffset = 32;
    private const int StatxDeviceMajorOffset = 136;
    private const int StatxDeviceMinorOffset = 140;
    private const int FileTypeMask = 0xF000;
    private const int RegularFileType = 0x8000;
    private const int ErrorAccessDenied = 13;

    private static int OpenFile(string path, int flags) => Open(NativePath(path), flags);

    private static int Statx(int folder, string path, int flags, uint mask, byte[] status) =>
        Statx(folder, NativePath(path), flags, mask, status);

    // Paths go to the system as UTF-8 ending in a zero byte, as .NET's own calls pass them.
    private static byte[] NativePath(string path) => [.. System.Text.Encoding.UTF8.GetBytes(path), 0];

    // Arrays of bytes are passed as they are, pinned for the call: the status is written straight into its array.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open(byte[] path, int flags);

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int folder, byte[] path, int flags, uint mask, [Out] byte[] status);
}

/// <summary>What <see cref="RegularFile.StatusOf"/> tells of a file.</summary>
/// <param name="Length">In bytes.</param>
/// <param name="ModifiedTicks">The last write time, in UTC ticks: copy tools (cp -p, rsync -a, tar) set it to the original's.</param>
/// <param name="ChangedTicks">The status-change time (ctime), in UTC ticks, which the system sets on every change and
/// no program can set back; <see cref="Unknown"/> where the system does not say.</param>
/// <param name="Inode">With <paramref name="Device"/>, which file this is: 0 where the system does not say.</param>
public readonly record struct FileStatus(long Length, long ModifiedTicks, long ChangedTicks, ulong Inode, ulong Device)
{
    public const long Unknown = -1;
}

/// <summary>A path that names a folder, named pipe, socket or device where a file is expected.</summary>
public sealed class NotARegularFileException(string path, string kind)
    : IOException($"{path} is {kind}, not a regular file")
{
    /// <summary>What is there instead, for a reader: "a named pipe (FIFO)", "a folder", "a character device", …</summary>
    public string Kind { get; } = kind;
}
