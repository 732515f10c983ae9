using MaliReader.Web.Articles;
using MaliReader.Web.ReadModel;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace MaliReader.Web.Ingest;

/// <summary>
/// Reads a story file, <c>content/&lt;story-key&gt;.story.yml</c>, which gives a story its own heading and
/// date rather than one outlet's headline:
/// <code>
/// title: "Mali accuses France at the UN Security Council"
/// published: "2022-08-17"
/// </code>
/// </summary>
public static class StoryFileReader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static string StoryKeyOf(string fileName)
    {
        var name = fileName[(fileName.LastIndexOf('/') + 1)..];
        return name[..^ContentFolder.StoryFileSuffix.Length];
    }

    /// <exception cref="ContentFileException">The file is not a story file with a title.</exception>
    public static StoryInfo Read(string fileName, string text)
    {
        StoryFileFields? fields;
        try
        {
            fields = Yaml.Deserialize<StoryFileFields?>(text);
        }
        catch (YamlException e)
        {
            var reason = e.InnerException?.Message ?? e.Message;
            throw new ContentFileException(fileName, $"line {e.Start.Line}: the story file is not valid YAML ({reason}); it may hold title and published");
        }
        if (fields is null || string.IsNullOrWhiteSpace(fields.Title))
        {
            throw new ContentFileException(fileName, "the story file has no title");
        }
        return new StoryInfo(fields.Title.Trim(), string.IsNullOrWhiteSpace(fields.Published) ? null : fields.Published.Trim());
    }

    private sealed class StoryFileFields
    {
        public string Title { get; set; } = "";
        public string? Published { get; set; }
    }
}
