namespace DirectiveTracker.Cli.Tests;

/// <summary>`dtrack train --data DIR`: the nightly retraining by hand, and `extract --data` falling back from a broken model.</summary>
public class TrainCommandTests
{
    [Fact]
    public async Task Train_with_a_data_folder_learns_new_corrections_once_and_extract_warns_about_a_broken_model()
    {
        using var data = new TempFolder();
        var corrections = Directory.CreateDirectory(data.File("corrections")).FullName;
        // Two labelled seed plans, as corrections (the corpus folders point nowhere: a small, fast training).
        int id = 0;
        foreach (var gold in Directory.EnumerateFiles(Dtrack.Corpus("gold"), "*.json").Order(StringComparer.Ordinal).Take(2))
        {
            id++;
            var stem = Path.GetFileNameWithoutExtension(gold);
            File.Copy(Dtrack.Corpus("seeds", stem + ".txt"), Path.Combine(corrections, $"doc-{id}.txt"));
            File.WriteAllText(Path.Combine(corrections, $"doc-{id}.json"), File.ReadAllText(gold).Replace(stem + ".txt", $"doc-{id}.txt", StringComparison.Ordinal));
        }
        string[] args = ["train", "--data", data.Path, "--gold", data.File("none"), "--sources", data.File("none"), "--l2", "1"];

        var first = await Dtrack.RunAsync(args);
        Assert.Equal(0, first.ExitCode);
        Assert.StartsWith("Retrained after 2 changed corrections on 2 documents (0 corpus, 2 corrections): category-model ", first.Out);
        Assert.Contains("labelled corpus missing", first.Out);
        var again = await Dtrack.RunAsync(args);
        Assert.StartsWith("Nothing retrained: no correction changed since the retraining of", again.Out);

        File.WriteAllText(data.File(Path.Combine("models", "category-model.zip")), "not a model");
        var extract = await Dtrack.RunAsync("extract", Path.Combine(corrections, "doc-1.txt"), "--json", "--data", data.Path);
        Assert.Equal(0, extract.ExitCode);
        Assert.Contains("warning: Model category-model", extract.Err);
        Assert.Contains("\"tasks\"", extract.Out);
    }

    [Fact]
    public async Task Train_with_model_cross_validates_that_model_alone()
    {
        var run = await Dtrack.RunAsync("train", "--model", "category-model", "--gold", Dtrack.Corpus("gold"), "--sources", Dtrack.Corpus("seeds"), "--l2", "1");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("category-model: 5-fold cross-validation by whole document", run.Out);
        Assert.DoesNotContain("task-model", run.Out);
        Assert.DoesNotContain("owner-model", run.Out);

        var unknown = await Dtrack.RunAsync("train", "--model", "no-such-model", "--gold", Dtrack.Corpus("gold"), "--sources", Dtrack.Corpus("seeds"));
        Assert.NotEqual(0, unknown.ExitCode);
    }
}
