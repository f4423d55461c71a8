using System.Globalization;
using DirectiveTracker.Index.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace DirectiveTracker.Index.Search;

/// <summary>
/// Builds the Lucene entries of stored documents for one index writer: one entry for the document and one per task,
/// with the filter attributes copied onto each (as the old <c>attrs</c> column did), so filters and facets never join
/// the store. Its fields and token streams are made once and refilled entry after entry (Lucene's advice for bulk
/// indexing): a new field per value costs a token stream and the attributes the indexer adds to it — for a numeric
/// field a locked lookup per attribute, a fifth of the build before. One builder per writer, used under its apply lock.
/// </summary>
internal sealed class EntryBuilder(VietnameseAnalyzer analyzer)
{
    private readonly List<IIndexableField> _entry = new(48);

    // Text: exact head and body, folded head then body, the head's folded terms again, bigrams of head and body.
    private readonly Field _headExact = Text(Fields.HeadExact, TextField.TYPE_NOT_STORED), _bodyExact = Text(Fields.BodyExact, TextField.TYPE_NOT_STORED),
        _headFolded = Text(Fields.Folded, TextField.TYPE_NOT_STORED), _bodyFolded = Text(Fields.Folded, TextField.TYPE_NOT_STORED),
        _headTerms = Text(Fields.HeadFolded, TermsOnly), _headBigrams = Text(Fields.Bigrams, TermsOnly), _bodyBigrams = Text(Fields.Bigrams, TermsOnly);

    private readonly Int32Field _issued = new(Fields.Issued, 0, DateType), _due = new(Fields.Due, 0, DateType);
    private readonly Dictionary<string, NumericDocValuesField> _numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KeywordValues> _keywords = new(StringComparer.Ordinal);
    private readonly List<KeywordValues> _filled = [];

    /// <summary>An agency key's leading whole-word parts, then the key (keys repeat across thousands of tasks).</summary>
    private readonly Dictionary<string, string[]> _agencyTerms = new(StringComparer.Ordinal);

    /// <summary>
    /// The entries of <paramref name="d"/>: the document first, then its tasks in order. Each entry must be consumed
    /// before the next is asked for (as the index writer does): its fields are refilled for the next.
    /// </summary>
    public IEnumerable<IEnumerable<IIndexableField>> Of(IndexedDocument d)
    {
        var shared = SharedKeywords(d);
        int issued = d.IssuedOn is { } on ? EntryDocuments.DateNumber(on) : 0;

        Begin(d, shared, Fields.DocumentType, 0, issued);
        AddText((d.Title ?? "") + "\n" + (d.Number ?? ""), d.Text);
        if (d.IssuerKey is { Length: > 0 } issuer)
        {
            Agency(Fields.Agency, issuer);
            Agency(Fields.Issuer, issuer);
            Keyword(Fields.AgencyExact, issuer);
            _entry.Add(new SortedSetDocValuesField(Fields.AgencyKeys, new BytesRef(issuer)));
        }
        yield return Finish();

        foreach (var t in d.Tasks)
        {
            Begin(d, shared, Fields.TaskType, t.Id, issued);
            // Body of a task: who owns it and the deadline as written, so "Sở Nội vụ tuyên truyền" finds its tasks.
            AddText(t.Text, string.Join("; ", t.Owners.Select(o => o.Name)) + "\n" + (t.DeadlineText ?? ""));
            if (t.Category is { } c) Sorted(Fields.Category, c);
            if (t.DeadlineKind is { } k) Sorted(Fields.DeadlineKind, k);
            int due = t.Due is { } dd ? EntryDocuments.DateNumber(dd) : 0;
            if (due > 0)
            {
                _due.SetInt32Value(due);
                _entry.Add(_due);
            }
            Optional(Fields.Timeline, EntryDocuments.TimelineValue(due, t.Timeline));
            if (t.Timeline is { } timeline) AddTimeline(timeline);
            foreach (var key in t.Owners.Select(o => o.AgencyKey).Distinct(StringComparer.Ordinal))
            {
                Agency(Fields.Agency, key);
                Keyword(Fields.AgencyExact, key);
                _entry.Add(new SortedSetDocValuesField(Fields.AgencyKeys, new BytesRef(key)));
            }
            foreach (var o in t.Owners) Agency(o.Role == "lead" ? Fields.Lead : Fields.Support, o.AgencyKey);
            if (d.IssuerKey is { Length: > 0 } issuerKey) Agency(Fields.Issuer, issuerKey);
            yield return Finish();
        }
    }

