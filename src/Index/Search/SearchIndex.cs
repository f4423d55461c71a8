using System.Globalization;
using DirectiveTracker.Index.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace DirectiveTracker.Index.Search;

/// <summary>The search index could not be opened for writing: another process holds its writer.</summary>
public sealed class SearchIndexBusyException(string message, Exception inner) : Exception(message, inner);

/// <summary>
/// The Lucene index of documents and tasks, in a folder beside the database. One writer per index (our own exclusive
/// OS lock beside Lucene's), taken lazily and held while this instance lives; one instance per process
/// (<see cref="Acquire"/>); readers are near-real-time searchers of that writer, or,
/// when another process holds the writer, of the last commit. Each commit records the change-log sequence it
/// includes (<see cref="AppliedSequence"/>). Segments merge only with their neighbours (a log merge policy), so
/// document order stays the order entries were added: the newest-first plan relies on it.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private const string SequenceKey = "sequence", FormatKey = "format";

    /// <summary>
    /// The layout of the entries (fields and how they are analysed), recorded with each commit. An index committed in
    /// another layout is rebuilt from the store on first use (<see cref="NeedsRebuild"/>). 1: head and body folded
    /// apart (no key recorded); 2: one folded field for both, the head's folded terms again without positions; 3: dates'
    /// trie terms at <see cref="EntryDocuments.DatePrecisionStep"/>, a task's deadline, kind and recurrence in one doc
    /// value (<see cref="Fields.Timeline"/>), the year facet read from the issue date.
    /// </summary>
    public const int Format = 3;
    private readonly LuceneDirectory _directory;
    private readonly Analyzer _analyzer;
    private readonly EntryBuilder _entries;
    private readonly TimeSpan _lockWait;
    private readonly object _sync = new();
    private readonly string _writerLockPath;
    private FileStream? _writerLock;
    private IndexWriter? _writer;
    private SearcherManager? _searchers;
    private bool _readOnly;

    /// <param name="path">The index folder; created when missing.</param>
    /// <param name="analyzer">The analysis chain (one analyzer per text field kind).</param>
    /// <param name="lockWait">How long to wait for another process's writer to finish before giving up.</param>
    public SearchIndex(string path, VietnameseAnalyzer analyzer, TimeSpan lockWait)
    {
        System.IO.Directory.CreateDirectory(path);
        _directory = FSDirectory.Open(path);
        _writerLockPath = System.IO.Path.Combine(path, WriterLockFile);
        _lockWait = lockWait;
        _entries = new EntryBuilder(analyzer);
        _analyzer = new PerFieldAnalyzerWrapper(analyzer.For(TextFieldKind.Folded), new Dictionary<string, Analyzer>
        {
            [Fields.HeadExact] = analyzer.For(TextFieldKind.Exact),
            [Fields.BodyExact] = analyzer.For(TextFieldKind.Exact),
            [Fields.Folded] = analyzer.For(TextFieldKind.Folded),
            [Fields.HeadFolded] = analyzer.For(TextFieldKind.Folded),
            [Fields.Bigrams] = analyzer.For(TextFieldKind.Bigrams),
        });
    }

    private static readonly Dictionary<string, SearchIndex> Shared = new(StringComparer.Ordinal);
    private string? _sharedKey;
    private int _leases;

    /// <summary>
    /// The one instance of the index at <paramref name="path"/> in this process, opened on first use and closed when
    /// its last user calls <see cref="Release"/>. Stores of one process (the web's pool, a test) share its writer and its
    /// near-real-time readers: a save through one store is searchable through all of them at once, and none of them
    /// waits for a writer another store of the same process holds.
    /// </summary>
    public static SearchIndex Acquire(string path, VietnameseAnalyzer analyzer, TimeSpan lockWait)
    {
        var key = System.IO.Path.GetFullPath(path);
        lock (Shared)
        {
            if (!Shared.TryGetValue(key, out var index)) Shared[key] = index = new SearchIndex(key, analyzer, lockWait) { _sharedKey = key };
            index._leases++;
            return index;
        }
    }

    /// <summary>Gives back an instance of <see cref="Acquire"/>; the last one out closes the index.</summary>
    public void Release()
    {
        if (_sharedKey is null) { Dispose(); return; }
        lock (Shared)
        {
            if (--_leases > 0) return;
            Shared.Remove(_sharedKey);
        }
        Dispose();
    }

    /// <summary>Held while changes are applied: the change log is applied in order, by one thread at a time.</summary>
    public object ApplyLock { get; } = new();

    /// <summary>The last change-log sequence included in the index (committed or, with the writer, applied).</summary>
    public long AppliedSequence { get; private set; } = -1;

    /// <summary>True when the writer opened an index of entries in another <see cref="Format"/>: it must be rebuilt before it is used.</summary>
    public bool NeedsRebuild { get; private set; }

    /// <summary>True once this instance holds the index's writer.</summary>
    public bool IsWriter => _writer is not null;

    /// <summary>Takes the writer, waiting up to the lock wait; throws <see cref="SearchIndexBusyException"/> when another process keeps it.</summary>
    public void OpenWriter() => TryOpenWriter(_lockWait, throwWhenBusy: true);

    /// <summary>Takes the writer when it is free within <paramref name="wait"/>; false when another process holds it.</summary>
    public bool TryOpenWriter(TimeSpan wait, bool throwWhenBusy = false)
    {
        lock (_sync)
        {
            if (_writer is not null) return true;
            if (!TryTakeWriterLock(wait))
            {
                if (throwWhenBusy) throw Busy(new IOException("the index writer lock is held by another process"));
                return false;
            }
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer)
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                // Adjacent merges only: document ids keep the order entries were added in.
                MergePolicy = new LogByteSizeMergePolicy(),
                // A bulk import (or a rebuild) flushes a segment about every 5,000 documents, as often as it commits
                // (below): fewer, larger segments to write and merge. A web process's buffer holds only the saves
                // since its last near-real-time reader, far below this.
                RAMBufferSizeMB = 128,
                // A flushed segment stays as its files: packing them into one compound file wrote every byte twice (the
                // 10,000-document build's two commits: 94 MB copied, 0.3 s of its thread's CPU). Merged segments follow
                // the merge policy's own rule, as before.
                UseCompoundFile = false,
                Similarity = Ranking,
                WriteLockTimeout = (long)wait.TotalMilliseconds,
            };
            try { _writer = new IndexWriter(_directory, config); }
            catch (Exception e)
            {
                ReleaseWriterLock();
                if (e is not LockObtainFailedException) throw;
                if (throwWhenBusy) throw Busy(e);
                return false;
            }
            AppliedSequence = _committed = CommittedSequence(_writer.CommitData);
            NeedsRebuild = _writer.MaxDoc > 0 && CommittedFormat(_writer.CommitData) != Format;
            _lastCommit = DateTime.UtcNow;
            _searchers?.Dispose();
            _searchers = new SearcherManager(_writer, applyAllDeletes: true, new WarmingSearcherFactory());
            _readOnly = false;
            return true;
        }
    }

    /// <summary>
    /// Takes this index's own exclusive writer lock (an OS lock on <see cref="WriterLockFile"/>, released by the OS
    /// when the process dies). Lucene.Net 4.8's native lock takes a shared flock on Linux, so two processes could both
    /// open writers and delete each other's new segment files: this lock is what keeps one writer per index.
    /// </summary>
    private bool TryTakeWriterLock(TimeSpan wait)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive, non-blocking flock on Unix and a sharing lock on Windows.
                _writerLock = new FileStream(_writerLockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return true;
            }
            catch (IOException) when (watch.Elapsed < wait) { Thread.Sleep(50); }
            catch (IOException) { return false; }
        }
    }

    private void ReleaseWriterLock()
    {
        _writerLock?.Dispose();
        _writerLock = null;
    }

    /// <summary>
    /// BM25, as the plan says (Lucene.Net 4.8's default is TF-IDF). Its length norms are encoded as the default's,
    /// so indexes written before read the same.
    /// </summary>
    private static readonly BM25Similarity Ranking = new();

    /// <summary>The file holding the writer's OS lock.</summary>
    public const string WriterLockFile = "dtrack-writer.lock";

    private static SearchIndexBusyException Busy(Exception inner) =>
        new("Chỉ mục tìm kiếm đang được một tiến trình khác ghi (ví dụ máy chủ web); hãy thử lại sau hoặc thêm văn bản qua tiến trình đó.", inner);

    /// <summary>Removes every entry of a document (before it is indexed again or after it was deleted).</summary>
    public void DeleteDocument(long documentId) =>
        Writer.DeleteDocuments(new Term(Fields.Document, documentId.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Adds the entries of a document (under <see cref="ApplyLock"/>: the entries' fields are reused).</summary>
    public void Add(IndexedDocument document) => Writer.AddDocuments(_entries.Of(document));

    /// <summary>Removes every entry (a rebuild).</summary>
    public void DeleteAll()
    {
        // Searches during the rebuild keep reading what was published before it (they wait for the apply lock only
        // when something was published since their reader opened).
        if (_searchers is { } readers) ShowPublished(readers);
        Writer.DeleteAll();
    }

    /// <summary>Longest time applied changes stay uncommitted (a crash replays them from the log).</summary>
    public TimeSpan CommitInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Most changes applied between commits. A commit flushes what the writer buffers as a new segment: committing
    /// every 1,000 changes (and every 5 s, so every batch of a bulk import) made many small segments that merging
    /// rewrote again; 5,000 cut the 10,000-document build's CPU time by about 7 %. A crash replays at most this many changes.
    /// </summary>
    public int CommitEvery { get; set; } = 5000;

    private long _committed = -1;
    private DateTime _lastCommit = DateTime.UtcNow;

    /// <summary>Commits what was applied, recording the change-log sequence it reaches, and makes it searchable.</summary>
    public void Commit(long sequence)
    {
        Writer.SetCommitData(new Dictionary<string, string>
        {
            [SequenceKey] = sequence.ToString(CultureInfo.InvariantCulture), [FormatKey] = Format.ToString(CultureInfo.InvariantCulture),
        });
        var step = Storage.BuildSteps.Begin();
        Writer.Commit();
        Storage.BuildSteps.End(Storage.BuildSteps.Step.LuceneCommit, step);
        // Only a rebuild leaves old entries behind (DeleteAll first), and it commits once, at its end.
        NeedsRebuild = false;
        AppliedSequence = _committed = sequence;
        _lastCommit = DateTime.UtcNow;
        Volatile.Write(ref _published, Volatile.Read(ref _published) + 1);
    }

    /// <summary>
    /// Makes changes applied up to <paramref name="sequence"/> searchable from the next search on (a near-real-time
    /// reader, no fsync), and commits when enough time or changes have passed since the last commit: the change log is
    /// the durable copy. The reader is reopened by the next search, not here: a bulk import of many batches that nobody
    /// searches meanwhile then flushes no small segment per batch (each reopen writes one, and merging them cost again).
    /// </summary>
    public void Publish(long sequence)
    {
        if (sequence - _committed >= CommitEvery || DateTime.UtcNow - _lastCommit >= CommitInterval) { Commit(sequence); return; }
        AppliedSequence = sequence;
        Volatile.Write(ref _published, Volatile.Read(ref _published) + 1);
    }

    // Publications so far and the last one the readers show: a search first reopens the reader when they differ.
    private long _published, _visible;

    /// <summary>Reopens the writer's near-real-time reader when changes were published since it was opened.</summary>
    private void ShowPublished(SearcherManager manager)
    {
        if (Volatile.Read(ref _published) == Volatile.Read(ref _visible)) return;
        // Reopened between batches, under the apply lock: a reader opened in the middle of one could show a document's
        // old entries deleted and its new ones not yet added.
        lock (ApplyLock)
        {
            long wanted = Volatile.Read(ref _published);
            if (wanted <= _visible) return;
            manager.MaybeRefreshBlocking();
            Volatile.Write(ref _visible, wanted);
        }
    }

    /// <summary>Drops everything applied since the last commit and releases the writer, as a crash would (the log replays it).</summary>
    public void Rollback()
    {
        lock (_sync)
        {
            _searchers?.Dispose();
            _searchers = null;
            try { _writer?.Rollback(); } finally { _writer = null; ReleaseWriterLock(); AppliedSequence = _committed = -1; }
        }
    }

    /// <summary>Runs <paramref name="search"/> on the current searcher (null when no index exists yet).</summary>
    public T Search<T>(Func<IndexSearcher?, T> search)
    {
        var manager = Readers();
        if (manager is null) return search(null);
        if (_readOnly) manager.MaybeRefresh();
        else ShowPublished(manager);
        var searcher = manager.Acquire();
        try { return search(searcher); }
        finally { manager.Release(searcher); }
    }

    private SearcherManager? Readers()
    {
        lock (_sync)
        {
            if (_searchers is not null) return _searchers;
            if (!DirectoryReader.IndexExists(_directory)) return null;
            // Another process writes: search its last commit, refreshed before each search.
            _searchers = new SearcherManager(_directory, new WarmingSearcherFactory());
            _readOnly = true;
            var searcher = _searchers.Acquire();
            try { AppliedSequence = CommittedSequence(((DirectoryReader)searcher.IndexReader).IndexCommit.UserData); }
            finally { _searchers.Release(searcher); }
            return _searchers;
        }
    }

    /// <summary>The (task id, 0 for the document itself) entries of each document in the index, for consistency checks. Duplicates show as a count above the set's size.</summary>
    public Dictionary<long, SortedSet<long>> Entries() => Search(searcher =>
    {
        var entries = new Dictionary<long, SortedSet<long>>();
        if (searcher is null) return entries;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var r = leaf.AtomicReader;
            var live = r.LiveDocs;
            var docs = r.GetNumericDocValues(Fields.DocumentId);
            var tasks = r.GetNumericDocValues(Fields.TaskId);
            if (docs is null || tasks is null) continue;
            for (int i = 0; i < r.MaxDoc; i++)
            {
                if (live is not null && !live.Get(i)) continue;
                long d = docs.Get(i), t = tasks.Get(i);
                if (!entries.TryGetValue(d, out var set)) entries[d] = set = [];
                // A duplicate entry (the same task twice) is drift too: recorded as a negative marker.
                if (!set.Add(t)) set.Add(-1 - t);
            }
        }
        return entries;
    });

    private IndexWriter Writer => _writer ?? throw new InvalidOperationException("the search index is not open for writing");

    private static int CommittedFormat(IDictionary<string, string>? data) =>
        data is not null && data.TryGetValue(FormatKey, out var s) && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 1;

    private static long CommittedSequence(IDictionary<string, string>? data) =>
        data is not null && data.TryGetValue(SequenceKey, out var s) && long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;

    public void Dispose()
    {
        lock (_sync)
        {
            // A clean close commits what was applied (with the sequence it reaches); after a crash the log replays it.
            if (_writer is not null && AppliedSequence > _committed) Commit(AppliedSequence);
            _searchers?.Dispose();
            _searchers = null;
            _writer?.Dispose();
            _writer = null;
            ReleaseWriterLock();
            _directory.Dispose();
        }
    }

    /// <summary>
    /// Warms a new searcher before it is published: the first query on a fresh reader otherwise pays for loading the
    /// doc values facets read and the term indexes (0.2–0.4 s at 100k documents in the probe).
    /// </summary>
    private sealed class WarmingSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            var searcher = new IndexSearcher(reader) { Similarity = Ranking };
            foreach (var leaf in reader.Leaves)
            {
                var r = leaf.AtomicReader;
                _ = r.GetNumericDocValues(Fields.DocumentId);
                _ = r.GetNumericDocValues(Fields.TaskId);
                _ = r.GetNumericDocValues(Fields.Issued);
                _ = r.GetNumericDocValues(Fields.Timeline);
                _ = r.GetSortedDocValues(Fields.Kind);
                _ = r.GetSortedDocValues(Fields.Category);
                _ = r.GetSortedDocValues(Fields.DeadlineKind);
                _ = r.GetSortedSetDocValues(Fields.AgencyKeys);
            }
            searcher.Search(new TermQuery(new Term(Fields.Folded, "a")), 1);
            return searcher;
        }
    }
}
