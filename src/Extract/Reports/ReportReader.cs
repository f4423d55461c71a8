using System.Globalization;
using System.Text.RegularExpressions;
using DirectiveTracker.Extract.Metadata;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Ingest.Model;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Extract.Reports;

/// <summary>
/// Reads a progress report: recognises it (kind Báo cáo, a "BÁO CÁO" line, a title starting "Báo cáo"), finds the
/// reporting body in the header, the plans it answers (Kế hoạch numbers cited in its title and opening) and splits its
/// body into passages with their claims.
/// </summary>
public sealed class ReportReader
{
    private const RegexOptions Opts = RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.IgnoreCase;
    private static readonly string[] LevelWords = ["tỉnh", "huyện", "thành phố", "xã", "phường", "quận", "thị xã", "thị trấn", "đặc khu"];

    private readonly ClaimReader _claims;
    private readonly PassageSplitter _splitter;
    private readonly Regex _citation;
    private readonly string _preferredKind;

    public ReportReader(ReportWords? words = null)
    {
        words ??= ReportWords.Embedded;
        _claims = new ClaimReader(words);
        _splitter = new PassageSplitter(_claims, words);
        _preferredKind = words.AnsweredKinds[0];
        // "Kế hoạch số 29/KH-UBND ngày 17/02/2025", "Quyết định số 2629/QĐ-TTg", "Chỉ thị số 41-CT/TW" (spaces may be "_").
        var kinds = string.Join("|", words.AnsweredKinds.Select(k => Regex.Escape(k).Replace("\\ ", "[ _]")));
        _citation = new Regex(
            $@"(?<kind>{kinds})\s+(?:số\s+)?(?<n>\d+[\w.\-Đđ]*(?:/[\w.\-Đđ]+)+)(?:\s*,?\s*ngày\s+(?<d>\d{{1,2}})\s*[/.-]\s*(?<m>\d{{1,2}})\s*[/.-]\s*(?<y>(?:19|20)\d\d))?", Opts);
    }

    /// <summary>Whether the document is a report.</summary>
    public static bool IsReport(IngestedDocument document, ExtractionResult extraction)
    {
        if (extraction.Document.Kind == DocumentKind.BaoCao) return true;
        foreach (var block in document.Blocks.Take(12))
        {
            var t = ClaimReader.Comparable(block.Text);
            if (t == "báo cáo" || t.StartsWith("báo cáo ", StringComparison.Ordinal) && block.Kind != BlockKind.ListItem) return true;
        }
        return false;
    }

    /// <summary>The report as read, or null when the document is not a report.</summary>
    public ReportReading? Read(IngestedDocument document, ExtractionResult extraction)
    {
        if (!IsReport(document, extraction)) return null;
        var info = extraction.Document;
        int kindLine = KindLine(document.Blocks);
        int titleStart = BodyStart(document.Blocks, kindLine);
        int bodyStart = titleStart;
        while (bodyStart < document.Blocks.Count && IsPreamble(document.Blocks[bodyStart].Text)) bodyStart++;
        var opening = string.Join("\n", document.Blocks.Skip(Math.Max(0, kindLine)).Take(bodyStart - Math.Max(0, kindLine)).Select(b => b.Text));
        // The title block and preamble, not the extraction's title, which may run on into the body.
        var plans = Plans(kindLine < 0 ? info.Title ?? "" : opening, info);
        var passages = _splitter.Split(document.Blocks, bodyStart, info.IssuedOn);
        return new ReportReading(info.Number, info.Issuer, Agency(document.Blocks, kindLine) ?? info.Issuer, info.IssuedOn, info.Title, plans, passages);
    }

