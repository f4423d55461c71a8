using System.Text.RegularExpressions;
using DirectiveTracker.Extract.Learning;
using DirectiveTracker.Extract.Scoring;
using DirectiveTracker.Extract.Tests.Scoring;

namespace DirectiveTracker.Extract.Tests.Learning;

/// <summary>
/// Pairing gold files with their sources: the default training corpus pairs every label of its sets with that set's
/// document (none left without its source, none read from another set's file of the same name), and a name standing in
/// two source folders with different documents is left out, not paired with the first folder's.
/// </summary>
public sealed class LabelledCorpusTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "dtrack-corpus-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void The_default_corpus_pairs_every_label_with_its_own_set()
    {
        var repo = CorpusScoreTests.RepoRoot();
        var corpus = LabelledCorpus.Find(RetrainingOptions.DefaultGold.Select(d => Path.Combine(repo, d)),
            RetrainingOptions.DefaultSources.Select(d => Path.Combine(repo, d)));

        Assert.Empty(corpus.MissingFolders);
        Assert.Empty(corpus.Unreadable);
        Assert.Empty(corpus.Ambiguous.Select(g => g.Stem));
        Assert.Equal(corpus.Documents.Count, corpus.Documents.Select(d => d.Source).Distinct().Count());
        // A blind set's labels (r3-…, r4-…) pair with that set's folder, the others with realdocs or realdocs2; the labels
        // of a set outside the defaults (a blind set still held out) pair with nothing.
        var defaultSets = RetrainingOptions.DefaultSources.Select(Path.GetFileName).ToHashSet();
        foreach (var label in Directory.EnumerateFiles(Path.Combine(repo, "corpus", "labels"), "*.json"))
        {
            var file = GoldFile.Parse(File.ReadAllText(label), Path.GetFileName(label)).File;
            var prefix = Regex.Match(Path.GetFileName(label), @"^r(\d+)-");
            var paired = corpus.Documents.Where(d => d.Gold.File == file).ToList();
            if (prefix.Success && !defaultSets.Contains("realdocs" + prefix.Groups[1].Value))
            {
                Assert.Empty(paired);
                continue;
            }
            var set = Path.GetFileName(Path.GetDirectoryName(Assert.Single(paired).Source)!);
            if (prefix.Success) Assert.Equal("realdocs" + prefix.Groups[1].Value, set);
            else Assert.Contains(set, new[] { "realdocs", "realdocs2" });
        }
        // Every set of the default corpus gives documents: 5 seeds, 14 realdocs, 19 realdocs2, then the blind sets 3–19 (20 and later stay held out).
        var perSet = corpus.Documents.GroupBy(d => Path.GetFileName(Path.GetDirectoryName(d.Source)!)).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(RetrainingOptions.DefaultSources.Select(Path.GetFileName).Order(), perSet.Keys.Order());
        Assert.Equal(5, perSet["seeds"]);
        Assert.Equal(14, perSet["realdocs"]);
        Assert.Equal(19, perSet["realdocs2"]);
        Assert.Equal(3 + 5 + 5 + 4 + 5 + 4 + 5 + 4 + 4 + 4 + 4 + 4 + 5 + 4 + 4 + 4 + 4, Enumerable.Range(3, 17).Sum(n => perSet["realdocs" + n]));
        Assert.DoesNotContain("realdocs20", perSet.Keys);
    }

    [Fact]
    public void A_name_in_two_source_folders_with_different_documents_is_ambiguous_and_left_out()
    {
        string gold = Dir("gold"), a = Dir("a"), b = Dir("b");
        File.WriteAllText(Path.Combine(a, "01_plan.txt"), "Kế hoạch A");
        File.WriteAllText(Path.Combine(b, "01_plan.txt"), "Kế hoạch B");
        File.WriteAllText(Path.Combine(a, "02_same.txt"), "Cùng một văn bản");
        File.WriteAllText(Path.Combine(b, "02_same.txt"), "Cùng một văn bản");
        File.WriteAllText(Path.Combine(b, "03_only.txt"), "Chỉ ở b");
        foreach (var name in new[] { "01_plan", "02_same", "03_only", "04_none" })
            File.WriteAllText(Path.Combine(gold, name + ".json"), $$"""{"file": "{{name}}.txt", "document": {"kind": "KeHoach"}, "tasks": []}""");

        var corpus = LabelledCorpus.Find([gold], [a, b]);

        Assert.Equal(["01_plan"], corpus.Ambiguous.Select(g => g.Stem));
        Assert.Equal(["04_none"], corpus.WithoutSource.Select(g => g.Stem));
        Assert.Equal([Path.Combine(a, "02_same.txt"), Path.Combine(b, "03_only.txt")], corpus.Documents.Select(d => d.Source));
    }

    private string Dir(string name) => Directory.CreateDirectory(Path.Combine(_root, name)).FullName;
}
