using DirectiveTracker.Index.Search;

namespace DirectiveTracker.Index.Storage;

/// <summary>
/// Keeps the search index in step with the store: applies the change log in sequence order and commits the index
/// with the last sequence applied, so a crash at any point is repaired by replaying from there (applying a change
/// twice gives the same index: a document's entries are deleted, then added from its current rows). Also rebuilds the
/// index from the store and checks it against the store. Backend-neutral: the store is read through <see cref="IndexSource"/>.
/// </summary>
internal sealed class IndexFollower(IndexSource source, SearchIndex index)
{
    private const int Batch = 500;

    /// <summary>Test hook: called before each change is applied; throwing there is a crash between changes.</summary>
    public Action<IndexChange>? OnApply { get; set; }

    /// <summary>
    /// New documents this process has just written, as the index reads them, by the sequence of their change
    /// (<see cref="DocumentRecords.Fresh"/>): applying that very change takes the document from here instead of
    /// reading its rows back (a bulk import read every document back: 7 % of the build). Anything else — a later change
    /// of the same document, a change written by another store or process, a replay after a crash — reads the rows.
    /// Emptied after the catch-up that follows the save (<see cref="ForgetFresh"/>).
    /// </summary>
    public Dictionary<long, IndexedDocument> Fresh { get; } = [];

    /// <summary>Test switch: every document taken from <see cref="Fresh"/> is also read back and must be the same.</summary>
    internal static bool CheckFresh { get; set; }

    /// <summary>Drops what <see cref="Fresh"/> holds (after a catch-up, or a save that rolled back).</summary>
    public void ForgetFresh() => Fresh.Clear();

    /// <summary>Applies every change after the index's sequence (nothing when this process is not the writer); returns how many.</summary>
    public int CatchUp(IProgress<ReindexProgress>? progress = null)
    {
        lock (index.ApplyLock) return Apply(progress);
    }

