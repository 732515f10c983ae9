using MaliReader.Web.Articles;
using MaliReader.Web.Articles.WebPages;
using MaliReader.Web.ReadModel;
using System.IO.Enumeration;
using MaliReader.Web.Storage;

namespace MaliReader.Web.Ingest;

/// <summary>
/// The files of the content folder that ingest reads: articles and story files, in sub-folders too.
/// Names are relative to the folder, with '/' separators, so they read the same on every system.
/// </summary>
public static class ContentFolder
{
    /// <summary>Extensions of files read as articles.</summary>
    public static readonly string[] ArticleExtensions = [".md", ".html", ".htm"];

    /// <summary>A story file holds a story's own title and date: <c>&lt;story-key&gt;.story.yml</c>.</summary>
    public const string StoryFileSuffix = ".story.yml";

    private static readonly EnumerationOptions Walk = new()
    {
        RecurseSubdirectories = true,
        // content/<story>/<file> is as deep as the layout goes; a deeper tree is not walked for ever.
        MaxRecursionDepth = 4,
        IgnoreInaccessible = true,
        // Symbolic links are not followed: one could lead outside the content folder or round in a loop.
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
    };

    public static List<ContentFileInfo> Scan(string contentPath)
    {
        var root = new DirectoryInfo(contentPath);
        return [.. root.EnumerateFiles("*", Walk)
            // Editors' lock, swap and backup files (".#a.md", ".a.md.swp", "a.md~") are not content.
            .Where(file => !file.Name.StartsWith('.') && IsContentName(file.Name))
            .Select(file => StampOf(file) is { } stamp
                ? new ContentFileInfo(Path.GetRelativePath(root.FullName, file.FullName).Replace(Path.DirectorySeparatorChar, '/'), file.FullName, stamp)
                : null)
            .OfType<ContentFileInfo>()
            .OrderBy(file => file.Name, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Null for a file listed but not there by its name: gone since the listing, or named in bytes that are not UTF-8 (a
    /// Latin-1 "café.md" from an old archive), which .NET lists with U+FFFD in place of each such byte and so cannot
    /// open. The second is named by <see cref="NotRead"/>.
    /// </summary>
    private static FileStamp? StampOf(FileInfo file)
    {
        try
        {
            return new FileStamp(file.Length, file.LastWriteTimeUtc.Ticks);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static bool HasUndecodableName(string fileName, string fullPath) => fileName.Contains('\uFFFD') && !Path.Exists(fullPath);

    /// <summary>
    /// Entries named like content that are not read: symbolic links (never followed, wherever they lead: a file
    /// outside the folder, a device such as /dev/zero, nowhere, or round in a loop) and folders named like an
    /// article. Each is told by name, so that an author sees why it is not on the site.
    /// </summary>
    public static List<ContentWarning> NotRead(string contentPath)
    {
        var root = new DirectoryInfo(contentPath);
        var entries = new FileSystemEnumerable<ContentWarning?>(root.FullName, (ref entry) =>
            {
                var name = Path.GetRelativePath(root.FullName, entry.ToFullPath()).Replace(Path.DirectorySeparatorChar, '/');
                if (HasUndecodableName(entry.FileName.ToString(), entry.ToFullPath()))
                {
                    return new ContentWarning(name, "its name is not valid UTF-8 (each byte that is not shows as �), so it cannot be opened: rename it");
                }
                if ((entry.Attributes & FileAttributes.ReparsePoint) != 0)
                {
                    return new ContentWarning(name, "it is a symbolic link, and links are not followed (one could lead outside the content folder): put the file itself here");
                }
                return entry.IsDirectory && IsArticle(entry.FileName.ToString())
                    ? new ContentWarning(name, "it is a folder, not a file, so it is not read as an article (files in it are read as in any sub-folder)")
                    : null;
            }, new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = Walk.MaxRecursionDepth, IgnoreInaccessible = true,
                AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
        {
            ShouldIncludePredicate = (ref entry) => !entry.FileName.StartsWith(".")
                && ((entry.Attributes & FileAttributes.ReparsePoint) != 0 || entry.IsDirectory
                    || HasUndecodableName(entry.FileName.ToString(), entry.ToFullPath()))
                && IsContentName(entry.FileName.ToString()),
            // A linked folder is not walked into, as Scan does not walk into it.
            ShouldRecursePredicate = (ref entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        return [.. entries.OfType<ContentWarning>().OrderBy(warning => warning.FileName, StringComparer.Ordinal)];
    }

    private static bool IsContentName(string name) => IsArticle(name) || IsStoryFile(name) || IsSidecar(name);

    public static bool IsArticle(string name) =>
        ArticleExtensions.Any(extension => name.EndsWith(extension, StringComparison.OrdinalIgnoreCase));

    public static bool IsStoryFile(string name) => name.EndsWith(StoryFileSuffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>A saved page's metadata overrides, beside it: <c>page.yml</c> for <c>page.html</c>.</summary>
    public static bool IsSidecar(string name) => name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) && !IsStoryFile(name);

    /// <summary>
    /// Files that are read for nothing: a sidecar with no saved page beside it under the name it overrides
    /// (a page deleted or renamed, or a typo), a story file naming a story that no article belongs to, and
    /// one whose story another story file already describes under a key in other casing (the first key in
    /// ordinal order describes it, as <see cref="ContentSnapshot"/> reads them).
    /// Nothing is lost, so these are warnings, not errors; but the author meant them to count.
    /// </summary>
    /// <param name="stories">The stories the articles served belong to, as keys in <see cref="SlugCase"/>'s form (a story file names its story in any casing).</param>
    public static List<ContentWarning> Orphans(IEnumerable<ContentFileInfo> files, IReadOnlySet<string> stories)
    {
        var list = files.ToList();
        // Paired exactly as ingest pairs them, so that a sidecar reported here is one that is never read.
        var pageSidecars = list.Where(file => IsArticle(file.Name) && WebPageReader.IsWebPage(file.Name))
            .Select(file => WebPageArticle.SidecarName(file.Name))
            .ToHashSet(StringComparer.Ordinal);
        var describing = list.Where(file => IsStoryFile(file.Name))
            .Select(file => StoryFileReader.StoryKeyOf(file.Name))
            .GroupBy(SlugCase.Of, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Min(StringComparer.Ordinal)!, StringComparer.Ordinal);
        var warnings = new List<ContentWarning>();
        foreach (var file in list)
        {
            if (IsSidecar(file.Name) && !pageSidecars.Contains(file.Name))
            {
                var page = file.Name[..^".yml".Length];
                warnings.Add(new ContentWarning(file.Name,
                    $"no saved page {page}.html or {page}.htm stands beside this sidecar, so its fields override nothing"));
            }
            else if (IsStoryFile(file.Name) && StoryFileReader.StoryKeyOf(file.Name) is var key && !stories.Contains(SlugCase.Of(key)))
            {
                warnings.Add(new ContentWarning(file.Name,
                    $"no article belongs to the story \"{key}\" that this story file names (an article's story field must read {key})"));
            }
            else if (IsStoryFile(file.Name) && StoryFileReader.StoryKeyOf(file.Name) is var named && describing[SlugCase.Of(named)] is var first
                && first != named)
            {
                warnings.Add(new ContentWarning(file.Name,
                    $"the story file of \"{first}\" already describes this story (story keys are the same in any casing), so this one is read for nothing"));
            }
        }
        return warnings;
    }
}

/// <param name="Name">Relative to the content folder, '/'-separated: "mali-france-rt.md", "some-story/page.md".</param>
/// <param name="Sidecar">A saved page's sidecar file, read with it; null otherwise.</param>
public sealed record ContentFileInfo(string Name, string FullPath, FileStamp Stamp, ContentFileInfo? Sidecar = null)
{
    public long Length => Stamp.Length;
}
