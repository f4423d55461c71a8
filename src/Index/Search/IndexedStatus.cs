using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Progress;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DirectiveTracker.Index.Search;

/// <summary>
/// The status of the task entries of one index segment, computed for a day from the doc values
/// <see cref="EntryDocuments"/> stores (the task's timeline) by the same <see cref="TaskStateCalculator"/> the task lists
/// use: completion, the current occurrence of a recurring task, a deadline inherited from the plan. Nothing about
/// today is indexed, so statuses change as dates pass without indexing again. Each entry's status is computed once per
/// segment and day (<see cref="SegmentStatuses"/>): a broad query's facets and the <c>status:</c> filter otherwise
/// rebuilt every entry's timeline (a recurring task's completions as a dictionary) on every query.
/// </summary>
internal sealed class IndexedStatus(AtomicReader reader, DateOnly today, TaskStateCalculator states)
{
    private readonly sbyte[] _known = SegmentStatuses.For(reader, today, states);
    private readonly NumericDocValues? _taskIds = reader.GetNumericDocValues(Fields.TaskId);
    private readonly NumericDocValues? _timeline = reader.GetNumericDocValues(Fields.Timeline);
    private readonly NumericDocValues? _issued = reader.GetNumericDocValues(Fields.Issued);
    private readonly NumericDocValues? _completed = reader.GetNumericDocValues(Fields.Completed);
    private readonly NumericDocValues? _planEnd = reader.GetNumericDocValues(Fields.PlanEnd);
    private readonly BinaryDocValues? _done = reader.GetBinaryDocValues(Fields.OccurrencesDone);
    private readonly BytesRef _bytes = new();

    /// <summary>The entry's status; null for a document entry.</summary>
    public TaskStatus? Of(int doc)
    {
        int known = _known[doc];
        if (known != SegmentStatuses.Unknown) return known == SegmentStatuses.None ? null : (TaskStatus)known;
        var status = Compute(doc);
        // Racing threads write the same value: the segment's doc values never change.
        _known[doc] = status is { } s ? (sbyte)s : SegmentStatuses.None;
        return status;
    }

    private TaskStatus? Compute(int doc)
    {
        if ((_taskIds?.Get(doc) ?? 0) == 0) return null;
        var (due, kind, every) = EntryDocuments.TimelineOf(_timeline?.Get(doc) ?? 0);
        long planEnd = _planEnd?.Get(doc) ?? 0;
        IReadOnlyDictionary<DateOnly, DateOnly>? done = null;
        if (every > 0 && _done is not null)
        {
            _done.Get(doc, _bytes);
            if (_bytes.Length > 0)
            {
                var map = new Dictionary<DateOnly, DateOnly>();
                var span = _bytes.Bytes.AsSpan(_bytes.Offset, _bytes.Length);
                for (int i = 0; i + 8 <= span.Length; i += 8)
                    map[EntryDocuments.DateOf(BinaryPrimitives.ReadInt32LittleEndian(span[i..]))!.Value] =
                        EntryDocuments.DateOf(BinaryPrimitives.ReadInt32LittleEndian(span[(i + 4)..]))!.Value;
                done = map;
            }
        }
        var timeline = new TaskTimeline(
            kind > 0 ? (DeadlineKind)(kind - 1) : null, EntryDocuments.DateOf(due),
            every > 0 ? (Recurrence)(every - 1) : null, null, EntryDocuments.DateOf(_issued?.Get(doc) ?? 0),
            EntryDocuments.DateOf(planEnd) is { } end ? new PlanPeriod(end, "") : null,
            EntryDocuments.DateOf(_completed?.Get(doc) ?? 0), done);
        return states.StatusOf(timeline, today);
    }
}

/// <summary>
/// The statuses computed so far of one segment's entries for one day and status rule, kept while the segment lives.
/// A segment's doc values never change (a changed task is indexed as a new entry), so a computed status stays true
/// for that day; another day or rule starts afresh.
/// </summary>
internal static class SegmentStatuses
{
    public const sbyte Unknown = -1, None = -2;

    private sealed record Day(DateOnly Today, TaskStateCalculator Rule, sbyte[] Known);

    private static readonly ConditionalWeakTable<object, Day> BySegment = new();

    /// <summary>The segment's array for the day (<see cref="Unknown"/> where not computed yet; <see cref="None"/> for a document entry; else the status).</summary>
    public static sbyte[] For(AtomicReader reader, DateOnly today, TaskStateCalculator rule)
    {
        var key = reader.CoreCacheKey;
        if (BySegment.TryGetValue(key, out var day) && day.Today == today && ReferenceEquals(day.Rule, rule)) return day.Known;
        var known = new sbyte[reader.MaxDoc];
        Array.Fill(known, Unknown);
        BySegment.AddOrUpdate(key, new Day(today, rule, known));
        return known;
    }
}

/// <summary>The task entries whose status today is one status (the <c>status:</c> filter), checked entry by entry as the other clauses propose them.</summary>
internal sealed class StatusFilter(TaskStatus status, DateOnly today, TaskStateCalculator states) : Filter
{
    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        var statuses = new IndexedStatus(context.AtomicReader, today, states);
        return new StatusDocs(context.AtomicReader.MaxDoc, acceptDocs, doc => statuses.Of(doc) == status);
    }

    private sealed class StatusDocs(int maxDoc, IBits acceptDocs, Func<int, bool> match) : FieldCacheDocIdSet(maxDoc, acceptDocs)
    {
        protected override bool MatchDoc(int doc) => match(doc);
    }

    public override string ToString() => "status:" + status;
}
