using MaliReader.Web.Articles;
using MaliReader.Web.Articles.WebPages;
using System.IO.Enumeration;
using MaliReader.Web.Hosting;
using MaliReader.Web.ReadModel;
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

    /// <summary>YAML's two standard extensions, either of which a saved page's sidecar and a story file may have.</summary>
    public static readonly string[] YamlExtensions = [".yml", ".yaml"];

    /// <summary>
    /// A story file holds a story's own title and date: <c>&lt;story-key&gt;.story.yml</c>, or
    /// <c>&lt;story-key&gt;.story.yaml</c>.
    /// </summary>
    public static readonly string[] StoryFileSuffixes = [".story.yml", ".story.yaml"];

    /// <summary>
    /// How many folders down files are read. The layout needs one (content/&lt;story&gt;/&lt;file&gt;), an archive by
    /// place and date five (region/country/year/month/day); a tree deeper still is not walked for ever, and each folder
    /// left out is named on /status.
    /// </summary>
    public const int MaxDepth = 8;

    // One folder's entries. Hidden and system entries are left out by ListFolder itself (see there).
    private static readonly EnumerationOptions OneFolder = new()
    {
        RecurseSubdirectories = false,
        // A folder the app may not open is not passed over in silence: its articles keep their last good versions.
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
    };

    // What .NET gives as the attributes of an entry it cannot ask the system about.
    private const FileAttributes UnknownAttributes = (FileAttributes)(-1);

    /// <summary>
    /// Walks the folder once: the files ingest reads, the entries named like content that it does not read, and the
    /// folders it could not open. Sub-folders are walked <see cref="MaxDepth"/> deep; symbolic links are never followed.
    /// </summary>
    public static ContentListing Walk(string contentPath) => Walk(contentPath, ListFolder);

    /// <param name="listFolder">Lists one folder's entries (not its sub-folders'). Throws
    /// <see cref="UnauthorizedAccessException"/> for a folder the app may not open, <see cref="IOException"/> for one it
    /// cannot list otherwise; <see cref="DirectoryNotFoundException"/> for one gone since it was seen.</param>
    public static ContentListing Walk(string contentPath, Func<string, List<FolderEntry>> listFolder)
    {
        var root = new DirectoryInfo(contentPath).FullName;
        var files = new List<ContentFileInfo>();
        var notRead = new List<ContentWarning>();
        var closed = new List<ClosedFolder>();
        var pending = new Queue<(string FullPath, string Name, int DepthLeft)>();
        pending.Enqueue((root, "", MaxDepth));
        while (pending.TryDequeue(out var folder))
        {
            var found = new FolderFindings();
            try
            {
                foreach (var entry in listFolder(folder.FullPath))
                {
                    Take(entry, folder, found);
                }
            }
            catch (DirectoryNotFoundException)
            {
                // Gone since its parent was listed: as if it had not been there.
                continue;
            }
            catch (UnauthorizedAccessException)
            {
                closed.Add(new ClosedFolder(folder.Name, "the app may not open it: permission denied"));
                continue;
            }
            catch (IOException)
            {
                closed.Add(new ClosedFolder(folder.Name, "the app could not list it"));
                continue;
            }
            // A folder is taken whole or not at all: one that fails part-way keeps what was read from it before.
            files.AddRange(found.Files);
            notRead.AddRange(found.NotRead);
            foreach (var subfolder in found.Subfolders)
            {
                pending.Enqueue(subfolder);
            }
        }
        return new ContentListing(
            [.. files.OrderBy(file => file.Name, StringComparer.Ordinal)],
            [.. notRead.OrderBy(warning => warning.FileName, StringComparer.Ordinal)],
            [.. closed.OrderBy(folder => folder.Name, StringComparer.Ordinal)]);
    }

    private sealed class FolderFindings
    {
        public List<ContentFileInfo> Files { get; } = [];

        public List<ContentWarning> NotRead { get; } = [];

        public List<(string FullPath, string Name, int DepthLeft)> Subfolders { get; } = [];
    }

    /// <exception cref="UnauthorizedAccessException">The folder can be listed but not searched: its files' sizes cannot be known.</exception>
    private static void Take(FolderEntry entry, (string FullPath, string Name, int DepthLeft) folder, FolderFindings found)
    {
        var name = folder.Name.Length == 0 ? entry.FileName : folder.Name + "/" + entry.FileName;
        // A linked folder is not walked into, as a linked file is not read.
        if (entry.IsDirectory && !entry.IsLink && folder.DepthLeft > 0)
        {
            found.Subfolders.Add((entry.FullPath, name, folder.DepthLeft - 1));
        }
        else if (entry.IsDirectory && !entry.IsLink && !entry.FileName.StartsWith('.'))
        {
            found.NotRead.Add(new ContentWarning(name + "/",
                $"it is more than {MaxDepth} folders down, and folders that deep are not read: move what it holds nearer the top"));
        }
        else if (entry.IsDirectory && entry.IsLink && !entry.FileName.StartsWith('.'))
        {
            // Named whatever its name: an archive is often added by a link to its folder.
            found.NotRead.Add(new ContentWarning(name + "/",
                "it is a symbolic link to a folder, and links are not followed (one could lead outside the content folder or round in a loop): put the folder itself here"));
            return;
        }
        // Editors' lock, swap and backup files (".#a.md", ".a.md.swp", "a.md~") are not content.
        if (entry.FileName.StartsWith('.') || !IsContentName(entry.FileName))
        {
            return;
        }
        if (HasUndecodableName(entry.FileName, entry.FullPath))
        {
            found.NotRead.Add(new ContentWarning(name, "its name is not valid UTF-8 (each byte that is not shows as �), so it cannot be opened: rename it"));
        }
        else if (entry.IsLink)
        {
            found.NotRead.Add(new ContentWarning(name, "it is a symbolic link, and links are not followed (one could lead outside the content folder): put the file itself here"));
        }
        else if (entry.IsDirectory)
        {
            if (IsArticle(entry.FileName))
            {
                found.NotRead.Add(new ContentWarning(name, "it is a folder, not a file, so it is not read as an article (files in it are read as in any sub-folder)"));
            }
        }
        // Null for a file gone since the listing.
        else if (RegularFile.StatusOf(entry.FullPath) is { } status)
        {
            found.Files.Add(new ContentFileInfo(name, entry.FullPath, new FileStamp(status.Length, status.ModifiedTicks, status.ChangedTicks,
                unchecked((long)status.Inode))));
        }
    }

    /// <summary>One folder's entries, hidden and system entries left out.</summary>
    /// <exception cref="UnauthorizedAccessException">The app may not open the folder.</exception>
    /// <exception cref="IOException">It cannot be listed otherwise (<see cref="DirectoryNotFoundException"/>: it is not there).</exception>
    public static List<FolderEntry> ListFolder(string path) =>
        [.. new FileSystemEnumerable<FolderEntry>(path, (ref entry) => new FolderEntry(entry.FileName.ToString(), entry.ToFullPath(),
            entry.IsDirectory, entry.Attributes != UnknownAttributes && (entry.Attributes & FileAttributes.ReparsePoint) != 0), OneFolder)
        {
            // An entry whose status cannot be asked (its folder may be listed but not searched) has every attribute bit
            // set, so .NET's own AttributesToSkip would pass it over in silence; it is kept, and reading it says why.
            ShouldIncludePredicate = (ref entry) => entry.Attributes == UnknownAttributes
                ? !entry.FileName.StartsWith(".")
                : (entry.Attributes & (FileAttributes.Hidden | FileAttributes.System)) == 0,
        }];

    /// <summary>
    /// A name listed that is not there by that name: named in bytes that are not UTF-8 (a Latin-1 "café.md" from an old
    /// archive), which .NET lists with U+FFFD in place of each such byte and so cannot open.
    /// </summary>
    private static bool HasUndecodableName(string fileName, string fullPath) => fileName.Contains('\uFFFD') && !Path.Exists(fullPath);

    private static bool IsContentName(string name) => IsArticle(name) || IsStoryFile(name) || IsSidecar(name);

    public static bool IsArticle(string name) =>
        ArticleExtensions.Any(extension => name.EndsWith(extension, StringComparison.OrdinalIgnoreCase));

    public static bool IsStoryFile(string name) =>
        StoryFileSuffixes.Any(suffix => name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));

    /// <summary>A saved page's metadata overrides, beside it: <c>page.yml</c> or <c>page.yaml</c> for <c>page.html</c>.</summary>
    public static bool IsSidecar(string name) =>
        YamlExtensions.Any(extension => name.EndsWith(extension, StringComparison.OrdinalIgnoreCase)) && !IsStoryFile(name);

    /// <summary>
    /// The sidecars among <paramref name="files"/> by the name a page pairs with (<see cref="WebPageArticle.SidecarName"/>:
    /// "page.YML" and "page.yaml" are found as "page.yml"), and which of them is read (<see cref="YamlFileChoice"/>).
    /// </summary>
    public static Dictionary<string, YamlFileChoice> SidecarsByPairingName(IEnumerable<ContentFileInfo> files) =>
        files.Where(file => IsSidecar(file.Name))
            .GroupBy(file => WebPageArticle.SidecarName(file.Name), StringComparer.Ordinal)
            .ToDictionary(group => group.Key,
                group => YamlFileChoice.Of(group, name => Path.GetExtension(name) is ".yml" or ".yaml"), StringComparer.Ordinal);

    /// <summary>
    /// The story files among <paramref name="files"/> by the story key they name exactly ("quake.story.yml",
    /// "quake.STORY.YAML" and "other/quake.story.yml" all name "quake"), and which of them is read
    /// (<see cref="YamlFileChoice"/>). Keys that differ in case are told apart here; <see cref="Orphans"/> reports them.
    /// </summary>
    public static Dictionary<string, YamlFileChoice> StoryFilesByKey(IEnumerable<ContentFileInfo> files) =>
        files.Where(file => IsStoryFile(file.Name))
            .GroupBy(file => StoryFileReader.StoryKeyOf(file.Name), StringComparer.Ordinal)
            .ToDictionary(group => group.Key,
                group => YamlFileChoice.Of(group, name => StoryFileSuffixes.Any(suffix => name.EndsWith(suffix, StringComparison.Ordinal))),
                StringComparer.Ordinal);

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
        var sidecars = SidecarsByPairingName(list);
        var storyFiles = StoryFilesByKey(list);
        var describing = list.Where(file => IsStoryFile(file.Name))
            .Select(file => StoryFileReader.StoryKeyOf(file.Name))
            .GroupBy(SlugCase.Of, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Min(StringComparer.Ordinal)!, StringComparer.Ordinal);
        var warnings = new List<ContentWarning>();
        foreach (var file in list)
        {
            if (IsSidecar(file.Name) && !pageSidecars.Contains(WebPageArticle.SidecarName(file.Name)))
            {
                var page = file.Name[..^Path.GetExtension(file.Name).Length];
                warnings.Add(new ContentWarning(file.Name,
                    $"no saved page {page}.html or {page}.htm stands beside this sidecar, so its fields override nothing"));
            }
            // Sidecars under both extensions are not read for nothing but in error: their page is refused, naming them.
            else if (IsSidecar(file.Name) && sidecars[WebPageArticle.SidecarName(file.Name)].Read is { } read && read != file)
            {
                warnings.Add(new ContentWarning(file.Name,
                    $"the sidecar {read.Name} already overrides the same page (extensions are matched in any case), so this one is read for nothing"));
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
            // Story files under both extensions are in error, as sidecars are (ContentIngest reads neither).
            else if (IsStoryFile(file.Name) && storyFiles[StoryFileReader.StoryKeyOf(file.Name)].Read is { } describes && describes != file)
            {
                warnings.Add(new ContentWarning(file.Name,
                    $"the story file {describes.Name} already describes this story (a story has one story file, in whichever folder, its extension in any case), so this one is read for nothing"));
            }
        }
        return warnings;
    }
}