    /// <summary>The keywords every entry of <paramref name="d"/> carries (computed once per document).</summary>
    private static List<(string Field, string Value)> SharedKeywords(IndexedDocument d)
    {
        var keywords = new List<(string, string)> { (Fields.Document, d.Id.ToString(CultureInfo.InvariantCulture)), (Fields.Kind, d.Kind) };
        if (d.IssuedOn is { } issued) keywords.Add((Fields.Year, issued.Year.ToString(CultureInfo.InvariantCulture)));
        if (d.NumberKey is not null) keywords.Add((Fields.Number, d.NumberKey));
        foreach (var key in d.Implements.Distinct(StringComparer.Ordinal)) keywords.Add((Fields.Implements, key));
        // The place: the document's, and the province its issuer names ("UBND tỉnh Đắk Lắk"), so agencies of the same
        // name in different provinces tell apart.
        foreach (var place in new[] { d.Place, EntryDocuments.PlaceOf(d.Issuer) }.Where(p => !string.IsNullOrWhiteSpace(p))
                     .Select(p => EntryDocuments.PlaceKey(p!)).Distinct(StringComparer.Ordinal))
            keywords.Add((Fields.Place, place));
        return keywords;
    }

    /// <summary>Starts an entry with what the document and all its tasks share: ids, kind, year, dates, number, place.</summary>
    private void Begin(IndexedDocument d, List<(string Field, string Value)> shared, string type, long taskId, int issued)
    {
        _entry.Clear();
        foreach (var k in _filled) k.Values.Clear();
        _filled.Clear();
        foreach (var (field, value) in shared) Keyword(field, value);
        Keyword(Fields.Type, type);
        Number(Fields.DocumentId, d.Id);
        Number(Fields.TaskId, taskId);
        _entry.Add(new SortedDocValuesField(Fields.Kind, new BytesRef(d.Kind)));
        // The year facet reads the year from these doc values (yyyyMMdd): a year's doc values of its own cost Lucene.Net
        // a reflective size estimate per entry (indexes written before still hold them, unread).
        if (issued > 0)
        {
            _issued.SetInt32Value(issued);
            _entry.Add(_issued);
        }
        Optional(Fields.Issued, issued);
    }

    /// <summary>The entry, its keywords packed one field per name: each value one term, as a <see cref="StringField"/> indexes it.</summary>
    private List<IIndexableField> Finish()
    {
        foreach (var k in _filled)
        {
            k.Stream.Replay(k.Values);
            _entry.Add(k.Field);
        }
        return _entry;
    }

    /// <summary>
    /// The text fields, from one pass of the analysis chain over each text. The folded field holds the head, then the
    /// body (the analyzer's position gap keeps a phrase from spanning both). Bigrams and the head's folded copy are only
    /// ever looked up as terms (scored and counted, never in phrases), so they keep frequencies without positions.
    /// </summary>
    private void AddText(string head, string body)
    {
        var step = Storage.BuildSteps.BeginFine();
        var h = _head.Of(analyzer, head);
        var b = _body.Of(analyzer, body);
        Storage.BuildSteps.End(Storage.BuildSteps.Step.Analysis, step);
        Add(_headExact, h.Exact);
        Add(_bodyExact, b.Exact);
        Add(_headFolded, h.Folded);
        Add(_bodyFolded, b.Folded);
        Add(_headTerms, h.Folded);
        Add(_headBigrams, h.Bigrams);
        Add(_bodyBigrams, b.Bigrams);
    }

    // The analysed head and body of the entry being built, in lists kept from entry to entry.
    private readonly TextTokens _head = new(), _body = new();

    /// <summary>One text's tokens for the three kinds of field, in lists refilled for each entry (they keep their capacity).</summary>
    private sealed class TextTokens
    {
        public List<Token> Exact { get; } = [];
        public List<Token> Folded { get; } = [];
        public List<Token> Bigrams { get; } = [];

        public TextTokens Of(VietnameseAnalyzer analyzer, string text)
        {
            analyzer.Analyze(text, Exact, Folded, Bigrams);
            return this;
        }
    }