    /// <summary>The block holding the kind line ("BÁO CÁO", or a title that starts "Báo cáo …"), or -1.</summary>
    private static int KindLine(IReadOnlyList<Block> blocks)
    {
        for (int i = 0; i < Math.Min(blocks.Count, 15); i++)
        {
            var t = ClaimReader.Comparable(blocks[i].Text);
            if (t == "báo cáo" || t.StartsWith("báo cáo ", StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    /// <summary>The first block of the body: after the kind line and the title under it (the title runs until the first sentence-like block).</summary>
    private static int BodyStart(IReadOnlyList<Block> blocks, int kindLine)
    {
        if (kindLine < 0) return 0;
        var kind = ClaimReader.Comparable(blocks[kindLine].Text);
        // "BÁO CÁO" alone: the title is the next block; "Báo cáo tình hình …" is its own title.
        return kind == "báo cáo" ? Math.Min(blocks.Count, kindLine + 2) : kindLine + 1;
    }

    /// <summary>The opening before the results: "Thực hiện Kế hoạch số …, Sở … báo cáo như sau:", a bracketed note.</summary>
    private static bool IsPreamble(string text)
    {
        var t = ClaimReader.Comparable(text).Trim();
        return t.EndsWith(':') && (t.Contains("báo cáo", StringComparison.Ordinal) || t.Contains("như sau", StringComparison.Ordinal))
            || t.StartsWith('(') && t.EndsWith(')')
            || (t.StartsWith("thực hiện kế hoạch", StringComparison.Ordinal) || t.StartsWith("căn cứ", StringComparison.Ordinal)) && t.Length < 600 && t.EndsWith(':');
    }

    /// <summary>The reporting body: the last header line above "Số:" or the kind line, joined to the line above when it starts with a level word.</summary>
    private static string? Agency(IReadOnlyList<Block> blocks, int kindLine)
    {
        var header = new List<string>();
        int end = kindLine < 0 ? Math.Min(blocks.Count, 6) : kindLine;
        for (int i = 0; i < end; i++)
        {
            var t = blocks[i].Text.Trim();
            var c = ClaimReader.Comparable(t);
            if (c.StartsWith("số", StringComparison.Ordinal) && c.Contains(':') || c.StartsWith("cộng hòa", StringComparison.Ordinal)) break;
            if (c.StartsWith("độc lập", StringComparison.Ordinal) || t.All(ch => ch is '-' or '_' or ' ')) continue;
            if (!IsUpper(t)) continue;
            header.Add(t);
        }
        if (header.Count == 0) return null;
        var last = header[^1];
        var lastCanon = ClaimReader.Comparable(last);
        if (header.Count > 1 && LevelWords.Any(w => lastCanon.StartsWith(w + " ", StringComparison.Ordinal)))
            last = header[^2] + " " + last;
        return AdministrativeCase.Recase(last);
    }

    private static bool IsUpper(string t) => t.Any(char.IsLetter) && t.Where(char.IsLetter).All(char.IsUpper);

    /// <summary>
    /// Plans cited in the title and opening ("Kế hoạch số 29/KH-UBND ngày 17/02/2025"): every citation of the preferred
    /// kind, else the first citation of another kind ("Quyết định số 2629/QĐ-TTg" approving a programme); else the plans
    /// the extraction says it implements.
    /// </summary>
    private IReadOnlyList<AnsweredPlan> Plans(string opening, DocumentInfo info)
    {
        var result = new List<AnsweredPlan>();
        AnsweredPlan? other = null;
        foreach (Match m in _citation.Matches(opening))
        {
            var number = m.Groups["n"].Value.TrimEnd('.', '-', ',');
            DateOnly? date = null;
            if (m.Groups["d"].Success && DateOnly.TryParseExact($"{m.Groups["d"].Value}/{m.Groups["m"].Value}/{m.Groups["y"].Value}", "d/M/yyyy",
                    CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) date = d;
            var kind = ClaimReader.Comparable(m.Groups["kind"].Value);
            if (kind != _preferredKind) { other ??= new AnsweredPlan(number, date); continue; }
            if (result.Any(p => string.Equals(p.Number, number, StringComparison.OrdinalIgnoreCase))) continue;
            result.Add(new AnsweredPlan(number, date));
        }
        if (result.Count == 0 && other is not null) result.Add(other);
        if (result.Count > 0) return result;
        return info.References.Where(r => r.Kind == DocumentKind.KeHoach && r.Relation == ReferenceRelation.Implements)
            .Select(r => new AnsweredPlan(r.Number, r.IssuedOn)).ToList();
    }
}
