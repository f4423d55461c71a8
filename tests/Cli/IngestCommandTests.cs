using System.Text;
using System.Text.Json;
using DirectiveTracker.Cli.Commands;

namespace DirectiveTracker.Cli.Tests;

public class IngestCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dtrack-ingest-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static async Task<(int Code, string Out, string Err)> Run(bool json, bool summary, params string[] paths)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = await IngestCommand.RunAsync(paths, json, summary, stdout, stderr, CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task A_folder_with_a_bad_file_goes_on_summarises_and_fails()
    {
        Write("a.txt", Encoding.UTF8.GetBytes("KẾ HOẠCH\n1. Nhiệm vụ thứ nhất của\nSở Nội vụ.\n"));
        Write("b.txt", []);
        Write("c.txt", Encoding.UTF8.GetBytes("CHỈ THỊ\n- Việc cần làm.\n"));
        var (code, stdout, stderr) = await Run(json: false, summary: true, _dir);
        Assert.Equal(1, code);
        Assert.Contains("Tệp: 3, đọc được: 2, lỗi: 1", stdout);
        Assert.Contains("b.txt: tệp rỗng", stderr);
        Assert.DoesNotContain("Nhiệm vụ", stdout); // summary only
    }

    [Fact]
    public async Task Default_output_is_the_clean_text()
    {
        var file = Write("a.txt", Encoding.UTF8.GetBytes("KẾ HOẠCH\n\n1. Nhiệm vụ thứ nhất của\n\nSở Nội vụ.\n"));
        var (code, stdout, _) = await Run(json: false, summary: false, file);
        Assert.Equal(0, code);
        Assert.Equal("KẾ HOẠCH\n1. Nhiệm vụ thứ nhất của Sở Nội vụ.", stdout.TrimEnd().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Json_output_lists_the_documents_with_their_blocks()
    {
        var file = Write("a.txt", Encoding.UTF8.GetBytes("KẾ HOẠCH\n1. Nhiệm vụ.\n"));
        var (code, stdout, _) = await Run(json: true, summary: false, file);
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        var first = doc.RootElement[0];
        Assert.Equal("a.txt", first.GetProperty("sourceName").GetString());
        Assert.Equal("ListItem", first.GetProperty("blocks")[1].GetProperty("kind").GetString());
        Assert.Equal("1.", first.GetProperty("blocks")[1].GetProperty("marker").GetString());
    }

    [Fact]
    public void A_folder_walk_picks_up_every_format_ingest_reads()
    {
        var names = new[] { "a.txt", "b.docx", "c.pdf", "d.doc", "e.odt", "f.rtf", "g.jpg", "h.jpeg", "i.png", "j.tif", "k.TIFF" };
        foreach (var n in names) Write(n, [1]);
        Write("notes.xlsx", [1]);
        Write(".hidden.pdf", [1]);
        var set = InputFiles.Expand([_dir], CancellationToken.None);
        Assert.Equal(names, set.Files.Select(Path.GetFileName));
        // The spreadsheet is listed, not skipped silently; the hidden file is not the user's document.
        Assert.Equal(["notes.xlsx"], set.Unsupported.Select(Path.GetFileName));
        var report = new StringWriter();
        set.Report(report);
        Assert.Contains("không được hỗ trợ", report.ToString(), StringComparison.Ordinal);
        Assert.Contains("notes.xlsx", report.ToString(), StringComparison.Ordinal);
    }
}
