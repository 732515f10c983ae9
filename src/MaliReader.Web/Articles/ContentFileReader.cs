using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace MaliReader.Web.Articles;

/// <summary>
/// Reads one content file: YAML front matter between two <c>---</c> lines, then a plain-text body whose
/// paragraphs are separated by blank lines. Nothing in the body is markup: every character is the author's.
/// </summary>
public static class ContentFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Control characters (Unicode category Cc: C0, DEL and C1) other than tab, the line ends and NEL, which
    /// Unicode counts as a line end: no text editor writes them, a damaged or binary file does.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> ControlCharacters = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\u0085'))]);

    /// <summary>Refuses a text that holds a control character, naming its line and character (counted from 1).</summary>
    /// <param name="where">Put before the line number: empty, or "its sidecar page.yml, " for a file reported under another's name.</param>
    /// <exception cref="ContentFileException">The text holds a control character other than tab and the line ends.</exception>
    public static void RefuseControlCharacters(string fileName, string text, string where = "")
    {
        if (text.AsSpan().IndexOfAny(ControlCharacters) is var control and >= 0)
        {
            var line = text.AsSpan(0, control).Count('\n') + 1;
            var column = control - (text.LastIndexOf('\n', control) + 1) + 1;
            throw new ContentFileException(fileName,
                FormattableString.Invariant($"{where}line {line}, character {column}: the file holds the control character U+{(int)text[control]:X4}, which text never does; it may be damaged or not a text file (remove the character, or save the file again as UTF-8 text)"));
        }
    }

    /// <exception cref="ContentFileException">The file is not UTF-8, holds a control character, is empty, or its front matter is missing or wrong.</exception>
    public static ContentFile Read(string fileName, byte[] bytes)
    {
        string raw;
        try
        {
            raw = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new ContentFileException(fileName, "the file is not UTF-8 text (save it as UTF-8)");
        }
        if (string.IsNullOrWhiteSpace(raw.TrimStart('\uFEFF')))
        {
            throw new ContentFileException(fileName, "the file is empty");
        }

        var text = WithNewLines(raw.TrimStart('\uFEFF'));
        RefuseControlCharacters(fileName, text);
        var lines = Lines(text);
        var opening = lines.FindIndex(line => !text.AsSpan(line).IsWhiteSpace());
        if (!IsFence(text.AsSpan(lines[opening])))
        {
            throw new ContentFileException(fileName,
                $"line {opening + 1}: the file has no front matter; it must begin with a line of three dashes (---), "
                + $"then the fields ({FrontMatterReader.FieldList}), then another --- line");
        }
        var closing = lines.FindIndex(opening + 1, line => IsFence(text.AsSpan(line)));
        if (closing < 0)
        {
            throw new ContentFileException(fileName,
                $"line {opening + 1}: the front matter opened by --- is never closed; add a line of three dashes (---) after its last field");
        }

        var yaml = text[lines[opening + 1].Start.Value..lines[closing].Start.Value];
        var frontMatter = FrontMatterReader.Parse(fileName, yaml, firstLine: opening + 2);
        var body = Blocks(fileName, text, lines, closing + 1);
        return new ContentFile(fileName, SlugFor(fileName), frontMatter, body);
    }

    /// <summary>
    /// The slug is the file name without its extension, lower-cased, with every run of characters
    /// other than letters and digits (and the marks on them) (spaces, dots, '#', '%', …) made one hyphen: stable, readable in
    /// links, and safe as an HTML id and a URL segment. "Upper Case Name.md" is "upper-case-name". Letters
    /// are in <see cref="SlugCase"/>'s form, so a name saved with decomposed accents has the same slug.
    /// </summary>
    /// <exception cref="ContentFileException">The name holds no letter or digit.</exception>
    public static string SlugFor(string fileName) =>
        SlugOf(Path.GetFileNameWithoutExtension(fileName)) ?? throw new ContentFileException(fileName,
            "the file name has no letter or digit to make the article's link from; rename the file");

    /// <summary>
    /// A name made a slug as a file name is (see <see cref="SlugFor"/>), for an address typed as the file is named
    /// ("floods_2024", "Floods 2024") to find the article served as "floods-2024"; null when it holds no letter or digit.
    /// </summary>
    public static string? SlugOf(string name)
    {
        name = SlugCase.Composed(name);
        var slug = new System.Text.StringBuilder(name.Length);
        // By character, not by UTF-16 unit: an ideograph beyond the Basic Multilingual Plane (𠮷) is a letter, though
        // neither half of its surrogate pair is one.
        foreach (var rune in name.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                slug.Append(SlugCase.Lower(rune).ToString());
            }
            // A mark on a letter is part of it: a vowel sign (हिन्दी), a variation selector choosing a name's glyph.
            else if (Words.IsMark(rune) && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append(rune.ToString());
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        var trimmed = slug.ToString().TrimEnd('-');
        return trimmed.Length > 0 ? trimmed : null;
    }

    /// <summary>
    /// Every line end as "\n": Windows's "\r\n" and the "\r" alone of old Mac files end lines too, and
    /// a file must split into the same front matter and paragraphs whichever its editor wrote.
    /// </summary>
    private static string WithNewLines(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    private static bool IsFence(ReadOnlySpan<char> line) => line.TrimEnd() is "---";

    // Where each line is, without a string per line: a file of a million short lines stays cheap to reject.
    private static List<Range> Lines(string text)
    {
        var lines = new List<Range>();
        var start = 0;
        for (var end = text.IndexOf('\n'); end >= 0; end = text.IndexOf('\n', start))
        {
            lines.Add(start..end);
            start = end + 1;
        }
        lines.Add(start..text.Length);
        return lines;
    }

    /// <summary>
    /// The body's paragraphs: runs of lines separated by blank lines, each read as one text with its line
    /// breaks as spaces. Lists, quotes, headings and links are the author's characters, kept as written.
    /// </summary>
    private static List<BodyBlock> Blocks(string fileName, string source, List<Range> lines, int start)
    {
        var blocks = new List<BodyBlock>();
        var text = new StringBuilder();
        var blockLine = 0;
        for (var i = start; i < lines.Count; i++)
        {
            var line = source.AsSpan(lines[i]);
            if (line.IsWhiteSpace())
            {
                Flush();
                continue;
            }
            if (text.Length == 0)
            {
                blockLine = i + 1;
                // Stop reading at once: a file of a million one-letter paragraphs is not an article.
                if (blocks.Count == ArticleReader.MaxParagraphs)
                {
                    throw new ContentFileException(fileName,
                        $"line {blockLine}: the article has more than {ArticleReader.MaxParagraphs} paragraphs, the most one article may have");
                }
            }
            else
            {
                text.Append(' ');
            }
            text.Append(line);
        }
        Flush();
        return blocks;

        void Flush()
        {
            if (text.Length > 0)
            {
                blocks.Add(new BodyBlock(blockLine, text.ToString()));
                text.Clear();
            }
        }
    }
}

/// <summary>
/// Reads front matter fields from YAML with the streaming parser, so that no nesting, however deep,
/// can exhaust the stack: every field is one line of text, and anything else is an error at its line.
/// </summary>
public static class FrontMatterReader
{
    private static readonly string[] Required = ["title", "source", "story"];
    private static readonly string[] Optional = ["note", "url", "published"];

    public static string FieldList => $"{string.Join(", ", Required)}, and optionally {string.Join(", ", Optional)}";

    /// <param name="firstLine">The file's line number of the YAML's first line, so messages point into the file.</param>
    /// <exception cref="ContentFileException">Invalid YAML, an unknown or repeated field, a field that is not text, or a required field missing.</exception>
    public static FrontMatter Parse(string fileName, string yaml, int firstLine)
    {
        var fields = ReadFields(fileName, yaml, firstLine, emptyAllowed: false);
        var missing = Required.Where(name => string.IsNullOrWhiteSpace(fields.GetValueOrDefault(name).Value)).ToList();
        if (missing.Count > 0)
        {
            throw new ContentFileException(fileName, $"the front matter lacks {string.Join(", ", missing)}");
        }
        return ToFrontMatter(fields);
    }

    /// <summary>
    /// Reads a sidecar file (<c>page.yml</c> beside <c>page.html</c>): the same fields, every one optional.
    /// A field left out is empty (or null) in the result: the page's own metadata stands for it.
    /// </summary>
    /// <exception cref="ContentFileException">Invalid YAML, an unknown or repeated field, or a field that is not text.</exception>
    public static FrontMatter ParseOverrides(string fileName, string yaml) =>
        ToFrontMatter(ReadFields(fileName, yaml, firstLine: 1, emptyAllowed: true));

    /// <summary>
    /// Another small YAML file of one-line text fields (a story file), with the front matter's checks and
    /// messages but its own field names; <paramref name="what"/> names the file in messages ("story file").
    /// </summary>
    /// <returns>Each field given, by name; a field given as YAML's null is empty.</returns>
    /// <exception cref="ContentFileException">Invalid YAML, an unknown or repeated field, or a field that is not text.</exception>
    public static IReadOnlyDictionary<string, string> ParseTextFields(string fileName, string yaml, IReadOnlyList<string> allowed, string what) =>
        ReadFields(fileName, yaml, firstLine: 1, emptyAllowed: true, new FieldRules(allowed, string.Join(", ", allowed), what))
            .ToDictionary(field => field.Key, field => field.Value.Value, StringComparer.Ordinal);

    private sealed record FieldRules(IReadOnlyList<string> Allowed, string List, string What);

    private static readonly FieldRules FrontMatterRules = new([.. Required, .. Optional], FieldList, "front matter");

    private static FrontMatter ToFrontMatter(Dictionary<string, (string Value, long Line)> fields)
    {
        string? OptionalField(string name) => fields.TryGetValue(name, out var field) && field.Value.Length > 0 ? field.Value : null;
        return new FrontMatter
        {
            Title = OptionalField("title") ?? "",
            Source = OptionalField("source") ?? "",
            Story = OptionalField("story") ?? "",
            Note = OptionalField("note"),
            Url = OptionalField("url"),
            Published = OptionalField("published"),
        };
    }

    private static Dictionary<string, (string Value, long Line)> ReadFields(string fileName, string yaml, int firstLine, bool emptyAllowed, FieldRules? rules = null)
    {
        rules ??= FrontMatterRules;
        var fields = new Dictionary<string, (string Value, long Line)>(StringComparer.Ordinal);
        try
        {
            var parser = new Parser(new StringReader(yaml));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                if (emptyAllowed)
                {
                    return fields;
                }
                throw new ContentFileException(fileName, $"line {firstLine}: the {rules.What} is empty; it needs {rules.List}");
            }
            parser.Consume<DocumentStart>();
            if (!parser.TryConsume<MappingStart>(out _))
            {
                var line = FileLine(parser.Current?.Start, firstLine);
                throw new ContentFileException(fileName, $"line {line}: the {rules.What} must be fields written as \"name: value\", one per line");
            }
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = parser.Consume<Scalar>();
                var keyLine = FileLine(key.Start, firstLine);
                var name = key.Value;
                if (!rules.Allowed.Contains(name))
                {
                    throw new ContentFileException(fileName,
                        $"line {keyLine}: unknown {rules.What} field \"{name}\"; the fields are {rules.List}");
                }
                if (!parser.TryConsume<Scalar>(out var value))
                {
                    throw new ContentFileException(fileName, $"line {keyLine}: {name} must be one line of text, not a YAML list or group of fields (put text that starts with [, {{, & or * in quotes)");
                }
                if (fields.TryGetValue(name, out var earlier))
                {
                    throw new ContentFileException(fileName, $"line {keyLine}: {name} is given twice (first on line {earlier.Line})");
                }
                fields[name] = (IsNull(value) ? "" : value.Value, keyLine);
            }
        }
        catch (YamlException e)
        {
            var line = FileLine(e.Start, firstLine);
            var why = (e.InnerException?.Message ?? e.Message).Split(": ", 2)[^1];
            throw new ContentFileException(fileName, $"line {line}: the {rules.What} is not valid YAML ({why})");
        }
        return fields;
    }

    // An unquoted "~", "null" or nothing is YAML's null: the field is left empty.
    private static bool IsNull(Scalar value) =>
        value.Style == ScalarStyle.Plain && value.Value is "" or "~" or "null" or "Null" or "NULL";

    private static long FileLine(Mark? mark, int firstLine) => mark is null ? firstLine : firstLine + mark.Value.Line - 1;
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

/// <summary>One paragraph of the body as written, with the file line it starts on (1-based).</summary>
public sealed record BodyBlock(int Line, string Text);

public sealed record ContentFile(string FileName, string Slug, FrontMatter FrontMatter, IReadOnlyList<BodyBlock> Body);

public sealed class ContentFileException(string fileName, string reason)
    : Exception($"{fileName}: {reason}")
{
    public string FileName { get; } = fileName;
    public string Reason { get; } = reason;
}
