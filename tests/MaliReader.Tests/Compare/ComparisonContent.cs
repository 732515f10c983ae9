using MaliReader.Tests.Support;

namespace MaliReader.Tests.Compare;

/// <summary>
/// The seed story with a story file of its own, beside a made-up story told three ways: the daily
/// tells the injured first, changes the harbour master's name and two numbers, splits the warehouse
/// paragraph in two and adds a strike; the radio is short.
/// </summary>
public static class ComparisonContent
{
    public const string HarbourStory = "harbour-fire";
    public const string StoryTitle = "Test title: a letter to the Security Council";
    public const string StoryDate = "test date 17 August";
    public const string WireDate = "4 March";
    public const string WireUrl = "https://example.org/wire/harbour-fire";

    public static TestContent Create()
    {
        var content = new TestContent();
        content.Write($"{TestContent.Story}.story.yml", $"title: \"{StoryTitle}\"\npublished: \"{StoryDate}\"\n");
        content.Write("harbour-wire.md", Account("Harbour Wire", $"published: \"{WireDate}\"\nurl: \"{WireUrl}\"\n",
            "A fire broke out on Tuesday night in a grain warehouse at the port of Selmora, and firefighters needed 9 hours to bring it under control, the harbour master Ilse Brandvold said.",
            "The warehouse, opened in 1987, stored about 4,000 tonnes of wheat bound for export; its owners said most of the grain was lost.",
            "Two dock workers were treated for smoke inhalation at the Selmora city clinic and released the same night."));
        content.Write("harbour-daily.md", Account("Harbour Daily", "",
            "Two dock workers needed treatment for smoke inhalation at the city clinic in Selmora and were released that night.",
            "Firefighters fought for 11 hours to control a fire that broke out on Tuesday night in a grain warehouse at the port of Selmora, according to the harbour master Ilse Brandvoll.",
            "The warehouse was opened in 1987.",
            "It stored about 6,000 tonnes of wheat bound for export, and its owners said most of the grain was lost.",
            "Dock unions called a strike for Friday to demand new fire safety rules at every berth."));
        content.Write("harbour-radio.md", Account("Harbour Radio", "",
            "A grain warehouse at the port of Selmora burned for 9 hours on Tuesday night before firefighters brought the fire under control."));
        return content;
    }

    private static string Account(string source, string extraFields, params string[] paragraphs) =>
        $"""
        ---
        title: "{source} on the warehouse fire"
        source: "{source}"
        story: "{HarbourStory}"
        {extraFields}---

        {string.Join("\n\n", paragraphs)}
        """;
}
