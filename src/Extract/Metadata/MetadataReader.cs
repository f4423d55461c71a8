using System.Text.RegularExpressions;
using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Extract.Structure;

namespace DirectiveTracker.Extract.Metadata;

/// <summary>Reads a document's metadata: kind, number, issuer, place, date, title, signer, references, recipients.</summary>
public sealed partial class MetadataReader(ReferenceParser references)
{
    /// <summary>The clean lines metadata is read from: table cells split apart, emphasis removed, letter-spaced words rejoined.</summary>
    public static IReadOnlyList<string> Lines(string text)
    {
        // One loop, not a chain of SelectMany: every line of the document passes here, and the chain's one-cell arrays
        // and iterators were most of what it allocated.
        var raw = text.Split('\n');
        var lines = new List<string>(raw.Length);
        foreach (var line in raw)
        {
            if (!line.Contains(" | ", StringComparison.Ordinal)) AddCell(lines, line);
            else foreach (var cell in line.Split(" | ")) AddCell(lines, cell);
        }
        return lines;
    }

    private static void AddCell(List<string> lines, string cell)
    {
        // Workaround: ingest may join "Nơi nhận:" onto the paragraph above it.
        int i = BodyText.RecipientsIndex(cell);
        if (i <= 0) lines.Add(CleanLine(cell));
        else
        {
            lines.Add(CleanLine(cell[..i]));
            lines.Add(CleanLine(cell[i..]));
        }
    }

    private static string CleanLine(string cell) => SpacedLetters.Rejoin(BodyText.Clean(cell));

    public DocumentInfo Read(string text, IReadOnlyList<string> lines, IReadOnlyList<string> preamble)
    {
        var header = HeaderReader.Read(lines);
        var number = DocumentNumber.Normalize(header.NumberAsWritten) ?? OcrNumber(header.NumberAsWritten);
        // An attached plan's number is its decision's: the kind line says what the text is.
        var kind = (header.NumberOfAttachingDecision ? header.Kind : null) ?? DocumentNumber.KindOf(number) ?? header.Kind
                   ?? KindOfBlankNumber(header.NumberAsWritten) ?? KindOfSubjectLine(lines) ?? DocumentKind.Other;
        var title = header.Title;
        // A decision or resolution that issues or approves a plan, programme, scheme or strategy is read as the plan (contract:
        // "Decisions that issue plans"):
        // its number and date, the plan's own title, without the issuing authority's line joined after it.
        if (kind is DocumentKind.QuyetDinh or DocumentKind.NghiQuyet && title is not null && IssuedPlanTitle().Match(title) is { Success: true } plan)
        {
            kind = DocumentKind.KeHoach;
            title = AuthorityAfterTitle().Replace(plan.Groups["title"].Value, "").Trim();
            // A strategy is named by its word ("Chiến lược quốc gia về biến đổi khí hậu …"): the name keeps it.
            if (plan.Groups["strategy"].Success) title = plan.Groups["strategy"].Value + " " + title;
            // "Ban hành Kế hoạch chuyển đổi số …": the plan's title starts the sentence it now is.
            if (title.Length > 0 && char.IsLower(title[0])) title = char.ToUpperInvariant(title[0]) + title[1..];
        }
        var issuer = header.HeaderIssuer ?? BodyIssuer(preamble) ?? ClosingSubject(text);
        if (issuer is not null) issuer = CompleteWithPlace(AgencyName.Expand(issuer), header.Place, text);
        issuer ??= IssuerOfNumber(number, header.Place, text);

        var signerLines = header.KindLine >= 0 ? lines.Skip(header.KindLine + 1).ToList() : lines.ToList();
        var signer = SignatureReader.ReadSigner(signerLines);
        var recipients = SignatureReader.ReadRecipients(lines);

        var context = new DeadlineContext(header.IssuedOn?.Year, header.IssuedOn);
        var refs = references.FindAll(text, context)
            .Where(r => number is null || !string.Equals(r.Number, number, StringComparison.OrdinalIgnoreCase))
            // "của Ủy ban nhân dân tỉnh" in a provincial document is the same body as the issuer: give its full name.
            .Select(r => issuer is not null && r.Issuer is { } ri && issuer.Length > ri.Length
                         && issuer.StartsWith(ri, StringComparison.Ordinal) && BodyText.Key(ri).EndsWith("tinh", StringComparison.Ordinal)
                ? r with { Issuer = issuer } : r)
            .ToList();

        return new DocumentInfo
        {
            Kind = kind,
            Number = number,
            Issuer = issuer,
            Place = header.Place,
            IssuedOn = header.IssuedOn,
            Title = title,
            Signer = signer,
            References = refs,
            Recipients = recipients,
        };
    }

