using MaliReader.Web.Articles;

namespace MaliReader.Tests.BreakIt6;

// Found by hostile testing: a file name's ideographs beyond the Basic Multilingual Plane (𠮷, U+20BB7) are dropped from
// its slug, as each half of the surrogate pair is no letter by itself; two articles whose names differ only in such an
// ideograph then claim one slug, and the second is refused. A name of such ideographs alone has no slug at all.
public sealed class SupplementaryIdeographSlugTests
{
    [Theory]
    [InlineData("𠮷野家.md", "𪚲野家.md")]
    [InlineData("𠮷野家.md", "𡈽野家.md")]
    public void NamesThatDifferInAnIdeographBeyondTheBasicPlane_HaveTwoSlugs(string one, string other) =>
        Assert.NotEqual(ContentFileReader.SlugFor(one), ContentFileReader.SlugFor(other));

    [Fact]
    public void TheSlugKeepsTheIdeographBeyondTheBasicPlane() =>
        Assert.Equal("𠮷野家", ContentFileReader.SlugFor("𠮷野家.md"));
}