    private void Add(Field text, IReadOnlyList<Token> tokens)
    {
        ((TokenListStream)text.GetTokenStreamValue()).Replay(tokens);
        _entry.Add(text);
    }

    /// <summary>What else the task's status is computed from, as doc values (read back by <see cref="IndexedStatus"/>; the deadline, its kind and recurrence are <see cref="Fields.Timeline"/>).</summary>
    private void AddTimeline(Progress.TaskTimeline t)
    {
        Optional(Fields.Completed, t.CompletedOn is { } c ? EntryDocuments.DateNumber(c) : 0);
        Optional(Fields.PlanEnd, t.PlanPeriod is { } p ? EntryDocuments.DateNumber(p.End) : 0);
        if (t.OccurrenceCompletions is not { Count: > 0 } done) return;
        var bytes = new byte[done.Count * 8];
        int i = 0;
        foreach (var (due, completed) in done)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i), EntryDocuments.DateNumber(due));
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i + 4), EntryDocuments.DateNumber(completed));
            i += 8;
        }
        _entry.Add(new BinaryDocValuesField(Fields.OccurrencesDone, new BytesRef(bytes)));
    }

    /// <summary>
    /// A number that is often 0 (no date, no deadline, not recurring, not completed), left out when it is: a reader
    /// gets 0 for an entry without the value (or null doc values for a segment without any, which every reader
    /// reads as 0), and Lucene.Net estimates its buffer's size by reflection for every value added (a tenth of the
    /// build's inversion with nine numbers per task).
    /// </summary>
    private void Optional(string field, long value)
    {
        if (value != 0) Number(field, value);
    }

    private void Number(string field, long value)
    {
        if (!_numbers.TryGetValue(field, out var number)) _numbers[field] = number = new NumericDocValuesField(field, 0);
        number.SetInt64Value(value);
        _entry.Add(number);
    }

    /// <summary>A keyword that facets also count: the term and a sorted doc value.</summary>
    private void Sorted(string field, string value)
    {
        Keyword(field, value);
        _entry.Add(new SortedDocValuesField(field, new BytesRef(value)));
    }

    private void Keyword(string field, string value)
    {
        if (!_keywords.TryGetValue(field, out var k)) _keywords[field] = k = new KeywordValues(field);
        if (k.Values.Count == 0) _filled.Add(k);
        k.Values.Add(new Token(value, 0, 0, TokenType.Word));
    }

    /// <summary>An agency key and each of its leading whole-word parts, so that a filter matches longer names of the same body.</summary>
    private void Agency(string field, string key)
    {
        if (!_agencyTerms.TryGetValue(key, out var terms))
        {
            var list = new List<string>();
            for (int i = key.IndexOf(' '); i >= 0; i = key.IndexOf(' ', i + 1)) list.Add(key[..i]);
            list.Add(key);
            if (_agencyTerms.Count > 100_000) _agencyTerms.Clear();
            _agencyTerms[key] = terms = [.. list];
        }
        foreach (var term in terms) Keyword(field, term);
    }

    /// <summary>One keyword field of the entry: its values, replayed one term each through a stream made once.</summary>
    private sealed class KeywordValues
    {
        public KeywordValues(string field)
        {
            Stream = new TokenListStream(Values);
            Field = new Field(field, Stream, KeywordType);
        }

        public List<Token> Values { get; } = [];
        public TokenListStream Stream { get; }
        public Field Field { get; }
    }

    private static Field Text(string field, FieldType type) => new(field, new TokenListStream([]), type);

    /// <summary>As <see cref="StringField"/> indexes: documents only, no norms; tokenized only so that a stream can feed it.</summary>
    private static readonly FieldType KeywordType = Frozen(new FieldType(StringField.TYPE_NOT_STORED) { IsTokenized = true });

    /// <summary>A date (yyyyMMdd) for ranges: its trie terms at <see cref="EntryDocuments.DatePrecisionStep"/>.</summary>
    private static readonly FieldType DateType = Frozen(new FieldType(Int32Field.TYPE_NOT_STORED) { NumericPrecisionStep = EntryDocuments.DatePrecisionStep });

    /// <summary>Terms looked up only as terms: frequencies without positions.</summary>
    private static readonly FieldType TermsOnly = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS });

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