    // A letter states its content in a subject line "V/v …" (về việc) under its number, where other kinds have a kind
    // line: with no kind line and no readable symbol (an OCR'd number, "sẽ. 6 Đ5CT-ATMT"), the subject line names a Công văn.
    private static DocumentKind? KindOfSubjectLine(IReadOnlyList<string> lines) =>
        lines.Take(SubjectLineWindow).Any(IsSubjectLine) ? DocumentKind.CongVan : null;

    // The header's first lines, where the subject line stands under the number.
    private const int SubjectLineWindow = 20;

    private static bool IsSubjectLine(string line)
    {
        var t = line.TrimStart();
        return t.Length > 4 && t.StartsWith("V/", StringComparison.OrdinalIgnoreCase) && t[2] is 'v' or 'V' && char.IsWhiteSpace(t[3]);
    }

    // A number left blank for the clerk to fill in ("Số:      /UBND-KT", "…/KH-UBND") has no number, but its symbol still
    // names the kind: only blanks and dots stand before the "/".
    private static DocumentKind? KindOfBlankNumber(string? raw)
    {
        var s = raw?.Trim();
        int slash = s?.IndexOf('/') ?? -1;
        if (s is null || slash < 0 || s.AsSpan(0, slash).ContainsAnyExcept(" .…_*")) return null;
        return DocumentNumber.KindOf(s[slash..]);
    }

    // A number whose digits OCR misread as look-alike letters ("Z32Ø/BTC-QLCS" for 8388/BTC-QLCS) is kept as written:
    // at least one digit, the rest of the first part look-alikes, then a well-formed symbol.
    private static string? OcrNumber(string? raw)
    {
        var s = raw?.Trim().TrimEnd(',', ';', '.', ':');
        return s is not null && OcrNumberShape().IsMatch(s) ? s : null;
    }

