namespace MaliReader.Tests.Support;

/// <summary>A throwaway content folder and database, seeded with the repository's own articles.</summary>
public sealed class TestContent : IDisposable
{
    public TestContent(bool withSeedArticles = true)
    {
        Root = Directory.CreateTempSubdirectory("malireader-test-").FullName;
        ContentPath = Path.Combine(Root, "content");
        DatabasePath = Path.Combine(Root, "data", "test.db");
        Directory.CreateDirectory(ContentPath);
        if (withSeedArticles)
        {
            foreach (var file in Directory.EnumerateFiles(RepositoryContentPath, "*.md"))
            {
                File.Copy(file, Path.Combine(ContentPath, Path.GetFileName(file)));
            }
        }
    }

    public string Root { get; }

    public string ContentPath { get; }

    public string DatabasePath { get; }

    public const string RtSlug = "mali-france-rt";
    public const string TranslationSlug = "mali-france-translation";
    public const string Story = "mali-france-un-letter";

    /// <summary>The repository's content/ folder, found by walking up from the test binaries.</summary>
    public static string RepositoryContentPath { get; } = FindRepositoryContent();

    public string FilePath(string fileName) => Path.Combine(ContentPath, fileName);

    public string Read(string fileName) => File.ReadAllText(FilePath(fileName));

    public void Write(string fileName, string text) => File.WriteAllText(FilePath(fileName), text);

    public static string Article(string title, string source, string story, params string[] paragraphs) =>
        $"""
        ---
        title: "{title}"
        source: "{source}"
        story: "{story}"
        ---

        {string.Join("\n\n", paragraphs)}
        """;

    private static string FindRepositoryContent()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MaliReader.sln")))
            {
                return Path.Combine(dir.FullName, "content");
            }
        }
        throw new InvalidOperationException("MaliReader.sln not found above the test binaries");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a stopping host: the temp folder is cleaned by the OS.
        }
    }
}