    /// <summary>
    /// Applies the log after a write whose rows are committed. A failure now must not report the write as failed: it
    /// comes back as the user's warning (<see cref="StoreOutcome.IndexWarning"/>), and the log keeps the change for the
    /// next writer or `dtrack reindex`. Null when the index followed.
    /// </summary>
    public string? CatchUpAfterCommit()
    {
        try { CatchUp(); return null; }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return $"Đã lưu nhưng chưa cập nhật được chỉ mục tìm kiếm ({e.GetType().Name}: {e.Message}); chỉ mục sẽ tự cập nhật ở lần ghi sau hoặc khi chạy `dtrack reindex`.";
        }
        finally { ForgetFresh(); }
    }

    private int Apply(IProgress<ReindexProgress>? progress)
    {
        if (!index.IsWriter) return 0;
        // An index written in an older layout (an upgrade): rebuilt from the store once, instead of replaying the log.
        if (index.NeedsRebuild) return RebuildLocked(progress);
        long applied = index.AppliedSequence;
        var counting = BuildSteps.Begin();
        int pending = source.CountChangesAfter(applied);
        BuildSteps.End(BuildSteps.Step.LogRead, counting);
        if (pending == 0) return 0;
        int done = 0;
        try
        {
            for (var batch = ReadChanges(applied); batch.Count > 0; batch = ReadChanges(applied))
            {
                // A document changed several times in the batch is applied once, at its last change (fewer deleted
                // entries left in the index, whose statistics BM25 reads until segments merge).
                var last = batch.GroupBy(c => c.DocumentId).Select(g => g.Last()).OrderBy(c => c.Sequence).ToList();
                done += batch.Count - last.Count;
                foreach (var change in last)
                {
                    OnApply?.Invoke(change);
                    var step = BuildSteps.Begin();
                    index.DeleteDocument(change.DocumentId);
                    BuildSteps.End(BuildSteps.Step.Delete, step);
                    step = BuildSteps.Begin();
                    var document = change.Op != ChangeLog.Upsert ? null : Fresh.Remove(change.Sequence, out var fresh) ? Checked(fresh) : source.LoadForIndex(change.DocumentId);
                    BuildSteps.End(BuildSteps.Step.Load, step);
                    step = BuildSteps.Begin();
                    if (document is not null) index.Add(document);
                    BuildSteps.End(BuildSteps.Step.Add, step);
                    applied = change.Sequence;
                    progress?.Report(new ReindexProgress(++done, Math.Max(done, pending)));
                }
                applied = batch[^1].Sequence;
                var publish = BuildSteps.Begin();
                index.Publish(applied);
                BuildSteps.End(BuildSteps.Step.Publish, publish);
            }
        }
        catch
        {
            // What was applied but not committed is dropped; the log still holds it.
            index.Rollback();
            throw;
        }
        return done;
    }

    private IndexedDocument Checked(IndexedDocument fresh)
    {
        if (!CheckFresh) return fresh;
        var stored = source.LoadForIndex(fresh.Id);
        var options = new System.Text.Json.JsonSerializerOptions { IncludeFields = true };
        string a = System.Text.Json.JsonSerializer.Serialize(fresh, options), b = System.Text.Json.JsonSerializer.Serialize(stored, options);
        if (a != b) throw new InvalidOperationException($"document {fresh.Id} as saved differs from its rows:\n{a}\n{b}");
        return fresh;
    }

    private List<IndexChange> ReadChanges(long applied)
    {
        var step = BuildSteps.Begin();
        var batch = source.ChangesAfter(applied, Batch);
        BuildSteps.End(BuildSteps.Step.LogRead, step);
        return batch;
    }

    /// <summary>Rebuilds the index from every stored document; returns the number of entries.</summary>
    public int Rebuild(IProgress<ReindexProgress>? progress)
    {
        lock (index.ApplyLock) return RebuildLocked(progress);
    }

    private int RebuildLocked(IProgress<ReindexProgress>? progress)
    {
        long last = source.LastChange();
        var ids = source.DocumentIds();
        int entries = 0;
        try
        {
            index.DeleteAll();
            for (int i = 0; i < ids.Count; i++)
            {
                if (source.LoadForIndex(ids[i]) is { } document) { index.Add(document); entries += 1 + document.Tasks.Count; }
                progress?.Report(new ReindexProgress(i + 1, ids.Count));
            }
            index.Commit(last);
        }
        catch
        {
            index.Rollback();
            throw;
        }
        // Changes written while the rebuild read the store are applied on top (idempotent).
        Apply(null);
        return entries;
    }

    /// <summary>
    /// Compares the index with the store, document by document (its entries: the document and its tasks), and queues
    /// every document that drifted for indexing again (or removal), then applies the queue. Returns how many drifted.
    /// </summary>
    public int CheckAndRepair()
    {
        CatchUp();
        var drifted = Drifted();
        if (drifted.Count == 0) return 0;
        source.QueueChanges([.. drifted.Select(d => (d.Document, d.InStore ? ChangeLog.Upsert : ChangeLog.Delete))]);
        CatchUp();
        return drifted.Count;
    }

    /// <summary>How many documents the index and the store disagree on (read only, for <c>dtrack check</c>).</summary>
    public int CountDrifted() => Drifted().Count;

    /// <summary>Changes in the log that the index's last commit has not applied.</summary>
    public int Backlog()
    {
        index.Search(_ => 0); // opening a searcher reads the sequence the readable index holds
        return source.CountChangesAfter(Math.Max(0, index.AppliedSequence));
    }

    /// <summary>Documents whose entries (the document and its tasks) differ between store and index, and whether the store has them.</summary>
    private List<(long Document, bool InStore)> Drifted()
    {
        var inStore = source.StoredEntries();
        var inIndex = index.Entries();
        return [.. inStore.Keys.Union(inIndex.Keys)
            .Where(d => !inStore.TryGetValue(d, out var s) || !inIndex.TryGetValue(d, out var x) || !s.SetEquals(x))
            .Order().Select(d => (d, inStore.ContainsKey(d)))];
    }
}
