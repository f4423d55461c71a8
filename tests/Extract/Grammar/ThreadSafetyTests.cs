using DirectiveTracker.Extract.Grammar;

namespace DirectiveTracker.Extract.Tests.Grammar;

/// <summary>The grammars are stateless: one instance gives the same answers from many threads at once.</summary>
public class ThreadSafetyTests
{
    [Fact]
    public void Shared_instances_give_the_same_results_in_parallel()
    {
        var root = GoldAgreementTests.RepoRoot();
        var lines = Directory.GetFiles(Path.Combine(root, "corpus", "seeds"), "*.txt").Order()
            .SelectMany(File.ReadAllLines).Where(l => l.Trim().Length > 30).ToArray();
        var recognizer = new AgencyRecognizer();
        var owners = new OwnerParser();
        var deadlines = new DeadlineParser();
        var categories = new CategoryRules();
        var context = new DeadlineContext(2025, new DateOnly(2025, 2, 17));

        string Describe(string line) =>
            string.Join("|", recognizer.FindAll(line).Select(m => $"{m.Name}@{m.Start}")) + "#" +
            string.Join("|", owners.Parse(line).Lead) + "#" + deadlines.Parse(line, context) + "#" + categories.Classify(line);

        var expected = lines.Select(Describe).ToArray();
        var actual = new string[lines.Length];
        Parallel.For(0, lines.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = Describe(lines[i]));
        Assert.Equal(expected, actual);
    }
}
