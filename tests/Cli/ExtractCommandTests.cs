using System.Text.Json;

namespace DirectiveTracker.Cli.Tests;

/// <summary>`dtrack extract` over folders: one JSON document, and the same answers whatever the globalization mode.</summary>
public class ExtractCommandTests
{
    [Fact]
    public async Task Extract_of_a_folder_with_json_prints_one_array_with_the_file_of_each_result()
    {
        var run = await Dtrack.RunAsync("extract", Dtrack.Corpus("seeds"), "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        var files = json.RootElement.EnumerateArray().Select(e => Path.GetFileName(e.GetProperty("file").GetString()!)).ToList();
        Assert.Equal(Directory.GetFiles(Dtrack.Corpus("seeds"), "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal), files.Order(StringComparer.Ordinal));
        Assert.All(json.RootElement.EnumerateArray(), e => Assert.True(e.GetProperty("tasks").GetArrayLength() > 0));
    }

    [Fact]
    public async Task Extract_of_a_folder_of_its_own_plans_with_json_is_one_document_not_objects_back_to_back()
    {
        using var dir = new TempFolder();
        foreach (var (name, task) in new[] { ("a.txt", "Sở Nội vụ tổ chức hội nghị tổng kết trước ngày 31/12/2025."), ("b.txt", "Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.") })
            await File.WriteAllLinesAsync(dir.File(name), ["ỦY BAN NHÂN DÂN", "TỈNH NAM ĐỊNH", "Số: 12/KH-UBND", "Nam Định, ngày 2 tháng 4 năm 2025", "KẾ HOẠCH", "Công tác năm 2025", "I. NHIỆM VỤ", "1. " + task]);

        var run = await Dtrack.RunAsync("extract", dir.Path, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out); // throws on two objects back to back
        Assert.Equal(["a.txt", "b.txt"], json.RootElement.EnumerateArray().Select(e => Path.GetFileName(e.GetProperty("file").GetString()!)).Order(StringComparer.Ordinal));
        Assert.All(json.RootElement.EnumerateArray(), e => Assert.Equal(1, e.GetProperty("tasks").GetArrayLength()));
    }

    [Fact]
    public async Task The_corpus_extracts_the_same_with_and_without_globalization_invariant_mode()
    {
        using var icu = new TempFolder();
        using var invariant = new TempFolder();
        string[] corpus = [Dtrack.Corpus("seeds"), Dtrack.Corpus("realdocs"), Dtrack.Corpus("realdocs2")];
        var a = await Dtrack.RunAsync(new Dictionary<string, string> { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0" }, ["extract", .. corpus, "--out", icu.Path]);
        var b = await Dtrack.RunAsync(new Dictionary<string, string> { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1" }, ["extract", .. corpus, "--out", invariant.Path]);

        Assert.Equal(0, a.ExitCode);
        Assert.Equal(0, b.ExitCode);
        var names = Directory.GetFiles(icu.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.True(names.Count >= 20, $"only {names.Count} results");
        Assert.Equal(names, Directory.GetFiles(invariant.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var name in names)
            Assert.True(File.ReadAllText(icu.File(name!)) == File.ReadAllText(invariant.File(name!)), $"{name} differs between the two modes");
        Assert.Contains("nhiệm vụ:", a.Out);
        Assert.Equal(a.Out.Split('\n')[^2], b.Out.Split('\n')[^2]);
    }
}
