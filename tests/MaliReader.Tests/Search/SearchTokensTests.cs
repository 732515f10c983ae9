using MaliReader.Web.Search;

namespace MaliReader.Tests.Search;

public sealed class SearchTokensTests
{
    /// <summary>A token covers its word as written, so a mark on it covers all of it: an abbreviation's last full stop too.</summary>
    [Theory]
    [InlineData("The U.N. mission", "U.N.", "un")]
    [InlineData("at the U.N.", "U.N.", "un")]
    [InlineData("U.S.A. troops", "U.S.A.", "usa")]
    [InlineData("the U.N.'s envoy", "U.N.", "un")]
    [InlineData("U.N", "U.N", "un")]
    [InlineData("e.g. this", "e.g.", "eg")]
    [InlineData("1,200 peacekeepers", "1,200", "1200")]
    [InlineData("Mali. Then", "Mali", "mali")]
    public void Of_FirstToken_CoversTheWordAsWritten(string text, string written, string form)
    {
        var token = SearchTokens.Of(text).First(token => token.Form == form);

        Assert.Equal(written, text[token.Start..token.End]);
    }
}
