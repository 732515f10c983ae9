namespace MaliReader.Tests.Search;

/// <summary>Input that must never reach FTS5 as syntax, never cause a 500 and never come back as live markup.</summary>
public static class HostileInput
{
    public static TheoryData<string> All => new(
        "\"",
        "AND",
        "NEAR(",
        "*",
        "a OR",
        "title:foo",
        "'; DROP TABLE paragraphs;--",
        "((((((",
        "-",
        "^",
        "<script>alert(1)</script>",
        "\u202EMali",
        "Ma\0li",
        "😀🇲🇱",
        "coup 😀",
        new string('a', 10_000),
        "France armed the groups .",
        "NOT",
        "\"Mali\" NEAR/2 \"France\"",
        "col:",
        "{text}: Mali",
        "\uE000Mali\uE001",
        "\uFFFF\uD800",
        "-\"\"",
        "\"a\"*\"b\"*");
}
