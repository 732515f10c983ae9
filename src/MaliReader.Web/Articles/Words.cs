using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace MaliReader.Web.Articles;

/// <summary>
/// Words as the full-text index sees them: runs of letters and digits (with any combining marks on
/// them); letters include the letter numbers (〇, Ⅻ), which Unicode counts as alphabetic. A character that shows
/// nothing (<see cref="IsInvisible"/>: a soft hyphen, a zero-width space) inside a word is part of it, as the reader
/// sees one word. Everything else separates words and never reaches a query.
/// </summary>
public static class Words
{
    /// <summary>
    /// A character of a script written without spaces between words (Chinese, Japanese kana in full and half width,
    /// Thai, Lao, Khmer, Burmese, Yi, Tangut…): a run of them is many words, not one. Half of a surrogate pair is none:
    /// see the overload for a whole <see cref="Rune"/>, or <see cref="UnspacedLength"/> to read one from a string.
    /// </summary>
    public static bool IsWrittenWithoutSpaces(char c) => !char.IsSurrogate(c) && IsWrittenWithoutSpaces(new Rune(c));

    /// <inheritdoc cref="IsWrittenWithoutSpaces(char)"/>
    /// <remarks>
    /// The source is the Unicode Line Breaking Algorithm (UAX #14, LineBreak.txt): the letters and marks of the classes
    /// SA (words found by a dictionary: Thai, Lao, Myanmar, Khmer, Tai Le, New Tai Lue, Tai Tham, Tai Viet, Ahom), ID,
    /// CJ and NS (a break may fall between any two: ideographs, kana, Bopomofo, Yi, Tangut, Nushu, and their small and
    /// iteration letters), taken by block, so that letters added to those blocks later count too. Left out: the digits
    /// of those scripts (class NU: a number is one word, as 2024 is), the ID forms of scripts written with spaces
    /// (Hangul compatibility and half-width jamo, full-width Latin), and what UAX #14 puts in class AL (Khitan Small
    /// Script, whose characters join into blocks set apart as words are; Kana Extended-B).
    /// </remarks>
    public static bool IsWrittenWithoutSpaces(Rune rune) => rune.Value switch
    {
        >= 0x0E00 and <= 0x0EFF // Thai, Lao
            or >= 0x1000 and <= 0x109F // Myanmar
            or >= 0x1780 and <= 0x17FF // Khmer
            or >= 0x1950 and <= 0x19DF // Tai Le, New Tai Lue
            or >= 0x1A20 and <= 0x1AAF // Tai Tham
            or >= 0x3000 and <= 0x30FF // CJK Symbols and Punctuation (its letters only: 々, 〆, 〇), Hiragana, Katakana
            or >= 0x3100 and <= 0x312F // Bopomofo
            or >= 0x31A0 and <= 0x31BF // Bopomofo Extended
            or >= 0x31F0 and <= 0x31FF // Katakana Phonetic Extensions (small katakana of Ainu)
            or >= 0xA000 and <= 0xA4CF // Yi
            or >= 0xA9E0 and <= 0xA9FF // Myanmar Extended-B
            or >= 0xAA60 and <= 0xAADF // Myanmar Extended-A, Tai Viet
            or >= 0xFF66 and <= 0xFF9F // Half-width katakana with their sound marks (ﾞ, ﾟ)
            or >= 0x11700 and <= 0x1174F // Ahom
            or >= 0x16FE0 and <= 0x16FFF // Ideographic Symbols: the iteration marks of Tangut and Nushu
            or >= 0x17000 and <= 0x18AFF // Tangut, Tangut Components
            or >= 0x18D00 and <= 0x18D7F // Tangut Supplement
            or >= 0x1B000 and <= 0x1B16F // Kana Supplement, Kana Extended-A, Small Kana Extension
            or >= 0x1B170 and <= 0x1B2FF // Nushu
            => Rune.IsLetter(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.LetterNumber || IsMark(rune),
        _ => IsIdeographic(rune),
    };

    /// <summary>
    /// A katakana letter in full or half width (ｶﾀｶﾅ with its sound marks ﾞﾟ), or a small katakana of Ainu (ㇰ), with the
    /// long-vowel and iteration marks (ー, ヽ); not the middle dot (・), which separates the parts of a foreign name.
    /// </summary>
    public static bool IsKatakana(Rune rune) =>
        rune.Value is >= 0x30A0 and <= 0x30FF or >= 0x31F0 and <= 0x31FF or >= 0xFF66 and <= 0xFF9F && Rune.IsLetter(rune);

    /// <summary>
    /// The half-width katakana sound marks (ﾞ, ﾟ: modifier letters, not combining marks) voice the kana before them as the
    /// combining ゙ and ゚ do, and Unicode's compatibility forms fold ｶﾞ into ガ: they belong to that kana.
    /// </summary>
    private static bool IsHalfWidthSoundMark(Rune rune) => rune.Value is 0xFF9E or 0xFF9F;

    /// <summary>
    /// A Chinese character (used in Japanese as kanji) or a letter written among them as one: the CJK ideograph blocks of
    /// the Basic Multilingual Plane, the Supplementary and Tertiary Ideographic Planes (U+20000–U+3FFFF: Extensions
    /// B to I, rare characters of names such as 𠮷), and the letters of the CJK Symbols and Punctuation block,
    /// which stand for an ideograph or a number: iteration marks (人々, 〻), the closing mark 〆, the ideographic zero
    /// 〇, the Hangzhou numerals (〡〢〣). Not kana: the block's kana repeat marks (〱–〵) and the masu mark (〼) stand
    /// for kana syllables, as hiragana endings do.
    /// </summary>
    public static bool IsIdeographic(Rune rune) => rune.Value switch
    {
        >= 0x3031 and <= 0x3035 or 0x303C => false,
        >= 0x3000 and <= 0x303F => IsWordCharacter(rune),
        >= 0x3400 and <= 0x4DBF => true, // CJK Extension A
        >= 0x4E00 and <= 0x9FFF => true, // CJK Unified Ideographs
        >= 0xF900 and <= 0xFAFF => true, // CJK Compatibility Ideographs
        // Both planes are set aside for ideographs; what is not yet assigned there is no letter.
        >= 0x20000 and <= 0x3FFFF => IsWordCharacter(rune),
        _ => false,
    };

    /// <summary>
    /// How many UTF-16 units the character <paramref name="text"/> starts with takes when it is written without spaces:
    /// 1, or 2 for a character beyond the Basic Multilingual Plane (a surrogate pair, never cut); 0 when it is not
    /// such a character, when <paramref name="text"/> is empty, or when it starts with a lone surrogate.
    /// </summary>
    public static int UnspacedLength(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }
        if (!char.IsSurrogate(text[0]))
        {
            return IsWrittenWithoutSpaces(new Rune(text[0])) ? 1 : 0;
        }
        return Rune.DecodeFromUtf16(text, out var rune, out var consumed) == System.Buffers.OperationStatus.Done && IsWrittenWithoutSpaces(rune)
            ? consumed : 0;
    }

