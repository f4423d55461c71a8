using System.Text.RegularExpressions;
using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Extract.Grammar;

/// <summary>
/// Finds the documents a text cites by number ("Chỉ thị số 41-CT/TW, ngày 26-12-2024 của Bộ Chính trị"),
/// with kind, number, date, issuer and how the citing document relates to each.
/// </summary>
/// <remarks>
/// Relation: <c>basis</c> in a "Căn cứ …" sentence, <c>replaces</c> after "thay thế", <c>implements</c> in a
/// sentence that opens with "Thực hiện"/"Triển khai (thực hiện)" (titles "thực hiện Chỉ thị …" included),
/// else <c>mentions</c>. The same number cited twice is one reference: the strongest relation
/// (implements &gt; basis &gt; replaces &gt; mentions) and the first non-null date and issuer are kept.
/// Documents cited without a number ("Luật Thi đua, khen thưởng") are not references.
/// </remarks>
public sealed class ReferenceParser
{
    private const RegexOptions Opts = RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private static readonly AgencyRecognizer Recognizer = new();

    private static readonly (string Word, DocumentKind Kind)[] KindWords =
    [
        ("chi thi", DocumentKind.ChiThi), ("ke hoach", DocumentKind.KeHoach), ("quyet dinh", DocumentKind.QuyetDinh),
        ("nghi quyet", DocumentKind.NghiQuyet), ("nghi dinh", DocumentKind.NghiDinh), ("thong tu lien tich", DocumentKind.ThongTu),
        ("thong tu", DocumentKind.ThongTu), ("cong van", DocumentKind.CongVan), ("ket luan", DocumentKind.KetLuan),
        ("luat", DocumentKind.Luat), ("bao cao", DocumentKind.BaoCao),
    ];

    // "Kế hoạch hành động số 459-KHHĐ/TU", "Chương trình hành động số …": a plan of action is a plan.
    private static readonly Regex KindBefore = new(@"(?<w>chi\s+thi|ke\s+hoach(?:\s+hanh\s+dong)?|quyet\s+dinh|nghi\s+quyet|nghi\s+dinh|thong\s+tu(?:\s+lien\s+tich)?|cong\s+van|ket\s+luan|luat|bao\s+cao|thong\s+bao|huong\s+dan|quy\s+dinh|chuong\s+trinh(?:\s+hanh\s+dong)?)\s*(?:so\s*)?:?\s*$", Opts);
    private static readonly Regex OwnNumber = new(@"(?:^|\n|\|)[\s*_|]*so\s*:\s*$", Opts);
    private static readonly Regex DateAfter = new(@"^\s*,?\s*(?:ban\s+hanh\s+)?(?:ngay\s+)(?<d>\d{1,2}\s{0,2}[-/.]\s{0,2}\d{1,2}\s{0,2}[-/.]\s{0,2}\d{4}|\d{1,2}\s+thang\s+\d{1,2}\s*,?\s+nam\s+\d{4})", Opts);
    private static readonly Regex IssuerAfter = new(@"^\s*,?\s*cua\s+", Opts);
    private static readonly Regex SentenceStart = new(@"(?:^|[.;!?\n]\s*|\n)(?=[^.;!?\n]*$)", Opts);
    private static readonly Regex ImplementsOpening = new(@"^\s*(?:[-+*•]|\d+\.|[ivx]+\.)?\s*(?:to\s+chuc\s+)?(?:trien\s+khai\s+(?:thuc\s+hien\s+)?|thuc\s+hien\s+)", Opts);
    private static readonly Regex BasisOpening = new(@"^\s*(?:[-+*•])?\s*can\s+cu\s", Opts);
    private static readonly Regex Replaces = new(@"thay\s+the", Opts);
    private static readonly Regex ReplacesAtEnd = new(@"thay\s+the[^.;]*$", Opts);

    /// <summary>The kind a document word names ("Chỉ thị" → ChiThi, "Kế hoạch" → KeHoach …), or null.</summary>
    public DocumentKind? KindOfWord(string word)
    {
        if (string.IsNullOrWhiteSpace(word)) return null;
        var k = Regex.Replace(new FoldedText(word.Trim()).Value, @"\s+", " ");
        foreach (var (w, kind) in KindWords) if (k == w || k.StartsWith(w + " so", StringComparison.Ordinal)) return kind;
        return null;
    }