    [GeneratedRegex(@"^(?=[^/]*\d)[\dZzOoØøIlSB]{2,5}/(?:(?:19|20)\d\d/)?[A-ZĐÐ][A-Za-zĐđÐ]*(?:-[A-ZĐÐ][A-Za-zĐđÐ]*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex OcrNumberShape();

    [GeneratedRegex(@"^\s*(?:(?:VỀ VIỆC|Về việc|VỀ|Về)\s+)?(?:BAN HÀNH|PHÊ DUYỆT|Ban hành|Phê duyệt)\s+(?:KẾ HOẠCH|CHƯƠNG TRÌNH|ĐỀ ÁN|Kế hoạch|Chương trình|Đề án|(?<strategy>CHIẾN LƯỢC|Chiến lược))\s+(?<title>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex IssuedPlanTitle();

    // The authority line under a decision's title ("ỦY BAN NHÂN DÂN THÀNH PHỐ …", "CHỦ TỊCH ỦY BAN NHÂN DÂN …",
    // "THỦ TƯỚNG CHÍNH PHỦ"), joined to the title by the header reader; a body after "CỦA" belongs to the title.
    [GeneratedRegex(@"(?<!CỦA)\s+(?:CHỦ TỊCH\s+)?(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|THỦ TƯỚNG CHÍNH PHỦ|BỘ TRƯỞNG)(?:[^\p{Ll}]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorityAfterTitle();

    [GeneratedRegex(@"(?:^|[,;:)]\s*)(?<iss>\p{Lu}[^,;:()]{2,90}?)\s+(?:ban hành|xây dựng|triển khai xây dựng)\s+(?:Kế hoạch|Chỉ thị|Chương trình|Quyết định|Kết luận)", RegexOptions.CultureInvariant)]
    private static partial Regex IssuerSentence();

    // "…, Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch …", "Ủy ban nhân dân tỉnh ban hành Kế hoạch …".
    private static string? BodyIssuer(IReadOnlyList<string> preamble)
    {
        foreach (var p in preamble)
        {
            var m = IssuerSentence().Match(p);
            if (m.Success) return m.Groups["iss"].Value.Trim();
        }
        // A directive's "…, Thủ tướng Chính phủ yêu cầu …:" (or "… yêu cầu:" right over the items) names its issuer as the subject.
        foreach (var p in preamble.Where(p => p.TrimEnd().EndsWith(':')))
        {
            var m = DirectiveSubject().Match(p);
            if (m.Success) return Subject(m);
        }
        return null;
    }

    // A document without header names itself in its closing charge: "Uỷ ban nhân dân tỉnh yêu cầu thủ trưởng các sở …
    // tổ chức thực hiện nghiêm túc chỉ thị này." — the subject of that sentence issues it (in today's spelling "Ủy").
    private static string? ClosingSubject(string text)
    {
        var m = ClosingCharge().Match(text);
        return m.Success ? Subject(m) : null;
    }

    // The issuer a sentence names as its subject, "Uỷ" in today's spelling "Ủy".
    private static string Subject(Match m) => m.Groups["iss"].Value.Trim().Replace("Uỷ", "Ủy", StringComparison.Ordinal);

    // How a sentence whose subject issues the document opens: the same bodies in a directive's preamble and in a closing charge.
    private const string IssuingSubject = "(?:Thủ tướng|Bộ trưởng|Chủ tịch|Ủy ban|Uỷ ban|UBND|Ban |Bộ |Tỉnh ủy|Thành ủy)";

    [GeneratedRegex(@"(?:^|[.\n]\s*)(?<iss>" + IssuingSubject + @"[^,;:()\n.]{0,80}?)\s+yêu cầu\s[^.\n]{0,300}?\s(?:[Cc]hỉ thị|[Kk]ế hoạch|[Qq]uyết định|[Cc]ông văn) này", RegexOptions.CultureInvariant)]
    private static partial Regex ClosingCharge();

    [GeneratedRegex(@"(?:^|[,;:.]\s*)(?<iss>" + IssuingSubject + @"[^,;:()]{0,80}?)\s+(?:yêu cầu|chỉ thị)(?:\s|:)", RegexOptions.CultureInvariant)]
    private static partial Regex DirectiveSubject();

    // A scan that lost its header lines keeps the number ("70/KH-UBND"): its issuer symbol, in full words, with the
    // level and the place of the date line, as the text writes that body ("Ủy ban nhân dân thành phố Cần Thơ").
    private static string? IssuerOfNumber(string? number, string? place, string text)
    {
        if (number is null || place is null) return null;
        var symbol = StateIssuerSymbol().Match(number);
        if (!symbol.Success) return null;
        var body = AgencyName.Expand(symbol.Groups["s"].Value);
        if (string.Equals(body, symbol.Groups["s"].Value, StringComparison.Ordinal)) return null;
        foreach (var level in PlaceLevels)
        {
            var name = body + " " + level.Word + " " + place;
            if (text.Contains(name, StringComparison.Ordinal)) return name;
        }
        return null;
    }

    /// <summary>A level of place: its word before the name, the keys a body of that level ends with, and its places.</summary>
    private sealed record PlaceLevel(string Word, string[] BodyEndings, string[] Places);

    // A province before a centrally-run city, in both uses: the name tried first, the body recognised first.
    private static readonly PlaceLevel[] PlaceLevels =
    [
        new("tỉnh", ["tinh", "tinh uy"], Provinces.Names),
        new("thành phố", ["thanh pho", "thanh uy"], Provinces.Cities),
    ];

    // "70/KH-UBND", "12/2025/QĐ-UBND": the issuer's symbol after the kind's.
    [GeneratedRegex(@"^\d+/(?:\d{4}/)?[A-ZĐ]+-(?<s>[A-ZĐ]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex StateIssuerSymbol();

    // A Party organisation inside a body ("Đảng ủy Ủy ban nhân dân tỉnh", "Ban cán sự đảng …") is named as its header
    // writes it: the place belongs to the superior line above it ("ĐẢNG BỘ TỈNH LÀO CAI").
    private static readonly string[] PartyOrganisationsWithin = ["dang uy ", "dang doan ", "ban can su dang "];

    // "Ủy ban nhân dân tỉnh" + place "Thái Bình" → "Ủy ban nhân dân tỉnh Thái Bình"; without a place line, the first
    // province (or city, for a city body) the text names.
    private static string CompleteWithPlace(string issuer, string? place, string text)
    {
        var key = BodyText.Key(issuer);
        if (PartyOrganisationsWithin.Any(p => key.StartsWith(p, StringComparison.Ordinal))) return issuer;
        var level = Array.Find(PlaceLevels, l => l.BodyEndings.Any(e => WholeWords.EndsWith(key, e)));
        if (level is null) return issuer;
        string? name = null;
        if (place is not null)
        {
            var p = Regex.Replace(place, @"^(?:[Tt]ỉnh|[Tt]hành phố|TP\.?)\s+", "").Trim();
            if (p.Length > 0) name = p;
        }
        name ??= FirstNamed(text, level.Places);
        return name is null ? issuer : issuer + " " + name;
    }

    private static string? FirstNamed(string text, string[] names)
    {
        int best = int.MaxValue;
        string? found = null;
        foreach (var n in names)
        {
            int i = text.IndexOf(n, StringComparison.Ordinal);
            if (i >= 0 && i < best) { best = i; found = n; }
        }
        return found;
    }
}
