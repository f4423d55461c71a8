using System.IO.Compression;
using DirectiveTracker.Ingest.Docx;
using DirectiveTracker.Ingest.Model;
using DirectiveTracker.Ingest.Tests.Fixtures;

namespace DirectiveTracker.Ingest.Tests.Docx;

public class DocxBadInputTests
{
    private const long Cap = 10L * 1024 * 1024;

    private static Task<ParsedSource> Parse(byte[] bytes) =>
        new DocxParser(Cap).ParseAsync(new SourceFile("congvan.docx", bytes, SourceFormat.Docx), default);

    /// <summary>A zip whose one entry inflates to <paramref name="size"/> bytes of spaces (a few KB compressed).</summary>
    private static byte[] Bomb(long size)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            var chunk = new byte[1 << 20];
            Array.Fill(chunk, (byte)' ');
            using var s = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            for (long written = 0; written < size; written += chunk.Length) s.Write(chunk);
        }
        return ms.ToArray();
    }

    /// <summary>Rewrites the uncompressed size in every local and central header to a small lie.</summary>
    private static byte[] LieAboutSizes(byte[] zip, uint declared)
    {
        var b = (byte[])zip.Clone();
        for (var i = 0; i + 30 < b.Length; i++)
        {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 3 && b[i + 3] == 4) BitConverter.TryWriteBytes(b.AsSpan(i + 22, 4), declared);
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 1 && b[i + 3] == 2) BitConverter.TryWriteBytes(b.AsSpan(i + 24, 4), declared);
        }
        return b;
    }

    [Fact]
    public async Task A_file_that_is_not_a_zip_is_corrupt()
    {
        var e = await Assert.ThrowsAsync<IngestException>(() => Parse("Đây là văn bản thường, không phải DOCX."u8.ToArray()));
        Assert.Equal(IngestErrorCode.Corrupt, e.Code);
        Assert.StartsWith("congvan.docx: ", e.UserMessage);
        Assert.Contains("hỏng", e.UserMessage);
    }

    [Fact]
    public async Task A_truncated_zip_is_corrupt()
    {
        var docx = new WordDocumentBuilder().Para("Nội dung.").Build();
        var e = await Assert.ThrowsAsync<IngestException>(() => Parse(docx[..(docx.Length / 2)]));
        Assert.Equal(IngestErrorCode.Corrupt, e.Code);
    }

    [Fact]
    public async Task A_zip_without_a_Word_document_is_corrupt()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            using (var w = new StreamWriter(zip.CreateEntry("readme.txt").Open())) w.Write("không phải Word");
        var e = await Assert.ThrowsAsync<IngestException>(() => Parse(ms.ToArray()));
        Assert.Equal(IngestErrorCode.Corrupt, e.Code);
    }

    [Fact]
    public async Task A_zip_bomb_with_honest_headers_is_refused_before_inflating()
    {
        var e = await Assert.ThrowsAsync<IngestException>(() => Parse(Bomb(Cap * 2)));
        Assert.Equal(IngestErrorCode.ZipBomb, e.Code);
        Assert.Contains("declared", e.Message);
    }

    [Fact]
    public async Task A_zip_bomb_whose_headers_lie_is_caught_by_counting_inflated_bytes()
    {
        var bomb = LieAboutSizes(Bomb(Cap * 2), declared: 1000);
        using (var zip = new ZipArchive(new MemoryStream(bomb)))
            Assert.Equal(1000, zip.Entries.Single().Length); // the lie is what the central directory says

        var e = await Assert.ThrowsAsync<IngestException>(() => Parse(bomb));
        Assert.True(e.Code is IngestErrorCode.ZipBomb or IngestErrorCode.Corrupt, $"got {e.Code}: {e.Message}");
    }

    [Fact]
    public async Task The_ingestor_refuses_a_zip_bomb_named_docx_with_its_cap_from_IngestOptions()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("dtrack-bomb-").FullName, "bom.docx");
        await File.WriteAllBytesAsync(path, Bomb(Cap * 2));
        var ingestor = IngestServices.CreateDefault(new IngestOptions { MaxUncompressedBytes = Cap });
        var e = await Assert.ThrowsAsync<IngestException>(() => ingestor.IngestAsync(path));
        Assert.Equal(IngestErrorCode.ZipBomb, e.Code);
        Assert.StartsWith("bom.docx: ", e.UserMessage);
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    [Fact]
    public void Guard_counts_inflated_bytes_whatever_the_headers_declare()
    {
        // A raw deflate stream of 2 × cap: nothing here tells the reader when to stop but the count.
        var compressed = new MemoryStream();
        using (var d = new System.IO.Compression.DeflateStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            for (var i = 0; i < 2 * Cap / 65536; i++) d.Write(new byte[65536]);
        Func<Stream> open = () => new System.IO.Compression.DeflateStream(
            new MemoryStream(compressed.ToArray()), CompressionMode.Decompress);

        var e = Assert.Throws<IngestException>(() => new PackageSizeGuard(Cap).CountInflatedBytes("x.docx", [open], declared: 1000));
        Assert.Equal(IngestErrorCode.ZipBomb, e.Code);
        new PackageSizeGuard(3 * Cap).CountInflatedBytes("x.docx", [open], declared: 1000); // under the cap: no error
    }
}
