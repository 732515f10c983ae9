using MaliReader.Web.Permalinks;

namespace MaliReader.Tests.Permalinks;

public sealed class PreviewTextTests
{
    [Theory]
    [InlineData("Mali wrote to the council.", 30, "Mali wrote to the council.")]
    [InlineData("Mali wrote to the council.", 26, "Mali wrote to the council.")]
    // Cut at the last word boundary within the limit, dropping the comma left dangling.
    [InlineData("Mali wrote to the council, accusing France.", 30, "Mali wrote to the council…")]
    [InlineData("Mali wrote to the council, accusing France.", 20, "Mali wrote to the…")]
    // No space in the second half: cut mid-word rather than keep only a few characters.
    [InlineData("Mali https://example.org/a-very-long-address-without-spaces", 20, "Mali https://example…")]
    // A character outside the basic plane is never split in half.
    [InlineData("abcdefghi😀jklmnopqrst", 10, "abcdefghi…")]
    public void Shorten_CutsLongTextAtAWordBoundary(string text, int maxLength, string expected)
    {
        Assert.Equal(expected, PreviewText.Shorten(text, maxLength));
    }
}
