using MaliReader.Web.Articles;
using MaliReader.Web.ReadModel;

namespace MaliReader.Web.Ingest;

/// <summary>
/// Reads a story file, <c>content/&lt;story-key&gt;.story.yml</c> (or <c>.story.yaml</c>), which gives a story its own heading and
/// date rather than one outlet's headline:
/// <code>
/// title: "Mali accuses France at the UN Security Council"
/// published: "2022-08-17"
/// </code>
/// </summary>
public static class StoryFileReader
{
    private static readonly string[] Fields = ["title", "published"];

    /// <summary>The story key a story file names: "quake" for "quake.story.yml", "stories/quake.STORY.YAML".</summary>
    public static string StoryKeyOf(string fileName)
    {
        var name = fileName[(fileName.LastIndexOf('/') + 1)..];
        var suffix = ContentFolder.StoryFileSuffixes.First(suffix => name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));
        return name[..^suffix.Length];
    }

    /// <exception cref="ContentFileException">The file is not a story file with a title; the reason names the line.</exception>
    public static StoryInfo Read(string fileName, string text)
    {
        // Its title and date are shown to readers as an article's are, so the same damage is refused.
        ContentFileReader.RefuseControlCharacters(fileName, text);
        var fields = FrontMatterReader.ParseTextFields(fileName, text, Fields, "story file");
        if (string.IsNullOrWhiteSpace(fields.GetValueOrDefault("title")))
        {
            throw new ContentFileException(fileName, "the story file has no title; it may hold title and published");
        }
        var published = fields.GetValueOrDefault("published");
        return new StoryInfo(fields["title"].Trim(), string.IsNullOrWhiteSpace(published) ? null : published.Trim());
    }
}
