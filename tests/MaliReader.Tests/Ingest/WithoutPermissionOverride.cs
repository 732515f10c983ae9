using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace MaliReader.Tests.Ingest;

/// <summary>
/// Runs code on a thread of its own without the capabilities that let root pass over file permissions
/// (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), so that a folder made unreadable by chmod is refused to it as to any other
/// user: the real error, from the system, while the tests run as root. Capabilities belong to each thread on Linux, so
/// the rest of the process keeps them. A user other than root has neither, and the code runs as it is.
/// </summary>
[SupportedOSPlatform("linux")]
public static class WithoutPermissionOverride
{
    public static T Run<T>(Func<T> action)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                DropPermissionOverride();
                result = action();
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        return failure is null ? result : throw new InvalidOperationException("The code run without permission override failed", failure);
    }

    private static void DropPermissionOverride()
    {
        var header = new CapabilityHeader { Version = CapabilityVersion3, Pid = 0 };
        var data = new CapabilityData[2];
        if (CapGet(ref header, data) != 0)
        {
            throw new InvalidOperationException($"capget failed: {Marshal.GetLastPInvokeError()}");
        }
        data[0].Effective &= ~((1u << CapDacOverride) | (1u << CapDacReadSearch));
        if (CapSet(ref header, data) != 0)
        {
            throw new InvalidOperationException($"capset failed: {Marshal.GetLastPInvokeError()}");
        }
    }

    // linux/capability.h: _LINUX_CAPABILITY_VERSION_3 takes two 32-bit data structs; pid 0 is the calling thread.
    private const uint CapabilityVersion3 = 0x20080522;
    private const int CapDacOverride = 1;
    private const int CapDacReadSearch = 2;

    [StructLayout(LayoutKind.Sequential)]
    private struct CapabilityHeader
    {
        public uint Version;
        public int Pid;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct CapabilityData
    {
        public uint Effective;
        public uint Permitted;
        public uint Inheritable;
    }

    [DllImport("libc", EntryPoint = "capget", SetLastError = true)]
    private static extern int CapGet(ref CapabilityHeader header, [In, Out] CapabilityData[] data);

    [DllImport("libc", EntryPoint = "capset", SetLastError = true)]
    private static extern int CapSet(ref CapabilityHeader header, [In] CapabilityData[] data);
}
