using System.Globalization;
using System.Text;
using AngleSharp.Dom;

namespace MaliReader.Web.Articles.WebPages;

/// <summary>
/// The numbers a browser sets before the items of an ordered list (&lt;ol&gt;), which the page's text does not hold:
/// "1.", "2.", counted from start= (down, when reversed), an item's value= restarting the count, in the style type=
/// gives ("a.", "iv."). A list the page styles inline with list-style none shows no numbers.
/// </summary>
public static class ListNumbers
{
    /// <summary>The number shown before each item of <paramref name="list"/> (an ol) that shows one: its own li children.</summary>
    public static Dictionary<IElement, string> Of(IElement list)
    {
        var numbers = new Dictionary<IElement, string>();
        if (ShowsNoMarker(list))
        {
            return numbers;
        }
        var items = list.Children.Where(child => child.LocalName == "li").ToList();
        var reversed = list.HasAttribute("reversed");
        var step = reversed ? -1 : 1;
        // Before the first item: what the first counts on from.
        var ordinal = (IntegerOf(list, "start") ?? (reversed ? items.Count : 1)) - step;
        var type = list.GetAttribute("type");
        foreach (var item in items)
        {
            ordinal = IntegerOf(item, "value") ?? ordinal + step;
            if (!ShowsNoMarker(item))
            {
                numbers[item] = $"{Written(ordinal, type)}.";
            }
        }
        return numbers;
    }

    private static bool ShowsNoMarker(IElement element)
    {
        var style = element.GetAttribute("style")?.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return style is not null && (style.Contains("list-style:none", StringComparison.Ordinal) || style.Contains("list-style-type:none", StringComparison.Ordinal));
    }

    private static int? IntegerOf(IElement element, string attribute) =>
        int.TryParse(element.GetAttribute(attribute)?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    // Letters and Roman numerals as CSS writes them: beyond their range (zero or below, or Roman past 3999), a decimal number.
    private static string Written(int ordinal, string? type) => type switch
    {
        "a" when ordinal > 0 => Letters(ordinal),
        "A" when ordinal > 0 => Letters(ordinal).ToUpperInvariant(),
        "i" when ordinal is > 0 and < 4000 => Roman(ordinal).ToLowerInvariant(),
        "I" when ordinal is > 0 and < 4000 => Roman(ordinal),
        _ => ordinal.ToString(CultureInfo.InvariantCulture),
    };

    // a, b, ... z, aa, ab, ...
    private static string Letters(int ordinal)
    {
        var letters = new StringBuilder();
        for (var rest = ordinal; rest > 0; rest = (rest - 1) / 26)
        {
            letters.Insert(0, (char)('a' + ((rest - 1) % 26)));
        }
        return letters.ToString();
    }

    private static readonly (int Value, string Numeral)[] RomanNumerals =
    [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];

    private static string Roman(int ordinal)
    {
        var roman = new StringBuilder();
        var rest = ordinal;
        foreach (var (value, numeral) in RomanNumerals)
        {
            for (; rest >= value; rest -= value)
            {
                roman.Append(numeral);
            }
        }
        return roman.ToString();
    }
}
