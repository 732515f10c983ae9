using System.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Syntax;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace MaliReader.Web.Articles;

/// <summary>Reads one content file: YAML front matter, then a CommonMark body rendered to HTML with raw HTML disabled.</summary>
public static class ContentFileReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .DisableHtml()
        .Build();

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ContentFile Read(string fileName, byte[] bytes)
    {
        string raw;
        try
        {
            raw = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new ContentFileException(fileName, "the file is not UTF-8 text");
        }
        raw = raw.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(raw))
        {
            throw new ContentFileException(fileName, "the file is empty");
        }

        var document = Markdown.Parse(raw, Pipeline);
        var frontMatterBlock = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault()
            ?? throw new ContentFileException(fileName, "the file has no YAML front matter (a block between --- lines at the top)");
        var frontMatter = ParseFrontMatter(fileName, frontMatterBlock.Lines.ToString());
        document.Remove(frontMatterBlock);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return new ContentFile(fileName, SlugFor(fileName), frontMatter, writer.ToString(), raw);
    }

    /// <summary>The slug is the file name without its extension, lower-cased: stable and readable in links.</summary>
    public static string SlugFor(string fileName) => Path.GetFileNameWithoutExtension(fileName).ToLowerInvariant();

    private static FrontMatter ParseFrontMatter(string fileName, string yaml)
    {
        FrontMatter? parsed;
        try
        {
            parsed = Yaml.Deserialize<FrontMatter?>(yaml);
        }
        catch (YamlException e)
        {
            throw new ContentFileException(fileName, $"the front matter is not valid YAML ({e.Start}: {e.InnerException?.Message ?? e.Message})");
        }
        if (parsed is null)
        {
            throw new ContentFileException(fileName, "the front matter is empty");
        }
        var missing = new[] { ("title", parsed.Title), ("source", parsed.Source), ("story", parsed.Story) }
            .Where(field => string.IsNullOrWhiteSpace(field.Item2))
            .Select(field => field.Item1)
            .ToList();
        if (missing.Count > 0)
        {
            throw new ContentFileException(fileName, $"the front matter lacks {string.Join(", ", missing)}");
        }
        return parsed;
    }
}

/// <summary>The front matter fields of a content file; unknown fields are an error so typos are caught.</summary>
public sealed class FrontMatter
{
    public string Title { get; set; } = "";
    public string Source { get; set; } = "";
    public string? Note { get; set; }
    public string? Url { get; set; }
    public string? Published { get; set; }
    public string Story { get; set; } = "";
}

public sealed record ContentFile(string FileName, string Slug, FrontMatter FrontMatter, string BodyHtml, string RawText);

public sealed class ContentFileException(string fileName, string reason)
    : Exception($"{fileName}: {reason}")
{
    public string FileName { get; } = fileName;
    public string Reason { get; } = reason;
}
