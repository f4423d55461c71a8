using System.Diagnostics;
using System.Text;
using DirectiveTracker.Ingest;
using DirectiveTracker.Ingest.Tools;
using DirectiveTracker.Ingest.Tests.Fixtures;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DirectiveTracker.Bench;

/// <summary>
/// Issue 8's small inputs that took the machine, each ingested in a fresh process so that peak memory is its own:
/// prints wall time, peak working set, the largest the scratch folder grew and the outcome (read, or refused with
/// its code and limit).
/// Usage: Bench hostile [--scale F] (F scales the generated sizes; 1 = the sizes below, a few minutes in all).
/// </summary>
internal static class HostileBench
{
    private static readonly string[] Cases = ["hardwrap-docx", "inflating-docx", "oneline-txt", "expanding-pdf", "huge-page-pdf", "blank-pdf", "stray-byte-txt"];

    public static async Task<int> RunAsync(string[] args)
    {
        double scale = args.SkipWhile(a => a != "--scale").Skip(1).Select(a => double.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault(1);
        if (args.FirstOrDefault() == "--case") return await RunCaseAsync(args[1], scale);
        Console.WriteLine($"{"case",-16} {"input",-34} {"seconds",8} {"peak MiB",9} {"scratch MiB",11}  outcome");
        foreach (var name in Cases)
        {
            var psi = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
            // Under `dotnet Bench.dll` the child needs the dll; an apphost is the program itself.
            if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet") psi.ArgumentList.Add(typeof(HostileBench).Assembly.Location);
            foreach (var a in new[] { "hostile", "--case", name, "--scale", scale.ToString(System.Globalization.CultureInfo.InvariantCulture) })
                psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            var line = await p.StandardOutput.ReadToEndAsync();
            await p.WaitForExitAsync();
            Console.Write(line);
        }
        return 0;
    }

    private static async Task<int> RunCaseAsync(string name, double scale)
    {
        var (input, bytes, fileName) = Make(name, scale);
        var ingestor = IngestServices.CreateDefault();
        // What the run writes to its scratch folder (rendered pages, copies): sampled while the file is ingested.
        var scratch = ScratchSpace.Current.RunFolder;
        long peakScratch = 0;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peakScratch = Math.Max(peakScratch, FolderBytes(scratch));
                try { await Task.Delay(50, stop.Token); } catch (OperationCanceledException) { }
            }
        });
        var watch = Stopwatch.StartNew();
        string outcome;
        try
        {
            var doc = await ingestor.IngestAsync(new MemoryStream(bytes), fileName);
            outcome = $"read: {doc.Text.Length:N0} chars, {doc.Blocks.Count} blocks, warnings {string.Join(",", doc.Warnings.Select(w => w.Code).Distinct())}";
        }
        catch (IngestException e) { outcome = $"refused {e.Code}: {e.Message}"; }
        watch.Stop();
        stop.Cancel();
        await sampler;
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine($"{name,-16} {input,-34} {watch.Elapsed.TotalSeconds,8:0.00} {self.PeakWorkingSet64 / 1048576.0,9:0} "
                          + $"{peakScratch / 1048576.0,11:0.0}  {outcome}");
        return 0;
    }

    private static long FolderBytes(string folder)
    {
        try { return new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => { try { return f.Length; } catch (IOException) { return 0; } }); }
        catch (IOException) { return 0; } // a folder removed while it was counted
    }

    private static (string Input, byte[] Bytes, string FileName) Make(string name, double scale)
    {
        switch (name)
        {
            case "hardwrap-docx":
            {
                int paragraphs = (int)(100_000 * scale);
                var docx = Docx(Enumerable.Range(0, paragraphs).Select(i => $"các cơ quan đơn vị thực hiện nhiệm vụ tuyên truyền số {i} và"));
                return ($"{docx.Length / 1024} KB DOCX, {paragraphs:N0} open paragraphs", docx, "dong-cat.docx");
            }
            case "inflating-docx":
            {
                // Issue 8: 584 KB of DOCX holding 190 MB of XML took 84 s and 4.1 GB.
                var xml = (long)(190 * 1048576 * scale);
                var path = Path.Combine(Directory.CreateTempSubdirectory("dtrack-bench-").FullName, "khong-lo.docx");
                HostileInputs.InflatingDocx(path, "<w:p><w:r><w:t>Các sở, ban, ngành triển khai thực hiện nhiệm vụ được giao đúng thời hạn</w:t></w:r></w:p>", xml);
                var docx = File.ReadAllBytes(path);
                Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
                return ($"{docx.Length / 1024} KB DOCX, {xml / 1048576} MB of XML", docx, "khong-lo.docx");
            }
            case "huge-page-pdf":
            {
                // Issue 8: 553 bytes with one 100×100-inch page wrote 859 MB to /tmp and peaked at 3.3 GB.
                var pdf = HostileInputs.HugePagePdf(100);
                return ($"{pdf.Length} B PDF, one 100×100-inch page", pdf, "khong-lo.pdf");
            }
            case "oneline-txt":
            {
                var text = Encoding.UTF8.GetBytes(HostileInputs.OneLine((int)(13_000_000 * scale)));
                return ($"{text.Length / 1048576.0:0.#} MB one-line TXT", text, "motdong.txt");
            }
            case "expanding-pdf":
            {
                var pdf = HostileInputs.Pdf((int)(1_000 * scale), "Cac co quan don vi thuc hien nhiem vu tuyen truyen pho bien giao duc", 90);
                return ($"{pdf.Length / 1024} KB PDF, ≈{6 * scale:0.#} MB of text", pdf, "no.pdf");
            }
            case "blank-pdf":
            {
                int pages = (int)(40 * scale);
                var pdf = HostileInputs.Pdf(pages);
                return ($"{pdf.Length} B PDF, {pages} blank A4 pages", pdf, "trang.pdf");
            }
            case "stray-byte-txt":
            {
                var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành thực hiện nhiệm vụ.\n", 300))).ToList();
                text.Insert(4000, 0xFF);
                return ($"{text.Count / 1024} KB UTF-8 TXT, 1 stray byte", text.ToArray(), "lech.txt");
            }
            default: throw new ArgumentException($"unknown case {name}");
        }
    }

    private static byte[] Docx(IEnumerable<string> paragraphs)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(paragraphs.Select(p => new W.Paragraph(new W.Run(new W.Text(p))))));
        }
        return ms.ToArray();
    }
}
