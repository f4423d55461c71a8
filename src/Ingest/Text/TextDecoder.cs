using System.Text;

namespace DirectiveTracker.Ingest.Text;

/// <summary>How the bytes of a text file were read.</summary>
public enum TextEncodingKind { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1258, Tcvn3, Vni }

/// <summary>Decoded text with the encoding it was read in.</summary>
/// <param name="Text">Unicode text, not yet normalised.</param>
/// <param name="InvalidBytes">Byte sequences of a mostly valid UTF-8 file that were not UTF-8 and became U+FFFD.</param>
public sealed record DecodedText(string Text, TextEncodingKind Encoding, int InvalidBytes = 0);

/// <summary>
/// Turns the bytes of a text file into Unicode: BOM first, then UTF-16 without BOM (by its NUL pattern), then strict
/// UTF-8 — also when a few stray bytes are not (they become U+FFFD and are counted) — then windows-1258; legacy font encodings (TCVN3, VNI) are recognised on the result and converted.
/// </summary>
/// <remarks>The result is not normalised: legacy conversion must see the characters as read (TCVN3's "Ð" is "é").</remarks>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> Windows1258 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1258);
    });

    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    /// <summary>Decodes <paramref name="bytes"/>; legacy TCVN3/VNI text comes back converted to Unicode.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        var (text, kind, invalid) = DecodeUnicodeOrAnsi(bytes);
        if (invalid > 0) return new(text, kind, invalid);
        if (kind is TextEncodingKind.Windows1258)
        {
            // Legacy fonts are byte schemes: judge them on the bytes as Windows shows them (cp1252: Latin-1 plus
            // curly quotes and dashes in 0x80–0x9F), and keep whichever reading looks more like Vietnamese.
            var ansi = Windows1252.Value.GetString(bytes);
            var legacy = ConvertLegacy(ansi);
            if (legacy is not null && Badness(legacy.Text) < Badness(UnicodeForms.ToNfc(text))) return legacy;
            return new(text, kind);
        }
        // Legacy text copied through a Unicode editor arrives as Latin-1 letters in valid UTF-8 or UTF-16.
        var converted = ConvertLegacy(text);
        return converted is not null && Badness(converted.Text) < Badness(text) ? converted : new(text, kind);
    }

    private static DecodedText? ConvertLegacy(string text) => LegacyFontText.Identify(text) switch
    {
        LegacyEncoding.Vni => new(LegacyFontText.FromVni(text), TextEncodingKind.Vni),
        LegacyEncoding.Tcvn3 => new(LegacyFontText.FromTcvn3(text), TextEncodingKind.Tcvn3),
        _ => null,
    };

    private const string VietnameseLatin1 = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";

    /// <summary>
    /// How little a reading looks like Vietnamese: Latin-1 symbols and non-Vietnamese letters inside words, stray
    /// combining marks, and syllables with two tone marks ("Sụỡ") count against it.
    /// </summary>
    internal static int Badness(string text)
    {
        int bad = 0, tonesInWord = 0;
        foreach (char c in UnicodeForms.ToNfc(text))
        {
            var category = System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == System.Globalization.UnicodeCategory.NonSpacingMark) { bad++; continue; } // nothing to sit on
            if (!char.IsLetter(c)) { tonesInWord = 0; if (c >= 0x80 && c <= 0xBF) bad++; continue; }
            if (c >= 0xC0 && c <= 0xFF && !VietnameseLatin1.Contains(c)) { bad++; continue; }
            if (c < 0xC0) continue;
            foreach (char m in UnicodeForms.ToNfd(c.ToString()))
                if (m is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323' && ++tonesInWord == 2) bad++;
        }
        return bad;
    }

    /// <summary>True when the bytes read as text in one of the encodings <see cref="Decode"/> knows.</summary>
    public static bool LooksLikeText(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) return false;
        if (BomKind(bytes) is not null || Utf16ByNulPattern(bytes) is not null) return true;
        int sample = Math.Min(bytes.Length, 64 * 1024), control = 0;
        for (int i = 0; i < sample; i++)
        {
            byte b = bytes[i];
            if (b == 0) return false;
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f')) control++;
        }
        // Text has next to no control bytes; binary formats are full of them.
        return control * 100 <= sample;
    }

    /// <summary>
    /// A file with at least this many valid multi-byte UTF-8 characters per invalid sequence is UTF-8 with stray bytes:
    /// one bad byte must not turn a whole Vietnamese file into windows-1258 mojibake. Legacy 8-bit text is the other way
    /// round: its bytes above 0x7F rarely form valid UTF-8.
    /// </summary>
    public const int MinValidPerInvalid = 10;

    private static (string Text, TextEncodingKind Kind, int Invalid) DecodeUnicodeOrAnsi(ReadOnlySpan<byte> bytes)
    {
        switch (BomKind(bytes))
        {
            case TextEncodingKind.Utf8Bom:
                return (Encoding.UTF8.GetString(bytes[3..]), TextEncodingKind.Utf8Bom, CountUtf8(bytes[3..]).Invalid);
            case TextEncodingKind.Utf16LE: return (Encoding.Unicode.GetString(bytes[2..]), TextEncodingKind.Utf16LE, 0);
            case TextEncodingKind.Utf16BE: return (Encoding.BigEndianUnicode.GetString(bytes[2..]), TextEncodingKind.Utf16BE, 0);
        }
        switch (Utf16ByNulPattern(bytes))
        {
            case TextEncodingKind.Utf16LE: return (Encoding.Unicode.GetString(bytes), TextEncodingKind.Utf16LE, 0);
            case TextEncodingKind.Utf16BE: return (Encoding.BigEndianUnicode.GetString(bytes), TextEncodingKind.Utf16BE, 0);
        }
        try { return (StrictUtf8.GetString(bytes), TextEncodingKind.Utf8, 0); }
        catch (DecoderFallbackException)
        {
            var (multiByte, invalid) = CountUtf8(bytes);
            if (multiByte >= (long)MinValidPerInvalid * invalid)
                return (Encoding.UTF8.GetString(bytes), TextEncodingKind.Utf8, invalid); // replacement decoder: U+FFFD per bad sequence
            return (Windows1258.Value.GetString(bytes), TextEncodingKind.Windows1258, 0);
        }
    }

    /// <summary>Valid multi-byte UTF-8 characters and invalid sequences in <paramref name="bytes"/>.</summary>
    private static (long MultiByte, int Invalid) CountUtf8(ReadOnlySpan<byte> bytes)
    {
        long multiByte = 0;
        int invalid = 0;
        while (bytes.Length > 0)
        {
            int ascii = bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0) break;
            bytes = bytes[ascii..];
            var status = System.Text.Rune.DecodeFromUtf8(bytes, out _, out int consumed);
            if (status == System.Buffers.OperationStatus.Done) multiByte++;
            else invalid++;
            bytes = bytes[Math.Max(1, consumed)..];
        }
        return (multiByte, invalid);
    }

    private static TextEncodingKind? BomKind(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) return TextEncodingKind.Utf8Bom;
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) return TextEncodingKind.Utf16LE;
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) return TextEncodingKind.Utf16BE;
        return null;
    }

    /// <summary>UTF-16 without BOM: ASCII characters leave a NUL in every other byte.</summary>
    private static TextEncodingKind? Utf16ByNulPattern(ReadOnlySpan<byte> b)
    {
        int pairs = Math.Min(b.Length / 2, 4096);
        if (pairs < 2) return null;
        int evenNul = 0, oddNul = 0;
        for (int i = 0; i < pairs; i++)
        {
            if (b[2 * i] == 0) evenNul++;
            if (b[2 * i + 1] == 0) oddNul++;
        }
        // Vietnamese is mostly ASCII letters and spaces; a third of NULs on one side and almost none on the other.
        if (oddNul * 3 >= pairs && evenNul * 20 < pairs) return TextEncodingKind.Utf16LE;
        if (evenNul * 3 >= pairs && oddNul * 20 < pairs) return TextEncodingKind.Utf16BE;
        return null;
    }
}