    /// <summary>
    /// How many UTF-16 units of combining marks (<see cref="IsMark"/>, and the half-width katakana sound marks ﾞ and ﾟ)
    /// <paramref name="text"/> starts with: what stays with the character before them.
    /// </summary>
    public static int MarksLength(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (Rune.DecodeFromUtf16(text[length..], out var rune, out var consumed) == System.Buffers.OperationStatus.Done
            && (IsMark(rune) || IsHalfWidthSoundMark(rune)))
        {
            length += consumed;
        }
        return length;
    }

    /// <summary>
    /// Where each word of <paramref name="text"/> starts and how long it is, in UTF-16 units of the text as written. A word
    /// opens with a letter or digit; an invisible character (<see cref="IsInvisible"/>) inside it neither ends it nor is
    /// left out of its span ("inter&#173;national" is one word, its span covering the soft hyphen), while invisible
    /// characters before or after it belong to no word (but the invisible marks, such as a variation selector, which stay on
    /// the character before them as other marks do).
    /// </summary>
    public static List<(int Start, int Length)> Spans(string text) => Spans(text, joinAcrossInvisible: true);

    /// <summary>
    /// <see cref="Spans(string)"/> as paragraph fingerprints were first made, where an invisible character ended a word
    /// ("inter&#173;national" was two): kept for them alone, so that a link made before does not change while its
    /// paragraph's text has not.
    /// </summary>
    public static List<(int Start, int Length)> SpansForFingerprint(string text) => Spans(text, joinAcrossInvisible: false);