/// <param name="Name">Relative to the content folder, '/'-separated: "mali-france-rt.md", "some-story/page.md".</param>
/// <param name="Sidecar">A saved page's sidecar file, read with it; null otherwise.</param>
/// <param name="SidecarsUnderBothExtensions">A saved page's sidecars when they are written under both of YAML's
/// extensions (<see cref="YamlFileChoice"/>): none is read, and the page is refused naming them; null otherwise.</param>
public sealed record ContentFileInfo(string Name, string FullPath, FileStamp Stamp, ContentFileInfo? Sidecar = null,
    IReadOnlyList<ContentFileInfo>? SidecarsUnderBothExtensions = null)
{
    public long Length => Stamp.Length;
}

/// <summary>
/// The YAML files that stand for one thing, a saved page's sidecars or one story's story files, and the one of them that
/// is read. Of files that differ only in their extension's case ("page.yml", "page.YML"), or a story's in different
/// folders, one is read: the one whose extension is spelled in lower case, or else the first in ordinal order; the
/// others are read for nothing (<see cref="ContentFolder.Orphans"/>). Files written under both of YAML's extensions
/// ("page.yml" and "page.yaml") are two versions of the fields with no sign of which the author meant, so none is read
/// and what they are for is in error, keeping its last good version, as it is when its one file cannot be read.
/// </summary>
/// <param name="Files">In ordinal order of their names.</param>
/// <param name="Read">The file read; null when <see cref="Files"/> are under both extensions.</param>
public sealed record YamlFileChoice(IReadOnlyList<ContentFileInfo> Files, ContentFileInfo? Read)
{
    /// <param name="spelledInLowerCase">Whether a name's extension is spelled in lower case.</param>
    public static YamlFileChoice Of(IEnumerable<ContentFileInfo> files, Func<string, bool> spelledInLowerCase)
    {
        List<ContentFileInfo> ordered = [.. files.OrderBy(file => file.Name, StringComparer.Ordinal)];
        var extensions = ordered.Select(file => Path.GetExtension(file.Name).ToLowerInvariant()).Distinct().Count();
        return new YamlFileChoice(ordered,
            extensions > 1 ? null : ordered.FirstOrDefault(file => spelledInLowerCase(file.Name)) ?? ordered[0]);
    }

