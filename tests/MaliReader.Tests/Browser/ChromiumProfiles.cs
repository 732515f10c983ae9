namespace MaliReader.Tests.Browser;

/// <summary>
/// Playwright gives each Chromium it launches a fresh profile folder in the temp folder and can leave
/// it behind. Only the folders of browsers this test process started are removed: other test runs on
/// the same machine may have live browsers using theirs.
/// </summary>
internal static class ChromiumProfiles
{
    private const string Prefix = "playwright_chromiumdev_profile-";
    private const string UserDataDirArg = "--user-data-dir=";

    /// <summary>Profile folders of running Chromium processes descended from this process (Linux /proc).</summary>
    public static IReadOnlyList<string> OfThisProcess()
    {
        if (!Directory.Exists("/proc"))
        {
            return [];
        }

        var profiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pid in RunningProcesses())
        {
            var profile = Arguments(pid)
                .Where(arg => arg.StartsWith(UserDataDirArg, StringComparison.Ordinal))
                .Select(arg => arg[UserDataDirArg.Length..])
                .FirstOrDefault();
            if (profile is not null
                && Path.GetFileName(profile).StartsWith(Prefix, StringComparison.Ordinal)
                && DescendsFromThisProcess(pid))
            {
                profiles.Add(profile);
            }
        }
        return [.. profiles];
    }

    public static void Delete(IEnumerable<string> profiles)
    {
        foreach (var profile in profiles)
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (DirectoryNotFoundException)
            {
                // Playwright removed it itself.
            }
            catch (IOException)
            {
                // A browser process still finishing: the OS cleans its temp folder eventually.
            }
        }
    }

    private static IEnumerable<int> RunningProcesses() =>
        Directory.EnumerateDirectories("/proc")
            .Select(Path.GetFileName)
            .Select(name => int.TryParse(name, out var pid) ? pid : 0)
            .Where(pid => pid > 0);

    private static string[] Arguments(int pid) =>
        ReadProc(pid, "cmdline")?.Split('\0', StringSplitOptions.RemoveEmptyEntries) ?? [];

    private static bool DescendsFromThisProcess(int pid)
    {
        for (var depth = 0; depth < 16 && pid > 1; depth++)
        {
            pid = ParentOf(pid);
            if (pid == Environment.ProcessId)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The 4th field of /proc/PID/stat, read after the command name, which may hold spaces and parentheses.</summary>
    private static int ParentOf(int pid)
    {
        var stat = ReadProc(pid, "stat");
        var fields = stat?[(stat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields is { Length: > 1 } && int.TryParse(fields[1], out var parent) ? parent : 0;
    }

    private static string? ReadProc(int pid, string file)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/{file}");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null; // The process ended, or is not ours to read.
        }
    }
}
