using System.Text.Json;
using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Cli.Tests;

/// <summary>End-to-end checks of `dtrack` as a clerk or leader uses it from a terminal.</summary>
public class CliTests
{
    [Fact]
    public async Task Ingest_goes_on_past_bad_files_and_exits_non_zero()
    {
        using var dir = new TempFolder();
        File.Copy(Dtrack.Corpus("seeds", "004_5bd74ecc4f892fee.txt"), dir.File("a-plan.txt"));
        File.WriteAllBytes(dir.File("b-empty.txt"), []);
        File.WriteAllText(dir.File("c-fake.docx"), "this is not a zip");

        var run = await Dtrack.RunAsync("ingest", dir.Path, "--summary");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("b-empty.txt", run.Err);
        Assert.Contains("c-fake.docx", run.Err);
        Assert.Contains("Tệp: 3", run.Out);
        Assert.Contains("lỗi: 2", run.Out);
    }

    [Fact]
    public async Task Ingest_prints_the_clean_text_of_a_file()
    {
        var run = await Dtrack.RunAsync("ingest", Dtrack.Corpus("seeds", "003_ab9f4c99556e224b.txt"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("II. NHIỆM VỤ, GIẢI PHÁP", run.Out);
        Assert.DoesNotContain("BCSĐUBND-VPTU.KH.197.TU-05", run.Out);
    }

    [Fact]
    public async Task Extract_json_follows_the_contract()
    {
        var run = await Dtrack.RunAsync("extract", Dtrack.Corpus("seeds", "004_5bd74ecc4f892fee.txt"), "--json");

        Assert.Equal(0, run.ExitCode);
        var result = ContractJson.Deserialize(run.Out)!;
        Assert.Equal(DocumentKind.KeHoach, result.Document.Kind);
        Assert.Equal("29/KH-UBND", result.Document.Number);
        Assert.Equal(new DateOnly(2025, 2, 17), result.Document.IssuedOn);
        Assert.True(result.Tasks.Count >= 20, $"only {result.Tasks.Count} tasks");
        using var json = JsonDocument.Parse(run.Out);
        Assert.True(json.RootElement.TryGetProperty("document", out var doc));
        Assert.True(doc.TryGetProperty("issuedOn", out _));
    }

    [Fact]
    public async Task Extract_a_folder_then_score_it_against_gold()
    {
        using var outDir = new TempFolder();
        var extract = await Dtrack.RunAsync("extract", Dtrack.Corpus("seeds"), "--out", outDir.Path);
        Assert.Equal(0, extract.ExitCode);
        Assert.Equal(5, Directory.GetFiles(outDir.Path, "*.json").Length);

        var score = await Dtrack.RunAsync("score", Dtrack.Corpus("gold"), outDir.Path);
        Assert.Equal(0, score.ExitCode);
        var all = score.Out.Split('\n').Single(l => l.StartsWith("ALL"));
        var taskF1 = double.Parse(all.Split(' ', StringSplitOptions.RemoveEmptyEntries)[5], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(taskF1 >= 0.9, $"task F1 {taskF1}");
    }

    [Fact]
    public async Task Score_and_train_refuse_a_malformed_gold_file_with_a_message()
    {
        using var gold = new TempFolder();
        File.WriteAllText(gold.File("broken.json"), "{ not json");
        var score = await Dtrack.RunAsync("score", gold.Path, gold.Path);
        Assert.Equal(1, score.ExitCode);
        Assert.Contains("không đọc được", score.Err);
        Assert.Contains("broken.json", score.Err);
        Assert.DoesNotContain("   at ", score.Err);

        var train = await Dtrack.RunAsync("train", "--gold", gold.Path, "--sources", Dtrack.Corpus("seeds"));
        Assert.Equal(1, train.ExitCode);
        Assert.Contains("không đọc được", train.Err);
        Assert.DoesNotContain("   at ", train.Err);
    }

    [Fact]
    public async Task Train_reports_cross_validated_figures_per_class_and_writes_ml_net_models()
    {
        using var outDir = new TempFolder();
        var run = await Dtrack.RunAsync("train", "--gold", Dtrack.Corpus("gold"), "--sources", Dtrack.Corpus("seeds"), "--l2", "1", "--out-dir", outDir.Path);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("category-model: 5-fold cross-validation by whole document, 5 documents", run.Out);
        Assert.Contains("task-model: 5-fold cross-validation by whole document, 5 documents", run.Out);
        Assert.Contains(run.Out.Split('\n'), l => l.StartsWith("TuyenTruyen", StringComparison.Ordinal));
        var provenance = DirectiveTracker.Extract.Learning.ModelProvenance.FromJson(File.ReadAllText(outDir.File("category-model.json")));
        Assert.Equal(84, provenance.Examples);
        await using var zip = File.OpenRead(outDir.File("category-model.zip"));
        var model = DirectiveTracker.Extract.Learning.TextClassifier.Load(zip);
        Assert.Contains(model.Predict("Đẩy mạnh tuyên truyền", "rule:TuyenTruyen").Label, Enum.GetNames<TaskCategory>());
        Assert.True(File.Exists(outDir.File("task-model.zip")));
    }

    [Fact]
    public async Task Add_then_search_without_diacritics_through_the_environment_data_folder()
    {
        using var data = new TempFolder();
        var env = new Dictionary<string, string> { ["DTRACK_DATA"] = data.Path };

        var add = await Dtrack.RunAsync(env, "add", Dtrack.Corpus("seeds"));
        Assert.Equal(0, add.ExitCode);
        Assert.True(File.Exists(data.File("tracker.db")));

        var search = await Dtrack.RunAsync(env, "search", "so noi vu", "--json", "--limit", "5");
        Assert.Equal(0, search.ExitCode);
        using var json = JsonDocument.Parse(search.Out);
        var hits = json.RootElement.GetProperty("hits");
        Assert.True(hits.GetArrayLength() > 0);
        Assert.Contains(hits.EnumerateArray(), h => h.GetRawText().Contains("Sở Nội vụ"));

        // Adding the same files again changes nothing.
        var again = await Dtrack.RunAsync(env, "add", Dtrack.Corpus("seeds"));
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("Kho có 5 văn bản", again.Out);
    }

    [Fact]
    public async Task Adding_an_earlier_versions_file_again_makes_it_current_and_says_so()
    {
        using var data = new TempFolder();
        const string head = "ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH\nSố: 88/KH-UBND\nThái Bình, ngày 02 tháng 01 năm 2025\nKẾ HOẠCH\nPhòng chống thiên tai năm 2025\n";
        var v1 = data.File("kh88-v1.txt");
        var v2 = data.File("kh88-v2.txt");
        await File.WriteAllTextAsync(v1, head + "1. Sở Nội vụ chủ trì tập huấn cứu hộ quokka, hoàn thành trước ngày 30/6/2025.\n");
        await File.WriteAllTextAsync(v2, head + "1. Sở Nội vụ chủ trì tập huấn cứu hộ wombat, hoàn thành trước ngày 30/6/2025.\n");
        Assert.Contains("thêm mới", (await Dtrack.RunAsync("add", v1, "--data", data.Path)).Out);
        Assert.Contains("phiên bản mới của văn bản đã có", (await Dtrack.RunAsync("add", v2, "--data", data.Path)).Out);

        var again = await Dtrack.RunAsync("add", v1, "--data", data.Path);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("phiên bản cũ của văn bản đã có, nay được dùng lại làm phiên bản hiện hành", again.Out);
        Assert.Contains("cập nhật: 1", again.Out);
        Assert.Contains("Kho có 1 văn bản, 1 nhiệm vụ", again.Out);
        Assert.Contains("quokka", (await Dtrack.RunAsync("search", "quokka", "--data", data.Path)).Out);
        Assert.Contains("\"total\": 0", (await Dtrack.RunAsync("search", "wombat", "--json", "--data", data.Path)).Out);
    }

    [Fact]
    public async Task A_malformed_query_gets_a_vietnamese_message_not_a_stack_trace()
    {
        using var data = new TempFolder();
        await Dtrack.RunAsync("add", Dtrack.Corpus("seeds", "000_42f151d8b7d404f7.txt"), "--data", data.Path);

        var run = await Dtrack.RunAsync("search", "\"unclosed", "--data", data.Path);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("Lỗi truy vấn", run.Out + run.Err);
        Assert.DoesNotContain("   at ", run.Out + run.Err);
    }
}
