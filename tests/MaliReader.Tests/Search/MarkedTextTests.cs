using MaliReader.Web.Search;

namespace MaliReader.Tests.Search;

public sealed class MarkedTextTests
{
    private const string O = "\uE000";
    private const string C = "\uE001";

    [Theory]
    [InlineData($"Military {O}coup{C} in Mali", "Military <mark>coup</mark> in Mali")]
    [InlineData($"<script>alert(1)</script> {O}coup{C}", "&lt;script&gt;alert(1)&lt;/script&gt; <mark>coup</mark>")]
    [InlineData($"{O}<b>{C} & \"x\"", "<mark>&lt;b&gt;</mark> &amp; &quot;x&quot;")]
    [InlineData($"{O}{O}a{C}{C}", "<mark>a</mark>")]
    [InlineData($"{C}a{O}b", "a<mark>b</mark>")]
    [InlineData("Mali’s – “acts”", "Mali’s – “acts”")]
    public void ToHtml_EncodesTheTextThenTurnsMarkersIntoBalancedMarkTags(string marked, string expected)
    {
        Assert.Equal(expected, MarkedText.ToHtml(marked));
    }

    [Fact]
    public void Markers_AreTheCharactersTheServiceAsksFts5For()
    {
        Assert.Equal(O, MarkedText.Open.ToString());
        Assert.Equal(C, MarkedText.Close.ToString());
    }

    [Fact]
    public void Plain_DropsTheMarkers()
    {
        Assert.Equal("a coup", MarkedText.Plain($"a {O}coup{C}"));
    }
}
