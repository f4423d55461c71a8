using System.Globalization;
using DirectiveTracker.Index.Analysis;
using DirectiveTracker.Ingest.Text;
using Lucene.Net.Index;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace DirectiveTracker.Index.Search;

/// <summary>A stored document as the index sees it: what it is searched and filtered by, and its tasks.</summary>
public sealed record IndexedDocument(
    long Id, string Kind, string? Number, string? NumberKey, string? Issuer, string? IssuerKey, string? Place,
    DateOnly? IssuedOn, string? Title, string Text, IReadOnlyList<string> Implements, IReadOnlyList<IndexedTask> Tasks);

/// <summary>A stored task as the index sees it; <paramref name="Timeline"/> is what its status is computed from at query time.</summary>
public sealed record IndexedTask(
    long Id, string Text, string? Category, DateOnly? Due, string? DeadlineKind, string? DeadlineText, IReadOnlyList<TaskOwner> Owners,
    Progress.TaskTimeline? Timeline = null);

/// <summary>The index's field names. Text fields are analysed (<see cref="Analysis.TextFieldKind"/>); the others are keywords, numbers or doc values.</summary>
public static class Fields
{
    // Text: head (a document's title and number, a task's text) and body (a document's text, a task's owners and deadline).
    // Exact per part; folded once for both parts (a word is one posting list to find), the head's folded terms again
    // with frequencies only (so a word typed without diacritics still scores the head above the body).
    public const string HeadExact = "head_exact", BodyExact = "body_exact", Folded = "folded", HeadFolded = "head_folded", Bigrams = "bigrams";

    // Keywords (untouched by analysis), also doc values where facets count them.
    public const string Document = "doc", Type = "type", Kind = "kind", Category = "category", Year = "year", Number = "number",
        Implements = "implements", Agency = "agency", Lead = "lead", Support = "support", Place = "place", Issuer = "issuer",
        DeadlineKind = "deadline_kind", AgencyKeys = "agency_keys", AgencyExact = "agency_exact";

    // Numbers: dates as yyyyMMdd (ranges and sorting), ids as doc values.
    public const string Issued = "issued", Due = "due", DocumentId = "document_id", TaskId = "task_id";

    // Doc values a task's status is computed from at query time (IndexedStatus): the deadline's kind and recurrence
    // (enum value + 1, 0 for none), its completion and its plan's period end (yyyyMMdd, 0 for none), and for a
    // recurring task the occurrences done (pairs of yyyyMMdd: due, completed).
    public const string TimelineKind = "timeline_kind", TimelineEvery = "timeline_every", Completed = "completed",
        PlanEnd = "plan_end", OccurrencesDone = "occurrences_done";

    public const string DocumentType = "document", TaskType = "task";
}