    /// <summary>Every document the text cites by number, once per number, in order of first citation.</summary>
    public IReadOnlyList<Reference> FindAll(string text, DeadlineContext context)
    {
        var result = new List<Reference>();
        if (string.IsNullOrWhiteSpace(text)) return result;
        var folded = FoldedText.Of(text);
        // "1237/QĐ-TTG" in an all-caps title and "1237/QĐ-TTg" in the body are one number: keys compare as their invariant
        // upper case (OrdinalIgnoreCase), without an upper-cased copy per citation.
        var byNumber = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (m, cut) in Candidates(text))
        {
            var number = cut ? m.Value.Replace('\u00D0', 'Đ') : DocumentNumber.Normalize(m.Value);
            if (number is null) continue;
            int ks = KeyIndex(folded, m.Index), ke = KeyIndex(folded, m.Index + m.Length);
            var before = folded.Value[Math.Max(0, ks - 40)..ks];
            if (cut && !KindAndSo.IsMatch(before)) continue;
            // "Số: 29/KH-UBND" in the header is the document's own number, not a citation.
            if (OwnNumber.IsMatch(before)) continue;
            var kindWord = KindBefore.Match(before);
            DocumentKind? kind = kindWord.Success ? KindOfWord(kindWord.Groups["w"].Value) : null;
            kind ??= DocumentNumber.KindOf(number);
            if (kind is null && !kindWord.Success) continue;

            // Date and issuer follow the number: ", ngày 26-12-2024 của Bộ Chính trị".
            // The windows after the number are matched in place (Match(input, beginning, length) reads only that
            // window, as a copy of it would be read): two copies per citation were most of this parser's allocation.
            DateOnly? issuedOn = null;
            int cursor = ke;
            var date = DateAfter.Match(folded.Value, ke, Math.Min(folded.Value.Length, ke + 400) - ke);
            if (date.Success)
            {
                issuedOn = DeadlineParser.ParseDate(date.Groups["d"].Value, context);
                cursor = ke + date.Length;
            }
            bool citedBefore = byNumber.TryGetValue(number, out int idx);
            string? issuer = null;
            var of = IssuerAfter.Match(folded.Value, cursor, Math.Min(folded.Value.Length, cursor + 300) - cursor);
            // A number cited again keeps the issuer an earlier citation found: the words after its "của" are not recognised.
            if (of.Success && !(citedBefore && result[idx].Issuer is not null))
            {
                int at = folded.OriginalStart(cursor + of.Length);
                int stop = folded.OriginalEnd(Math.Min(folded.Value.Length, cursor + 300));
                // Only a body right after "của" is the issuer: the rest of the span is not recognised.
                issuer = Recognizer.FirstUpTo(text[at..stop], 0) is { Start: 0 } first ? first.Name : null;
            }

            var relation = RelationAt(folded, ks);
            var reference = new Reference(kind ?? DocumentKind.Other, number, issuedOn, issuer, relation);
            if (citedBefore)
            {
                var old = result[idx];
                result[idx] = old with
                {
                    Number = old.Number.Any(char.IsLower) || !number.Any(char.IsLower) ? old.Number : number,
                    IssuedOn = old.IssuedOn ?? issuedOn,
                    Issuer = old.Issuer ?? issuer,
                    Relation = Strength(relation) > Strength(old.Relation) ? relation : old.Relation,
                };
            }
            else
            {
                byNumber[number] = result.Count;
                result.Add(reference);
            }
        }
        MergeFootnoteMarkers(result, byNumber);
        return result;
    }

    /// <summary>
    /// A footnote marker glued to a cited number ("Luật số 42/2024/QH151 ngày …", "Nghị định số 105/2025/NĐ-CP2,", the
    /// footnotes 1 and 2) reads as that number with one or two more digits; when the number without them is cited too
    /// (in the footnote, or again in the body), the marked one is that citation.
    /// </summary>
    private static void MergeFootnoteMarkers(List<Reference> result, Dictionary<string, int> byNumber)
    {
        var merged = new HashSet<int>();
        for (int i = 0; i < result.Count; i++)
        {
            var number = result[i].Number;
            for (int digits = 1; digits <= FootnoteMarkerDigits && digits < number.Length; digits++)
            {
                if (!char.IsAsciiDigit(number[^digits])) break;
                var unmarked = number[..^digits];
                if (!byNumber.TryGetValue(unmarked, out int target) || target == i || merged.Contains(target)) continue;
                var (marked, cited) = (result[i], result[target]);
                result[target] = cited with
                {
                    IssuedOn = cited.IssuedOn ?? marked.IssuedOn,
                    Issuer = cited.Issuer ?? marked.Issuer,
                    Relation = Strength(marked.Relation) > Strength(cited.Relation) ? marked.Relation : cited.Relation,
                };
                merged.Add(i);
                break;
            }
        }
        if (merged.Count == 0) return;
        var kept = result.Where((_, i) => !merged.Contains(i)).ToList();
        result.Clear();
        result.AddRange(kept);
    }

    // Footnotes are counted 1–99 in an administrative letter.
    private const int FootnoteMarkerDigits = 2;

    /// <summary>
    /// A Party number cut after its kind symbol by a cropped scan ("Quyết định số 23-QĐ về việc …") is cited as written,
    /// only right after a kind word and "số" (checked by the caller), where nothing but a number stands.
    /// </summary>
    /// <remarks>
    /// The first digit is matched before the look-behind, as in <see cref="DocumentNumber.Pattern"/>: the search skips from
    /// digit to digit instead of trying the look-behind at every char of the document.
    /// </remarks>
    private static readonly Regex CutPartyNumber = new(@"\d(?<![\p{L}\d/\-]\d)\d{0,4}-[A-ZĐÐ]{1,5}[a-z]?(?![\p{L}\d/\-])(?!\s{0,2}/)", Opts);

    private static readonly Regex KindAndSo = new(@"(?:chi\s+thi|ke\s+hoach|quyet\s+dinh|nghi\s+quyet|ket\s+luan|chuong\s+trinh(?:\s+hanh\s+dong)?|cong\s+van|thong\s+bao|huong\s+dan|bao\s+cao)\s+so\s*$", Opts);

    // Whole numbers, and cut Party numbers where no whole number stands, in text order.
    private static List<(Match Match, bool Cut)> Candidates(string text)
    {
        var found = new List<(Match Match, bool Cut)>();
        foreach (Match w in DocumentNumber.Pattern.Matches(text)) found.Add((w, false));
        int whole = found.Count;
        foreach (Match c in CutPartyNumber.Matches(text))
            if (!found.Take(whole).Any(w => c.Index < w.Match.Index + w.Match.Length && w.Match.Index < c.Index + c.Length)) found.Add((c, true));
        // No two candidates overlap, so none share a start: the order by start is one order.
        found.Sort((a, b) => a.Match.Index.CompareTo(b.Match.Index));
        return found;
    }

    private static int Strength(ReferenceRelation r) => r switch
    {
        ReferenceRelation.Implements => 3,
        ReferenceRelation.Basis => 2,
        ReferenceRelation.Replaces => 1,
        _ => 0,
    };

    private static ReferenceRelation RelationAt(FoldedText folded, int keyIndex)
    {
        // A span, not a copy: the text before a citation is most of a long document, and a document cites many times.
        var head = folded.Value.AsSpan(0, keyIndex);
        int open = head.LastIndexOf('(');
        if (open >= 0 && head[open..].IndexOf(')') < 0 && Replaces.IsMatch(head[open..])) return ReferenceRelation.Replaces;
        if (ReplacesAtEnd.IsMatch(head[Math.Max(0, head.Length - 60)..])) return ReferenceRelation.Replaces;
        int start = Math.Max(head.LastIndexOfAny(SentenceEnds) + 1, 0);
        // A line break starts a new sentence when the next line opens with a capital (a new paragraph or a
        // title line); hard-wrapped lines go on in lower case.
        for (int nl = head.LastIndexOf('\n'); nl >= start; nl = nl > 0 ? head[..nl].LastIndexOf('\n') : -1)
        {
            int k = nl + 1;
            while (k < folded.Original.Length && k < head.Length && char.IsWhiteSpace(head[k])) k++;
            int o = folded.OriginalStart(k);
            if (o < folded.Original.Length && char.IsUpper(folded.Original[o])) { start = nl + 1; break; }
        }
        var sentence = head[start..];
        if (BasisOpening.IsMatch(sentence)) return ReferenceRelation.Basis;
        if (ImplementsOpening.IsMatch(sentence)) return ReferenceRelation.Implements;
        return ReferenceRelation.Mentions;
    }

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".;!?");

    private static int KeyIndex(FoldedText f, int original)
    {
        int k = Math.Min(original, f.Value.Length);
        while (k > 0 && f.OriginalStart(k) > original) k--;
        while (k < f.Value.Length && f.OriginalStart(k) < original) k++;
        return k;
    }
}
