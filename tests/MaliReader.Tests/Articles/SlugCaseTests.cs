using MaliReader.Web.Articles;

namespace MaliReader.Tests.Articles;

public sealed class SlugCaseTests
{
    [Theory]
    [InlineData("DUP-1", "dup-1")]
    [InlineData("\u00c9T\u00c9-1", "\u00e9t\u00e9-1")]
    [InlineData("E\u0301TE\u0301-1", "\u00e9t\u00e9-1")]
    [InlineData("e\u0301te\u0301-1", "\u00e9t\u00e9-1")]
    [InlineData("STRA\u1e9eE", "stra\u00dfe")]
    // "SS" is not "ß": two spellings, two names.
    [InlineData("STRASSE", "strasse")]
    [InlineData("\u0130ZM\u0130R", "izmir")]
    [InlineData("IZMIR", "izmir")]
    [InlineData("\u0131", "\u0131")]
    [InlineData("\u0391\u0398\u0397\u039d\u0391", "\u03b1\u03b8\u03b7\u03bd\u03b1")]
    // A lone surrogate cannot be normalised: it is left as it is rather than failing the request.
    [InlineData("A\ud800", "a\ud800")]
    public void Of_ComposesAndLowers(string typed, string expected) =>
        Assert.Equal(expected, SlugCase.Of(typed));
}