    private static List<(int Start, int Length)> Spans(string text, bool joinAcrossInvisible)
    {
        var spans = new List<(int, int)>();
        var start = -1;
        // Where the word's last visible character ends: invisible characters after it are no part of its span.
        var end = -1;
        var hasLetterOrDigit = false;
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                rune = Rune.ReplacementChar;
            }
            // Inside a word it joins what is on either side; outside one it separates nothing and opens nothing. The invisible
            // marks (a variation selector) stay on the character before them as other marks do.
            if (joinAcrossInvisible && IsInvisible(rune) && !IsMark(rune))
            {
                i += consumed;
                continue;
            }
            // Raised and lowered digits (CO₂, 10⁶, km²) belong to the word as the reader reads it; fingerprints keep the
            // first cutting, where they ended it.
            var isLetterOrDigit = IsWordCharacter(rune) || (joinAcrossInvisible && IsRaisedOrLoweredDigit(rune));
            if (isLetterOrDigit || (start >= 0 && IsMark(rune)))
            {
                if (start < 0)
                {
                    start = i;
                }
                hasLetterOrDigit |= isLetterOrDigit;
                end = i + consumed;
            }
            else
            {
                Close();
            }
            i += consumed;
        }
        Close();
        return spans;

        void Close()
        {
            if (start >= 0 && hasLetterOrDigit)
            {
                spans.Add((start, end - start));
            }
            start = -1;
            hasLetterOrDigit = false;
        }
    }

    /// <summary>
    /// A character that shows nothing and changes no word: Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt,
    /// Unicode 16), the characters a renderer draws nothing for and that ICU's nfkc_cf folding, which Lucene's ICU filters
    /// apply, drops: the soft hyphen (U+00AD, a web page's &amp;shy;), the zero-width space, non-joiner and joiner (U+200B–
    /// U+200D: the last two change how letters of some scripts join, not which word they spell), the direction marks,
    /// embeddings and isolates, the word joiner and invisible operators (U+2060–U+206F), the zero-width no-break space
    /// (U+FEFF, a byte order mark), the combining grapheme joiner, the variation selectors, the Hangul fillers, the Khmer
    /// inherent vowels, the Mongolian vowel separator, the shorthand and musical format controls, the tags
    /// (U+E0000–U+E0FFF), and the code points Unicode keeps for more of them.
    /// </summary>
    public static bool IsInvisible(Rune rune) => rune.Value switch
    {
        0x00AD or 0x034F or 0x061C or 0x115F or 0x1160 or 0x17B4 or 0x17B5 or 0x3164 or 0xFEFF or 0xFFA0 => true,
        >= 0x180B and <= 0x180F => true, // Mongolian free variation selectors and vowel separator
        >= 0x200B and <= 0x200F => true, // zero-width space, non-joiner, joiner; left-to-right and right-to-left marks
        >= 0x202A and <= 0x202E => true, // directional embeddings and overrides
        >= 0x2060 and <= 0x206F => true, // word joiner, invisible operators, directional isolates, deprecated format characters
        >= 0xFE00 and <= 0xFE0F => true, // variation selectors
        >= 0xFFF0 and <= 0xFFF8 => true, // reserved for more of them
        >= 0x1BCA0 and <= 0x1BCA3 => true, // shorthand format controls
        >= 0x1D173 and <= 0x1D17A => true, // musical symbol format controls
        >= 0xE0000 and <= 0xE0FFF => true, // tags, variation selectors supplement, and reserved
        _ => false,
    };

    /// <summary>
    /// How many UTF-16 units of invisible characters (<see cref="IsInvisible"/>) and combining marks (<see cref="MarksLength"/>)
    /// <paramref name="text"/> starts with: inside a word, what stays with the character before them.
    /// </summary>
    public static int InvisibleAndMarksLength(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (Rune.DecodeFromUtf16(text[length..], out var rune, out var consumed) == System.Buffers.OperationStatus.Done
            && (IsMark(rune) || IsHalfWidthSoundMark(rune) || IsInvisible(rune)))
        {
            length += consumed;
        }
        return length;
    }

    /// <summary>
    /// Case-folded (<see cref="AppendCaseFolded"/>: lower case, "ΥΠΟΥΡΓΟΣ" and "υπουργός" alike) without diacritics or invisible
    /// characters, as words are matched: "Malí" → "mali" (<see cref="IsFoldedMark"/>),
    /// "inter&#173;national" → "international" (<see cref="IsInvisible"/>). The marks that
    /// are part of their letters stay: the vowel signs of Indic scripts (कमल is not कमाल), the tone marks of Thai (ม้า
    /// "horse" is not มา "come"), the voicing marks of kana (パリ Paris is not バリ Bali).
    /// </summary>
    public static string Fold(string word) => Fold(word, dropEveryMark: false);

    /// <summary>
    /// <see cref="Fold(string)"/> as paragraph fingerprints were first made, which drops every non-spacing mark: kept for
    /// them alone, so that a link made before does not change while its paragraph's words have not.
    /// </summary>
    public static string FoldForFingerprint(string word) => Fold(word, dropEveryMark: true);

    private static string Fold(string word, bool dropEveryMark)
    {
        // Most words of English news are plain ASCII, for which folding is lower-casing: skip the two
        // Unicode normalisations, which dominate the cost of fingerprinting an article.
        if (System.Text.Ascii.IsValid(word))
        {
            return word.ToLowerInvariant();
        }
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        if (dropEveryMark)
        {
            // As fingerprints were first made, unit by unit: a surrogate is kept as it is, and so is an invisible character.
            foreach (var c in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                {
                    folded.Append(char.ToLowerInvariant(c));
                }
            }
            return folded.ToString().Normalize(NormalizationForm.FormC);
        }
        foreach (var rune in decomposed.EnumerateRunes())
        {
            if (!IsFoldedMark(rune) && !IsInvisible(rune))
            {
                AppendCaseFolded(folded, rune);
            }
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Appends <paramref name="rune"/> as words are matched whatever their case, by search and comparison alike: Unicode's
    /// case folding (CaseFolding.txt), which is lower-casing but for the letters with a second lower-case form that
    /// lower-casing leaves as they are: Greek final sigma ς is σ (ΥΠΟΥΡΓΟΣ lower-cases to υπουργοσ, υπουργός ends in ς), the
    /// Greek symbol forms (ϐ, ϑ, ϕ…), long s (ſ), the micro sign, the old Cyrillic letter forms (ᲀ…), Cherokee's small
    /// letters (which fold to its capitals). From full case folding: ß and ẞ are ss (Hauptstraße, HAUPTSTRASSE) and the
    /// Latin and Armenian ligatures are their letters (ﬁ); as ICU's and Lucene's folding do, æ and œ are written out as
    /// well (æther, aether; Œuvre, oeuvre). Full folding's Greek iota subscript is not applied: it is a mark, dropped as
    /// accents are. Paragraph fingerprints do not use this (<see cref="FoldForFingerprint"/>).
    /// </summary>
    public static void AppendCaseFolded(StringBuilder folded, Rune rune)
    {
        var lower = Rune.ToLowerInvariant(rune);
        if (lower.IsAscii)
        {
            folded.Append((char)lower.Value);
        }
        else if (FoldedUnlikeLowerCase.TryGetValue(lower.Value, out var written))
        {
            folded.Append(written);
        }
        else if (lower.Value is >= 0xAB70 and <= 0xABBF)
        {
            // Cherokee took capitals first; its small letters, added later, fold to them.
            folded.Append((char)(lower.Value - 0xAB70 + 0x13A0));
        }
        else if (lower.Value is >= 0x13F8 and <= 0x13FD)
        {
            folded.Append((char)(lower.Value - 0x13F8 + 0x13F0));
        }
        else
        {
            Span<char> units = stackalloc char[2];
            folded.Append(units[..lower.EncodeToUtf16(units)]);
        }
    }

    /// <summary>The lower-case letters whose case folding is not themselves (<see cref="AppendCaseFolded"/>), but Cherokee's.</summary>
    private static readonly FrozenDictionary<int, string> FoldedUnlikeLowerCase = new Dictionary<int, string>
    {
        // Simple case folding, where it differs from lower-casing.
        [0x00B5] = "\u03BC", // µ micro sign → μ
        [0x017F] = "s", // ſ long s
        [0x03C2] = "\u03C3", // ς final sigma → σ
        [0x03D0] = "\u03B2", // ϐ → β
        [0x03D1] = "\u03B8", // ϑ → θ
        [0x03D5] = "\u03C6", // ϕ → φ
        [0x03D6] = "\u03C0", // ϖ → π
        [0x03F0] = "\u03BA", // ϰ → κ
        [0x03F1] = "\u03C1", // ϱ → ρ
        [0x03F5] = "\u03B5", // ϵ → ε
        [0x1C80] = "\u0432", // ᲀ rounded ve → в
        [0x1C81] = "\u0434", // ᲁ long-legged de → д
        [0x1C82] = "\u043E", // ᲂ narrow o → о
        [0x1C83] = "\u0441", // ᲃ wide es → с
        [0x1C84] = "\u0442", // ᲄ tall te → т
        [0x1C85] = "\u0442", // ᲅ three-legged te → т
        [0x1C86] = "\u044A", // ᲆ tall hard sign → ъ
        [0x1C87] = "\u0463", // ᲇ tall yat → ѣ
        [0x1C88] = "\uA64B", // ᲈ unblended uk → ꙋ
        [0x1E9B] = "\u1E61", // ẛ long s with dot above → ṡ
        [0x1FBE] = "\u03B9", // ι prosgegrammeni → ι
        // Full case folding: sharp s (ẞ lower-cases to ß) and the ligatures.
        [0x00DF] = "ss",
        [0x0587] = "\u0565\u0582", // և → եւ
        [0xFB00] = "ff",
        [0xFB01] = "fi",
        [0xFB02] = "fl",
        [0xFB03] = "ffi",
        [0xFB04] = "ffl",
        [0xFB05] = "st",
        [0xFB06] = "st",
        [0xFB13] = "\u0574\u0576", // ﬓ → մն
        [0xFB14] = "\u0574\u0565", // ﬔ → մե
        [0xFB15] = "\u0574\u056B", // ﬕ → մի
        [0xFB16] = "\u057E\u0576", // ﬖ → վն
        [0xFB17] = "\u0574\u056D", // ﬗ → մխ
        // Not case folding: the Latin ligatures that are letters of their own in Unicode, written out as readers type them.
        [0x00E6] = "ae", // æ (Æ lower-cases to it)
        [0x0153] = "oe", // œ (Œ)
    }.ToFrozenDictionary();

    /// <summary>
    /// <paramref name="word"/> in lower case as Unicode's full lower-casing writes it (SpecialCasing.txt), which the runtime's
    /// lower-casing does not: a capital sigma that ends a word after a letter is the final ς ("ΟΔΟΣ" → "οδος"), not σ.
    /// </summary>
    public static string LowerCase(string word)
    {
        var lower = word.ToLowerInvariant();
        return word.Length > 1 && word[^1] == 'Σ' && char.IsLetter(word[^2]) ? string.Concat(lower.AsSpan(0, lower.Length - 1), "ς") : lower;
    }

    /// <summary><paramref name="word"/> without the invisible characters that are no mark (<see cref="IsInvisible"/>: a soft hyphen, a zero-width space).</summary>
    public static string WithoutInvisibleCharacters(string word)
    {
        var visible = new StringBuilder(word.Length);
        foreach (var rune in word.EnumerateRunes())
        {
            if (!IsInvisible(rune) || IsMark(rune))
            {
                visible.Append(rune.ToString());
            }
        }
        return visible.ToString();
    }

    /// <summary>
    /// Drops what a reader cannot have meant to type: control characters become spaces, invisible
    /// formatting characters (a right-to-left override, zero-width spaces) and broken surrogates go.
    /// </summary>
    public static string Sanitize(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                i += consumed;
                continue;
            }
            switch (Rune.GetUnicodeCategory(rune))
            {
                case UnicodeCategory.Control:
                    clean.Append(' ');
                    break;
                case UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned:
                    break;
                default:
                    clean.Append(text, i, consumed);
                    break;
            }
            i += consumed;
        }
        return clean.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>A superscript or subscript digit (¹ ² ³, U+2070–U+2079, U+2080–U+2089): Unicode counts them as "other numbers", not digits.</summary>
    public static bool IsRaisedOrLoweredDigit(Rune rune) => rune.Value is 0x00B2 or 0x00B3 or 0x00B9 or 0x2070
        or (>= 0x2074 and <= 0x2079) or (>= 0x2080 and <= 0x2089);

    /// <summary>
    /// A raised or lowered character: the Latin-1 superscript digits (¹ ² ³) and Unicode's Superscripts and Subscripts block
    /// (U+2070–U+209F: digits, signs, the letters ⁱ ⁿ ₐ ₑ …), all of which the compatibility forms fold to the plain character.
    /// </summary>
    private static bool IsRaisedOrLowered(Rune rune) => rune.Value is 0x00B2 or 0x00B3 or 0x00B9 or (>= 0x2070 and <= 0x209F);

    private static readonly System.Buffers.SearchValues<char> RaisedOrLoweredCharacters = System.Buffers.SearchValues.Create(
        "\u00B2\u00B3\u00B9" + string.Concat(Enumerable.Range(0x2070, 0x30).Select(c => (char)c)));

    /// <summary>Whether <paramref name="word"/> holds a raised or lowered character, which <see cref="CompatibilityForm"/> reads by its rule.</summary>
    public static bool HasRaisedOrLowered(ReadOnlySpan<char> word) => word.ContainsAny(RaisedOrLoweredCharacters);

    /// <summary>
    /// <paramref name="word"/> in Unicode's compatibility form (<paramref name="form"/>: <see cref="NormalizationForm.FormKC"/>
    /// or <see cref="NormalizationForm.FormKD"/>: full and half width, ligatures, …), as search and comparison read a word,
    /// except for its raised and lowered characters (¹ ² ³ and U+2070–U+209F: 10⁶, CO₂, 2ⁿ), which the compatibility form
    /// would make plain wherever they stand. The rule for them, and its reason:
    /// <list type="bullet">
    /// <item>After a letter (with any marks, invisible characters or other raised or lowered characters between) they read
    /// as the plain character: a chemical formula (CO₂, H₂O), a unit (km², m³) or an index (x₁) is typed with plain digits
    /// by readers and written so by most pages, and CO2 is the same word as CO₂.</item>
    /// <item>After a digit, or with no letter before them in the word (after a sign, as in 10⁻³, or set apart), they stay as
    /// written: there they are a power (10⁶, 2³, 2ⁿ) or a base (1010₂), and read as plain they would run into the number
    /// before them and make another number (10⁶ is a million, 106 a hundred and six).</item>
    /// </list>
    /// Paragraph fingerprints use neither this nor the compatibility form (<see cref="FoldForFingerprint"/>).
    /// </summary>
    public static string CompatibilityForm(string word, NormalizationForm form)
    {
        if (!HasRaisedOrLowered(word))
        {
            return word.Normalize(form);
        }
        var result = new StringBuilder(word.Length);
        // The text from here up to the character read is normalised as a whole when a kept character or the end is met.
        var pending = 0;
        var afterLetter = false;
        for (var i = 0; i < word.Length;)
        {
            if (Rune.DecodeFromUtf16(word.AsSpan(i), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                afterLetter = false;
            }
            else if (IsRaisedOrLowered(rune))
            {
                // A raised or lowered character has no canonical decomposition and composes with nothing, so the text on
                // either side of a kept one is normalised apart as it would be together.
                if (!afterLetter)
                {
                    result.Append(word[pending..i].Normalize(form)).Append(word, i, consumed);
                    pending = i + consumed;
                }
            }
            else if (!IsMark(rune) && !IsInvisible(rune))
            {
                afterLetter = Rune.IsLetter(rune);
            }
            i += consumed;
        }
        return result.Append(word[pending..].Normalize(form)).ToString();
    }

    private static bool IsWordCharacter(Rune rune) =>
        Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.LetterNumber;

    /// <summary>A combining mark (Unicode categories Mn, Mc, Me): an accent, a vowel sign, a variation selector.</summary>
    /// <summary>
    /// A mark that words are matched without: the blocks Unicode names Combining Diacritical Marks (accents on Latin,
    /// Greek and Cyrillic letters, é = e), Cyrillic's own combining marks, the pointing of Hebrew and Arabic (vowel
    /// points, cantillation, harakat), which those scripts are mostly written without, and the variation selectors, which
    /// choose a glyph (葛󠄀 for 葛), not a word. Other marks belong to their letters and are not dropped: the vowel signs
    /// and viramas of Indic scripts, the vowels and tone marks of Thai, Lao and Khmer, the voicing marks of kana (U+3099,
    /// U+309A).
    /// </summary>
    public static bool IsFoldedMark(Rune rune) => rune.Value switch
    {
        >= 0x180B and <= 0x180D or 0x180F => true, // Mongolian free variation selectors
        >= 0xFE00 and <= 0xFE0F => true, // Variation Selectors
        >= 0xE0100 and <= 0xE01EF => true, // Variation Selectors Supplement (ideographic variants)
        >= 0x0300 and <= 0x036F => true, // Combining Diacritical Marks
        >= 0x0483 and <= 0x0489 => true, // Cyrillic combining marks (titlo, …)
        >= 0x0591 and <= 0x05C7 => IsMark(rune), // Hebrew cantillation and points
        >= 0x0610 and <= 0x061A or >= 0x064B and <= 0x065F or 0x0670 or >= 0x06D6 and <= 0x06ED => IsMark(rune), // Arabic
        >= 0x1AB0 and <= 0x1AFF => true, // Combining Diacritical Marks Extended
        >= 0x1DC0 and <= 0x1DFF => true, // Combining Diacritical Marks Supplement
        >= 0x20D0 and <= 0x20FF => true, // Combining Diacritical Marks for Symbols
        >= 0xFE20 and <= 0xFE2F => true, // Combining Half Marks
        _ => false,
    };

    public static bool IsMark(Rune rune) => Rune.GetUnicodeCategory(rune)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>
    /// How many characters a reader counts in <paramref name="text"/>: its extended grapheme clusters (UAX #29), so that
    /// 𠮷 (two UTF-16 units), an é typed as e and a combining accent, or a flag are one each. The runtime's clusters
    /// predate rule GB9c (Unicode 15.1), which keeps an Indic conjunct such as क्ष (consonant, virama, consonant) one
    /// cluster; it is applied here for the six scripts whose virama the rule names (Devanagari, Bengali, Gujarati,
    /// Oriya, Telugu, Malayalam): a cluster that opens with a letter right after such a virama joins the one before.
    /// </summary>
    public static int CharacterCount(string text)
    {
        var count = 0;
        var clusters = StringInfo.GetTextElementEnumerator(text);
        var previous = "";
        while (clusters.MoveNext())
        {
            var cluster = clusters.GetTextElement();
            if (!(EndsWithConjunctLinker(previous) && OpensWithLetter(previous) && OpensWithLetter(cluster)))
            {
                count++;
            }
            previous = cluster;
        }
        return count;
    }

    private static bool OpensWithLetter(string cluster) =>
        Rune.DecodeFromUtf16(cluster, out var first, out _) == System.Buffers.OperationStatus.Done
        && Rune.GetUnicodeCategory(first) == UnicodeCategory.OtherLetter;

    // InCB=Linker in Unicode 15.1's DerivedCoreProperties, maybe followed by a zero-width joiner.
    private static bool EndsWithConjunctLinker(string cluster) =>
        cluster.TrimEnd('\u200D') is [.., '\u094D' or '\u09CD' or '\u0ACD' or '\u0B4D' or '\u0C4D' or '\u0D4D'];
}
