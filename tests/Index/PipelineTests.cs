using DirectiveTracker.Extract;
using DirectiveTracker.Index.Search;
using DirectiveTracker.Ingest;

namespace DirectiveTracker.Index.Tests;

public sealed class PipelineTests : IDisposable
{
    private readonly TestStore _t = new();
    public void Dispose() => _t.Dispose();

    private static string Seed(string name)
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !Directory.Exists(Path.Combine(dir, "corpus", "seeds"))) dir = Path.GetDirectoryName(dir);
        return Path.Combine(dir ?? throw new DirectoryNotFoundException("corpus/seeds"), "corpus", "seeds", name);
    }

    [Fact]
    public async Task Adds_a_real_plan_and_finds_its_tasks()
    {
        var pipeline = new DocumentPipeline(IngestServices.CreateDefault(), new DocumentExtractor(), _t.Store);
        var result = await pipeline.AddAsync(Seed("004_5bd74ecc4f892fee.txt"));
        Assert.Equal(StoreChange.Added, result.Stored.Change);
        Assert.True(result.Stored.TaskCount > 0);

        var byNumber = _t.Store.Search(new SearchRequest("number:29/KH-UBND"));
        Assert.Equal(result.Stored.TaskCount + 1, byNumber.Total);
        var folded = _t.Store.Search(new SearchRequest("thi dua khen thuong"));
        Assert.Contains(folded.Hits, h => h.Kind == HitKind.Task);

        var again = await pipeline.AddAsync(Seed("004_5bd74ecc4f892fee.txt"));
        Assert.Equal(StoreChange.Unchanged, again.Stored.Change);
    }

    [Fact]
    public async Task A_file_ingest_refuses_leaves_the_store_empty()
    {
        var path = Path.Combine(_t.Folder, "empty.txt");
        File.WriteAllText(path, "");
        var pipeline = new DocumentPipeline(IngestServices.CreateDefault(), new DocumentExtractor(), _t.Store);
        await Assert.ThrowsAsync<IngestException>(() => pipeline.AddAsync(path));
        Assert.Equal((0, 0), _t.Store.Count());
    }
}
