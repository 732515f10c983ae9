using MaliReader.Web.Articles;

namespace MaliReader.Tests.Articles;

/// <summary>
/// A file name's ideographs beyond the Basic Multilingual Plane (𠮷, U+20BB7) are kept in its slug, so two names
/// that differ only in such an ideograph are two articles, not one slug claimed twice.
/// </summary>
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
