namespace MaliReader.Tests.Support;

/// <summary>A throwaway content folder and database, seeded with the tests' own copy of the seed articles.</summary>
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
            foreach (var file in Directory.EnumerateFiles(SeedPath, "*.md"))
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

    /// <summary>
    /// The seed articles as the tests know them (Fixtures/seed, copied beside the test binaries): articles
    /// added to the repository's content/ never change what the tests expect.
    /// </summary>
    public static string SeedPath { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "seed");

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