/// <summary>
/// Builds the Lucene documents of one stored document: one entry for the document and one per task, with the filter
/// attributes copied onto each (as the old <c>attrs</c> column did), so filters and facets never join the store.
/// </summary>
public static partial class EntryDocuments
{
    /// <summary>
    /// The entries of <paramref name="d"/>: the document first, then its tasks in order, their text analysed by
    /// <paramref name="analyzer"/>. Each entry must be consumed before the next is asked for (as the index writer
    /// does): the entries' token streams are reused.
    /// </summary>
    public static IEnumerable<LuceneDocument> Of(IndexedDocument d, VietnameseAnalyzer analyzer)
    {
        var streams = new TextStreams();
        var doc = Shared(d, Fields.DocumentType, 0);
        AddText(doc, analyzer, streams, (d.Title ?? "") + "\n" + (d.Number ?? ""), d.Text);
        if (d.IssuerKey is { Length: > 0 } issuer)
        {
            AddAgency(doc, Fields.Agency, issuer);
            AddAgency(doc, Fields.Issuer, issuer);
            doc.Add(new StringField(Fields.AgencyExact, issuer, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(Fields.AgencyKeys, new BytesRef(issuer)));
        }
        yield return streams.Packed(doc);
        foreach (var t in d.Tasks)
        {
            var task = Shared(d, Fields.TaskType, t.Id);
            // Body of a task: who owns it and the deadline as written, so "Sở Nội vụ tuyên truyền" finds its tasks.
            AddText(task, analyzer, streams, t.Text, string.Join("; ", t.Owners.Select(o => o.Name)) + "\n" + (t.DeadlineText ?? ""));
            if (t.Category is { } c) Keyword(task, Fields.Category, c, sorted: true);
            if (t.DeadlineKind is { } k) Keyword(task, Fields.DeadlineKind, k, sorted: true);
            int due = t.Due is { } dd ? DateNumber(dd) : 0;
            if (due > 0) task.Add(new Int32Field(Fields.Due, due, Field.Store.NO));
            task.Add(new NumericDocValuesField(Fields.Due, due));
            if (t.Timeline is { } timeline) AddTimeline(task, timeline);
            foreach (var key in t.Owners.Select(o => o.AgencyKey).Distinct(StringComparer.Ordinal))
            {
                AddAgency(task, Fields.Agency, key);
                task.Add(new StringField(Fields.AgencyExact, key, Field.Store.NO));
                task.Add(new SortedSetDocValuesField(Fields.AgencyKeys, new BytesRef(key)));
            }
            foreach (var o in t.Owners) AddAgency(task, o.Role == "lead" ? Fields.Lead : Fields.Support, o.AgencyKey);
            if (d.IssuerKey is { Length: > 0 } issuerKey) AddAgency(task, Fields.Issuer, issuerKey);
            yield return streams.Packed(task);
        }
    }

    /// <summary>What the task's status is computed from, as doc values (read back by <see cref="IndexedStatus"/>).</summary>
    private static void AddTimeline(LuceneDocument task, Progress.TaskTimeline t)
    {
        task.Add(new NumericDocValuesField(Fields.TimelineKind, t.DeadlineKind is { } k ? (int)k + 1 : 0));
        task.Add(new NumericDocValuesField(Fields.TimelineEvery, t.Every is { } e ? (int)e + 1 : 0));
        task.Add(new NumericDocValuesField(Fields.Completed, t.CompletedOn is { } c ? DateNumber(c) : 0));
        task.Add(new NumericDocValuesField(Fields.PlanEnd, t.PlanPeriod is { } p ? DateNumber(p.End) : 0));
        if (t.OccurrenceCompletions is not { Count: > 0 } done) return;
        var bytes = new byte[done.Count * 8];
        int i = 0;
        foreach (var (due, completed) in done)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i), DateNumber(due));
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i + 4), DateNumber(completed));
            i += 8;
        }
        task.Add(new BinaryDocValuesField(Fields.OccurrencesDone, new BytesRef(bytes)));
    }

    /// <summary>A date as the number the index stores: yyyyMMdd.</summary>
    public static int DateNumber(DateOnly d) => d.Year * 10000 + d.Month * 100 + d.Day;

    /// <summary>The date of a stored yyyyMMdd number; null for 0.</summary>
    public static DateOnly? DateOf(long n) => n > 0 ? new DateOnly((int)(n / 10000), (int)(n / 100 % 100), (int)(n % 100)) : null;

    /// <summary>The key a place (province) is filed under: folded, lower-case, single spaces.</summary>
    public static string PlaceKey(string place) =>
        string.Join(' ', VietnameseText.Fold(VietnameseText.Canonical(place)).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The province at the end of an agency's name (<c>UBND tỉnh Đắk Lắk</c> → <c>Đắk Lắk</c>); null when it names none.</summary>
    public static string? PlaceOf(string? agency)
    {
        if (agency is null) return null;
        var m = TrailingPlace().Match(VietnameseText.Fold(VietnameseText.Canonical(agency)).ToLowerInvariant());
        return m.Success ? m.Groups[1].Value : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s(?:tinh|thanh pho|tp\.?)\s+(?!uy\b|doan\b)([\p{L} \-]+)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex TrailingPlace();

    private static LuceneDocument Shared(IndexedDocument d, string type, long taskId)
    {
        var doc = new LuceneDocument
        {
            new StringField(Fields.Document, d.Id.ToString(CultureInfo.InvariantCulture), Field.Store.NO),
            new StringField(Fields.Type, type, Field.Store.NO),
            new NumericDocValuesField(Fields.DocumentId, d.Id),
            new NumericDocValuesField(Fields.TaskId, taskId),
        };
        Keyword(doc, Fields.Kind, d.Kind, sorted: true);
        if (d.IssuedOn is { } issued)
        {
            doc.Add(new StringField(Fields.Year, issued.Year.ToString(CultureInfo.InvariantCulture), Field.Store.NO));
            doc.Add(new NumericDocValuesField(Fields.Year, issued.Year));
            doc.Add(new Int32Field(Fields.Issued, DateNumber(issued), Field.Store.NO));
        }
        doc.Add(new NumericDocValuesField(Fields.Issued, d.IssuedOn is { } i ? DateNumber(i) : 0));
        if (d.NumberKey is not null) doc.Add(new StringField(Fields.Number, d.NumberKey, Field.Store.NO));
        foreach (var key in d.Implements.Distinct(StringComparer.Ordinal)) doc.Add(new StringField(Fields.Implements, key, Field.Store.NO));
        // The place: the document's, and the province its issuer names ("UBND tỉnh Đắk Lắk"), so agencies of the same
        // name in different provinces tell apart.
        foreach (var place in new[] { d.Place, PlaceOf(d.Issuer) }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => PlaceKey(p!)).Distinct(StringComparer.Ordinal))
            doc.Add(new StringField(Fields.Place, place, Field.Store.NO));
        return doc;
    }

    private static void Keyword(LuceneDocument doc, string field, string value, bool sorted)
    {
        doc.Add(new StringField(field, value, Field.Store.NO));
        if (sorted) doc.Add(new SortedDocValuesField(field, new BytesRef(value)));
    }

    /// <summary>An agency key and each of its leading whole-word parts, so that a filter matches longer names of the same body.</summary>
    private static void AddAgency(LuceneDocument doc, string field, string key)
    {
        for (int i = key.IndexOf(' '); i >= 0; i = key.IndexOf(' ', i + 1)) doc.Add(new StringField(field, key[..i], Field.Store.NO));
        doc.Add(new StringField(field, key, Field.Store.NO));
    }

    /// <summary>
    /// The text fields, from one pass of the analysis chain over each text. The folded field holds the head, then the
    /// body (the analyzer's position gap keeps a phrase from spanning both). Bigrams and the head's folded copy are only
    /// ever looked up as terms (scored and counted, never in phrases), so they keep frequencies without positions.
    /// </summary>
    private static void AddText(LuceneDocument doc, VietnameseAnalyzer analyzer, TextStreams streams, string head, string body)
    {
        var h = analyzer.Analyze(head);
        var b = analyzer.Analyze(body);
        doc.Add(new TextField(Fields.HeadExact, streams[0].Replay(h.Exact)));
        doc.Add(new TextField(Fields.BodyExact, streams[1].Replay(b.Exact)));
        doc.Add(new TextField(Fields.Folded, streams[2].Replay(h.Folded)));
        doc.Add(new TextField(Fields.Folded, streams[3].Replay(b.Folded)));
        doc.Add(new Field(Fields.HeadFolded, streams[4].Replay(h.Folded), TermsOnly));
        doc.Add(new Field(Fields.Bigrams, streams[5].Replay(h.Bigrams), TermsOnly));
        doc.Add(new Field(Fields.Bigrams, streams[6].Replay(b.Bigrams), TermsOnly));
    }

    /// <summary>The token streams of one entry's text and keyword fields, replayed entry after entry.</summary>
    private sealed class TextStreams
    {
        private readonly TokenListStream[] _streams = Enumerable.Range(0, 7).Select(_ => new TokenListStream([])).ToArray();
        private readonly Dictionary<string, TokenListStream> _keywords = new(StringComparer.Ordinal);

        public TokenListStream this[int i] => _streams[i];

        /// <summary>
        /// <paramref name="entry"/> with its keyword fields packed: one field per name whose stream replays each value as
        /// one term, indexed as <see cref="StringField"/> indexes it (the same terms). A <see cref="StringField"/> per value
        /// builds a new token stream and the attributes the indexer adds to it: about a fifth of the build.
        /// </summary>
        public LuceneDocument Packed(LuceneDocument entry)
        {
            var packed = new LuceneDocument();
            var values = new Dictionary<string, List<Token>>(StringComparer.Ordinal);
            foreach (var field in entry.Fields)
            {
                if (field is not StringField keyword) { packed.Add(field); continue; }
                if (!values.TryGetValue(keyword.Name, out var list)) values[keyword.Name] = list = [];
                list.Add(new Token(keyword.GetStringValue(), 0, 0, TokenType.Word));
            }
            foreach (var (name, tokens) in values)
            {
                if (!_keywords.TryGetValue(name, out var stream)) _keywords[name] = stream = new TokenListStream([]);
                packed.Add(new Field(name, stream.Replay(tokens), KeywordField));
            }
            return packed;
        }
    }

    private static readonly FieldType KeywordField = Keywords();

    /// <summary>As <see cref="StringField"/> indexes: documents only, no norms; tokenized only so that a stream can feed it.</summary>
    private static FieldType Keywords()
    {
        var type = new FieldType(StringField.TYPE_NOT_STORED) { IsTokenized = true };
        type.Freeze();
        return type;
    }

    private static readonly FieldType TermsOnly = FrequenciesOnly();

    private static FieldType FrequenciesOnly()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS };
        type.Freeze();
        return type;
    }
}
