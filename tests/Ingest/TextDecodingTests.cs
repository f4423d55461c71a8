using System.Text;
using DirectiveTracker.Ingest.Model;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Ingest.Tests;

public class TextDecodingTests
{
    private static readonly DocumentIngestor Ingestor = IngestServices.CreateDefault();
    private static readonly string Seed = File.ReadAllText(Corpus.Seed("004"));

    /// <summary>Legacy files were saved by Windows: cp1252 bytes for curly quotes and dashes.</summary>
    private static readonly Encoding Cp1252 = CodePages(1252);

    private static Encoding CodePages(int page)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(page, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    private static IngestedDocument Ingest(byte[] bytes, string name = "vanban.txt") =>
        Ingestor.IngestAsync(new MemoryStream(bytes), name).GetAwaiter().GetResult();

    private static readonly IngestedDocument FromUtf8 = Ingest(new UTF8Encoding(false).GetBytes(Seed));

    public static TheoryData<string> UnicodeEncodings() => ["utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be"];

    [Theory, MemberData(nameof(UnicodeEncodings))]
    public void Unicode_encodings_decode_to_the_same_text_as_utf8(string encoding)
    {
        byte[] bytes = encoding switch
        {
            "utf8-bom" => new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(Seed)).ToArray(),
            "utf16le-bom" => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Seed)).ToArray(),
            "utf16be-bom" => Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Seed)).ToArray(),
            "utf16le" => Encoding.Unicode.GetBytes(Seed),
            "utf16be" => Encoding.BigEndianUnicode.GetBytes(Seed),
            _ => throw new ArgumentException(encoding),
        };
        var doc = Ingest(bytes);
        Assert.Equal(FromUtf8.Text, doc.Text);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), doc.Sha256);
        Assert.DoesNotContain(doc.Warnings, w => w.Code == "windows-1258");
    }

    [Fact]
    public void Windows_1258_decodes_to_the_same_text_as_utf8_with_a_warning()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var cp1258 = Encoding.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var bytes = cp1258.GetBytes(LegacyEncoders.ToWindows1258Form(Seed));
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));
        var doc = Ingest(bytes);
        Assert.Equal(FromUtf8.Text, doc.Text);
        Assert.Contains(doc.Warnings, w => w.Code == "windows-1258");
    }

    [Fact]
    public void Nfd_input_comes_out_nfc()
    {
        var nfd = Seed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(Seed.Normalize(NormalizationForm.FormC), nfd);
        var doc = Ingest(Encoding.UTF8.GetBytes(nfd));
        Assert.True(doc.Text.IsNormalized(NormalizationForm.FormC));
        Assert.Equal(FromUtf8.Text, doc.Text);
    }

    [Fact]
    public void Tcvn3_file_bytes_convert_with_a_warning()
    {
        var bytes = Cp1252.GetBytes(LegacyEncoders.ToTcvn3(Seed));
        Assert.Contains((byte)0xAD, bytes); // ư
        var doc = Ingest(bytes);
        Assert.Contains(doc.Warnings, w => w.Code == "legacy-tcvn3");
        // Same text up to the capitals TCVN3 cannot hold outside headings.
        Assert.Equal(FromUtf8.Text.ToLowerInvariant(), doc.Text.ToLowerInvariant());
        Assert.Contains("Hội đồng Thi đua - Khen thưởng", doc.Text);
    }

    [Fact]
    public void Vni_file_bytes_convert_exactly_with_a_warning()
    {
        var doc = Ingest(Cp1252.GetBytes(LegacyEncoders.ToVni(Seed)));
        Assert.Contains(doc.Warnings, w => w.Code == "legacy-vni");
        Assert.Equal(FromUtf8.Text, doc.Text);
    }

    [Fact]
    public void Legacy_text_saved_as_utf8_is_converted_too()
    {
        var doc = Ingest(Encoding.UTF8.GetBytes(LegacyEncoders.ToVni(Seed)));
        Assert.Contains(doc.Warnings, w => w.Code == "legacy-vni");
        Assert.Equal(FromUtf8.Text, doc.Text);
    }

    [Fact]
    public void Form_feeds_make_pages_and_blocks_keep_their_page()
    {
        var doc = Ingest(Encoding.UTF8.GetBytes("KẾ HOẠCH\n1. Việc thứ nhất.\f2. Việc thứ hai.\n"));
        Assert.Equal(2, doc.Pages.Count);
        Assert.Equal(1, doc.Blocks.Single(b => b.Marker == "1.").Page);
        Assert.Equal(2, doc.Blocks.Single(b => b.Marker == "2.").Page);
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x41 }, TextEncodingKind.Utf8Bom)]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x41, 0x00 }, TextEncodingKind.Utf16LE)]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x41 }, TextEncodingKind.Utf16BE)]
    [InlineData(new byte[] { 0x41, 0x42 }, TextEncodingKind.Utf8)]
    [InlineData(new byte[] { 0x48, 0xE0, 0x20, 0x4E }, TextEncodingKind.Windows1258)]
    public void Decoder_reports_the_encoding_it_read(byte[] bytes, TextEncodingKind expected) =>
        Assert.Equal(expected, TextDecoder.Decode(bytes).Encoding);
}

public class ReadingBadnessTests
{
    [Theory]
    [InlineData("Kế hoạch thực hiện", 0)]
    [InlineData("Sụỡ", 1)]          // two tones in one syllable
    [InlineData("hoaïch", 1)]       // a letter Vietnamese does not use
    [InlineData("c¸c", 1)]          // a Latin-1 symbol inside a word
    public void Badness_counts_what_is_not_vietnamese(string text, int expected) =>
        Assert.Equal(expected, TextDecoder.Badness(text));
}
