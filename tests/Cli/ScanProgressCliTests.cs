using DirectiveTracker.Ingest.Tests.Fixtures;

namespace DirectiveTracker.Cli.Tests;

/// <summary>Issue 8: a scan shows its pages as they are read, and pages that are all blank are named as such.</summary>
public class ScanProgressCliTests
{
    [Fact]
    public async Task Pages_of_a_scan_are_shown_as_they_are_read_and_blank_pages_are_named()
    {
        using var dir = new TempFolder();
        File.WriteAllBytes(dir.File("quet.pdf"), HostileInputs.Pdf(3, widthPt: 300, heightPt: 400));
        var run = await Dtrack.RunAsync("ingest", dir.File("quet.pdf"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("quet.pdf: nhận dạng chữ (OCR) trang 1/3", run.Err);
        Assert.Contains("quet.pdf: nhận dạng chữ (OCR) trang 3/3", run.Err);
        Assert.Contains("cả 3 trang", run.Err);
        Assert.Contains("trang trắng", run.Err);
    }
}