    /// <summary>Files' names for a message: "page.yaml and page.yml".</summary>
    public static string NamesOf(IReadOnlyList<ContentFileInfo> files) => files.Count == 1 ? files[0].Name
        : string.Join(", ", files.Take(files.Count - 1).Select(file => file.Name)) + " and " + files[^1].Name;
}

/// <summary>One entry of a folder, as <see cref="ContentFolder.Walk(string)"/> sees it.</summary>
/// <param name="IsLink">A symbolic link (to anything: <paramref name="IsDirectory"/> says whether it leads to a folder).</param>
public sealed record FolderEntry(string FileName, string FullPath, bool IsDirectory, bool IsLink);

/// <summary>A folder of the content folder that could not be listed.</summary>
/// <param name="Name">Relative to the content folder, '/'-separated; empty for the content folder itself.</param>
/// <param name="Reason">Why, for a reader of /status.</param>
public sealed record ClosedFolder(string Name, string Reason)
{
    /// <summary>Whether <paramref name="fileName"/> (relative to the content folder) is in this folder or one below it.</summary>
    public bool Holds(string fileName) => Name.Length == 0 || fileName.StartsWith(Name + "/", StringComparison.Ordinal);
}

/// <summary>What one walk of the content folder found.</summary>
/// <param name="Files">The files ingest reads, in ordinal order of their names.</param>
/// <param name="NotRead">Entries named like content that are not read (symbolic links, folders named like articles, names
/// that are not UTF-8), each with why.</param>
/// <param name="Closed">Folders that could not be listed: whatever was read from them before is kept.</param>
public sealed record ContentListing(List<ContentFileInfo> Files, List<ContentWarning> NotRead, List<ClosedFolder> Closed)
{
    /// <summary>
    /// The content folder is not there: nothing can be known of its files, so each keeps its last good version, as in
    /// a folder that cannot be listed. A folder not there is more often one not mounted yet, moved away for a moment or
    /// misnamed in a setting than one deleted with everything in it.
    /// </summary>
    public static ContentListing FolderMissing { get; } = new([], [], []) { HoldsEverything = true };

    private bool HoldsEverything { get; init; }

    /// <summary>Whether <paramref name="fileName"/> may still be there, unseen, in a folder that could not be listed.</summary>
    public bool MayHold(string fileName) => HoldsEverything || Closed.Any(folder => folder.Holds(fileName));
}
