using System.IO.Compression;
using System.Text;
using DirectiveTracker.Ingest.Model;
using DirectiveTracker.Ingest.Tests.Fixtures;

namespace DirectiveTracker.Ingest.Tests;

/// <summary>Every format an office sends: .doc, .odt, .rtf through LibreOffice, images by OCR, the rest refused clearly.</summary>
[Collection(OfficeCollection.Name)]
public class OfficeFormatTests(OfficeFixtures office)
{
    private static readonly DocumentIngestor Ingestor = IngestServices.CreateDefault();

    [Theory]
    [InlineData("header.doc", SourceFormat.Doc)]
    [InlineData("header.odt", SourceFormat.Odt)]
    [InlineData("header.rtf", SourceFormat.Rtf)]
    public async Task Word_97_OpenDocument_and_RTF_are_read_through_LibreOffice(string file, SourceFormat format)
    {
        var doc = await Ingestor.IngestAsync(office.Office(file));
        Assert.Equal(format, doc.Format);
        // The header a user would check: issuer, number and date, each on its own.
        Assert.Contains(doc.Blocks, b => b.Text == "Số: 556/KH-UBND");
        Assert.Contains(doc.Blocks, b => b.Text == "TỈNH ĐỒNG THÁP");
        Assert.Contains(doc.Blocks, b => b.Text.StartsWith("Đồng Tháp, ngày 12 tháng 3 năm 2025", StringComparison.Ordinal));
        Assert.Contains(doc.Warnings, w => w.Code == "converted");
        Assert.DoesNotContain("\\rtf", doc.Text);
    }

    [Fact]
    public async Task A_long_doc_keeps_its_text()
    {
        var doc = await Ingestor.IngestAsync(office.Office(OfficeFixtures.Realdoc16 + ".doc"));
        var source = await File.ReadAllTextAsync(RepoPaths.Corpus($"realdocs/{OfficeFixtures.Realdoc16}.txt"));
        var accuracy = TextAccuracy.Words(source, doc.Text);
        Assert.True(accuracy >= 0.97, $"word accuracy {accuracy:P2}");
    }

    [Fact]
    public async Task A_png_scan_is_read_by_OCR_above_the_accuracy_floor()
    {
        var dir = Directory.CreateTempSubdirectory("dtrack-png-").FullName;
        FixtureTools.Poppler("pdftoppm", ["-r", "300", "-f", "1", "-l", "1", "-png", "-gray", "-singlefile",
            office.Pdf(OfficeFixtures.Seed003), Path.Combine(dir, "scan")]);
        var doc = await Ingestor.IngestAsync(Path.Combine(dir, "scan.png"));
        Assert.Equal(SourceFormat.Image, doc.Format);
        Assert.Equal(1, doc.OcrPageCount);
        var accuracy = TextAccuracy.Words(office.ScannedPageSourceText, doc.Text);
        Assert.True(accuracy >= 0.90, $"OCR word accuracy {accuracy:P2}");
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void Image_headers_give_page_sizes_for_PNG_JPEG_and_TIFF()
    {
        var dir = Directory.CreateTempSubdirectory("dtrack-hdr-").FullName;
        var pdf = office.Pdf("header");
        foreach (var (flag, ext, kind) in new[] { ("-png", "png", "PNG"), ("-jpeg", "jpg", "JPEG"), ("-tiff", "tif", "TIFF") })
        {
            FixtureTools.Poppler("pdftoppm", ["-r", "50", "-f", "1", "-l", "1", flag, "-singlefile", pdf, Path.Combine(dir, "p")]);
            var header = DirectiveTracker.Ingest.Image.ImageHeader.Read(File.ReadAllBytes(Path.Combine(dir, "p." + ext)));
            Assert.NotNull(header);
            Assert.Equal(kind, header.Kind);
            var (w, h) = Assert.Single(header.Pages);
            // A4 at 50 dpi: 413 × 585 pixels (poppler rounds up).
            Assert.InRange(w, 412, 415);
            Assert.InRange(h, 584, 586);
        }
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public async Task An_image_past_the_pixel_cap_is_refused_from_its_header()
    {
        // A PNG header claiming 100,000 × 100,000 pixels: refused before anything decodes it.
        var png = new byte[64];
        new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R' }.CopyTo(png, 0);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), 100_000);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(20), 100_000);
        var e = await Assert.ThrowsAsync<IngestException>(() => Ingestor.IngestAsync(new MemoryStream(png), "anh.png"));
        Assert.Equal(IngestErrorCode.TooLarge, e.Code);
        Assert.Contains("điểm ảnh", e.UserMessage);
    }

    public static TheoryData<string, byte[]> Unsupported() => new()
    {
        { "bang-tinh.xlsx", Zip("xl/workbook.xml") },
        { "luu-tru.zip", Zip("readme.txt") },
        { "chuong-trinh.exe", Encoding.ASCII.GetBytes("MZ\u0090\0\u0003\0\0\0\u0004\0\0\0\u00FF\u00FF") },
        { "lenh.sh", Encoding.ASCII.GetBytes("#!/bin/sh\nrm -rf /tmp/x\n") },
        { "nen.gz", [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3] },
    };

    [Theory]
    [MemberData(nameof(Unsupported))]
    public async Task Archives_programs_and_spreadsheets_get_the_unsupported_type_error(string name, byte[] bytes)
    {
        var e = await Assert.ThrowsAsync<IngestException>(() => Ingestor.IngestAsync(new MemoryStream(bytes), name));
        Assert.Equal(IngestErrorCode.UnknownType, e.Code);
        Assert.StartsWith($"{name}: ", e.UserMessage);
        Assert.Contains("không được hỗ trợ", e.UserMessage);
    }

    private static byte[] Zip(string entry)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            using (var w = new StreamWriter(zip.CreateEntry(entry).Open())) w.Write("<x/>");
        return ms.ToArray();
    }
}
