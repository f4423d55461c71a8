using System.Text.RegularExpressions;
using DirectiveTracker.Ingest.Model;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Extract.Structure;

/// <summary>Builds the body outline from ingest blocks: items nest by marker rank, paragraphs continue the item above.</summary>
/// <remarks>
/// The distribution list and signature ("Nơi nhận", "TM."/"KT." lines) close the body; a later kind heading
/// (the plan a decision issues) or an appendix ("Phụ lục") opens it again. Footnotes are left out.
/// </remarks>
public static partial class OutlineBuilder
{
    private static readonly string[] ReopeningHeadings = ["ke hoach", "chuong trinh", "phu luc", "de an"];

    public static Outline Build(IngestedDocument document)
    {
        var outline = new Outline();
        var stack = new List<OutlineNode>();
        OutlineNode? lastStar = null;
        bool closed = false;
        int appendix = 0;
        bool sawItem = false;
        bool addressees = false, notes = false, addresseeOpen = false;
        Block? previous = null;

        foreach (var block in SplitTables.Join(document.Blocks))
        {
            var before = previous;
            previous = block;
            if (block.Kind == BlockKind.Footnote) continue;
            if (block.Kind == BlockKind.Table && block.Rows is { Count: > 0 } rows)
            {
                if (IsRecipientsTable(rows)) { closed = true; continue; }
                // An appendix table of which only the header row is a table ("| TT | Nội dung … | Cơ quan chủ trì |"), its
                // rows flattened into the lines below: the header's cells head those lines.
                if (appendix > 0 && rows.Count == 1)
                {
                    if (!outline.AppendixLines.TryGetValue(appendix, out var headerLines)) outline.AppendixLines[appendix] = headerLines = [];
                    headerLines.AddRange(rows[0].Select(BodyText.Clean).Where(c => c.Length > 0));
                    continue;
                }
                var section = outline.Roots.LastOrDefault(r => r.Marker.Kind == MarkerKind.Roman)?.Marker.Label ?? "";
                outline.Tables.Add(new OutlineTable(rows, appendix, appendix > 0 ? "" : section));
                continue;
            }
            var text = BodyText.Clean(block.Text);
            if (text.Length == 0) continue;
            // Workaround: ingest may join "Nơi nhận:" onto the paragraph above it; the distribution list starts there.
            bool recipientsFollow = false;
            int joined = BodyText.RecipientsIndex(text);
            if (joined > 0) { text = text[..joined].Trim(); recipientsFollow = true; }
            if (BodyText.IsRecipientsStart(text) || BodyText.IsCapacityLine(text)) { closed = true; stack.Clear(); lastStar = null; continue; }
            if (text.Length < 120 && BodyText.Key(text) is var key && (BodyText.IsUpperLine(text) || AppendixLabel().IsMatch(key))
                && ReopeningHeadings.Any(h => key.StartsWith(h, StringComparison.Ordinal)) && key.Length < 80)
            {
                if (key.StartsWith("phu luc", StringComparison.Ordinal)) appendix++;
                // The plan a decision attaches after its signature is the body: the decision's own articles (issue,
                // effect, execution) are not tasks.
                else if (closed) outline.Roots.RemoveAll(r => r.Marker.Kind == MarkerKind.Article);
                closed = false; stack.Clear(); lastStar = null;
                continue;
            }
            var (marker, rest) = ListMarker.Read(text);
            // "Ghi chú:" opens the notes on a table or a plan: they and their bullets explain, they give no tasks, until
            // the next numbered item or section.
            if (marker.Kind == MarkerKind.None && IsNotesLabel(text)) { notes = true; stack.Clear(); lastStar = null; continue; }
            if (notes)
            {
                if (marker.Kind is MarkerKind.None or MarkerKind.Dash or MarkerKind.Plus) continue;
                notes = false;
            }
            // A letter's addressee list ("Kính gửi:" then "- Các sở, ban, ngành …;" lines) names recipients, not tasks.
            if (!sawItem && marker.Kind == MarkerKind.None && IsAddresseeIntro(text))
            {
                addressees = true;
                outline.Preamble.Add(text);
                // The first addressee on the label's line ("Kính gửi: - Ủy ban nhân dân tỉnh,").
                if (FirstAddresseeOnLabel(text) is { } first) { outline.Addressees.Add(first.TrimEnd(';', '.', ',').Trim()); addresseeOpen = OpenAddressee(first); }
                continue;
            }
            if (addressees)
            {
                if (marker.Kind is MarkerKind.Dash or MarkerKind.Plus)
                {
                    outline.Addressees.Add(rest.Trim().TrimEnd(';', '.', ',').Trim());
                    addresseeOpen = OpenAddressee(rest);
                    continue;
                }
                // A name wrapped onto the next line ("- Các cơ quan chuyên trách tham mưu, giúp việc" / "Đảng ủy …,").
                if (marker.Kind == MarkerKind.None && addresseeOpen && outline.Addressees.Count > 0)
                {
                    outline.Addressees[^1] = (outline.Addressees[^1] + " " + text.Trim()).TrimEnd(';', '.', ',').Trim();
                    addresseeOpen = OpenAddressee(text);
                    continue;
                }
                addressees = false;
            }
            if (closed)
            {
                // A new section "I." (or part "A.") after the closing starts the body of an issued plan.
                bool opensBody = marker.Kind == MarkerKind.Roman && ListMarker.RomanValue(marker.Label) == 1 || marker is { Kind: MarkerKind.Part, Label: "A" };
                if (opensBody && appendix == 0) { closed = false; stack.Clear(); }
                else continue;
            }
            if (appendix > 0)
            {
                // Appendix text outside tables: kept as lines for the flattened-table reader, not read as items.
                if (!outline.AppendixLines.TryGetValue(appendix, out var appendixLines)) outline.AppendixLines[appendix] = appendixLines = [];
                appendixLines.Add(text);
                continue;
            }

            if (marker.Kind == MarkerKind.None)
            {
                if (BodyText.IsClosing(text) || recipientsFollow)
                {
                    // Closing boilerplate ends the body: keep it with the item above (tasks drop it), then close.
                    if (stack.Count > 0) stack[^1].Continuations.Add(text);
                    closed = true; stack.Clear(); lastStar = null;
                    continue;
                }
                if (lastStar is not null) { lastStar.Continuations.Add(text); continue; }
                // A lead field under a block's bullets ("Trách nhiệm chỉ đạo thực hiện: …") names who does them all,
                // as a "* …" line does.
                if (stack.Count > 0 && stack[^1].Marker.Kind is MarkerKind.Dash or MarkerKind.Plus && TaskField.ResponsibilityOwners(text) is not null)
                {
                    lastStar = AddResponsibility(outline, stack, new OutlineNode(ResponsibilityMarker, text));
                    continue;
                }
                if (stack.Count > 0 && IsWrappedHeading(document.Text, before, stack[^1], block, text)) { stack[^1].ContinueHeading(text); continue; }
                if (stack.Count == 0) { if (!sawItem) outline.Preamble.Add(text); else AddLoose(outline, text); }
                else stack[^1].Continuations.Add(text);
                continue;
            }
            sawItem = true;
            if (recipientsFollow) closed = true;
            if (marker.Kind == MarkerKind.Star)
            {
                lastStar = AddResponsibility(outline, stack, new OutlineNode(marker, rest));
                continue;
            }
            lastStar = null;
            var node = new OutlineNode(marker, rest);
            // Sections ("I.", "A.") inside an article are the plan it approves: they stand as sections of the body.
            bool opensSection = marker.Kind is MarkerKind.Roman or MarkerKind.Part;
            if (IsBullet(marker.Kind) && stack.Count > 0 && IsBullet(stack[^1].Marker.Kind)) CloseBulletsFor(stack, marker.Kind);
            else while (stack.Count > 0 && (stack[^1].Marker.Rank >= marker.Rank || opensSection && stack[^1].Marker.Kind == MarkerKind.Article)) stack.RemoveAt(stack.Count - 1);
            if (stack.Count == 0) outline.Roots.Add(node); else stack[^1].Children.Add(node);
            stack.Add(node);
        }
        RestoreFirstSection(outline);
        return outline;
    }

    /// <summary>
    /// OCR reads a section's numeral I as 1 ("1. TINH THẦN CHỈ ĐẠO HÀNH ĐỘNG" over "1. Quán triệt …", "2. …", then "II.
    /// CÁC NHIỆM VỤ, GIẢI PHÁP"): when the first section is II, a "1." before it titled in capitals over items numbered
    /// from 1 again is section I, and those items are its own. An item's title is not written in capitals, and its
    /// sub-items would not restart at 1 beside it.
    /// </summary>
    private static void RestoreFirstSection(Outline outline)
    {
        int second = outline.Roots.FindIndex(r => r.Marker.Kind == MarkerKind.Roman);
        if (second < 2 || ListMarker.RomanValue(outline.Roots[second].Marker.Label) != 2) return;
        static bool One(OutlineNode r) => r.Marker is { Kind: MarkerKind.Number, Label: "1" };
        int first = second - 2;
        while (first >= 0 && !(One(outline.Roots[first]) && One(outline.Roots[first + 1]))) first--;
        if (first < 0) return;
        var misread = outline.Roots[first];
        if (misread.Children.Count > 0 || misread.Continuations.Count > 0 || VietnameseText.WordCount(misread.Text) < 2 || !BodyText.IsUpperLine(misread.Text)) return;
        var section = new OutlineNode(new ListMarker(MarkerKind.Roman, "I."), misread.Text);
        section.Children.AddRange(outline.Roots.GetRange(first + 1, second - first - 1));
        outline.Roots.RemoveRange(first, second - first);
        outline.Roots.Insert(first, section);
    }

    // "Phụ lục", "Phụ lục 2", "Phụ lục II" alone on its line opens an appendix even when not written in capitals.
    [GeneratedRegex(@"^phu luc(?: (?:\d{1,2}|[ivx]{1,4}))?$")]
    private static partial Regex AppendixLabel();

    private static readonly ListMarker ResponsibilityMarker = new(MarkerKind.Star, "*");

    private const int HeadingWords = 8, HeadingRestWords = 14;

    /// <summary>
    /// A short heading without closing punctuation whose next line, right below it (one line break, no blank line),
    /// is a short unpunctuated line: one heading that the source wrapped ("4. Sở" / "Tư pháp", "4. Đề nghị Ủy ban Mặt
    /// trận" / "Tổ quốc Việt Nam thành phố và các Đoàn thể"). Read as two, the owner would be cut in half.
    /// </summary>
    private static bool IsWrappedHeading(string text, Block? before, OutlineNode item, Block block, string rest)
    {
        if (before is null || before.Kind is not (BlockKind.ListItem or BlockKind.Heading) || item.Continuations.Count > 0 || item.Children.Count > 0) return false;
        if (before.End > block.Start || block.Start > text.Length) return false;
        var gap = text.AsSpan(before.End, block.Start - before.End);
        if (gap.Count('\n') != 1 || gap.Trim().Length > 0) return false;
        if (EndsClosed(item.Text) || VietnameseText.WordCount(item.Text) > HeadingWords) return false;
        var r = rest.TrimEnd();
        return r.Length > 0 && r[^1] is not ('.' or ';' or '!' or '?' or ',') && VietnameseText.WordCount(r) <= HeadingRestWords;
    }

    private static bool EndsClosed(string s)
    {
        var t = s.TrimEnd();
        return t.Length == 0 || t[^1] is '.' or ';' or ':' or '!' or '?' or ',';
    }

    private static bool IsBullet(MarkerKind kind) => kind is MarkerKind.Dash or MarkerKind.Plus;

    /// <summary>
    /// Bullets nest in the order they open under their item, not by symbol: "-" over "+" is the usual order, "+" over "-"
    /// is written too. Among the open bullets, one of the new bullet's own kind is its sibling: it and the bullets under
    /// it close. With none of its kind open, the new bullet opens under the deepest one.
    /// </summary>
    private static void CloseBulletsFor(List<OutlineNode> stack, MarkerKind kind)
    {
        for (int i = stack.Count - 1; i >= 0 && IsBullet(stack[i].Marker.Kind); i--)
            if (stack[i].Marker.Kind == kind) { stack.RemoveRange(i, stack.Count - i); return; }
    }

    // A responsibility line stands beside the items it names owners for, at the top level when no item is open.
    private static OutlineNode AddResponsibility(Outline outline, List<OutlineNode> stack, OutlineNode star)
    {
        var owner = StarOwner(stack);
        if (owner is null) outline.Roots.Add(star); else owner.Children.Add(star);
        return star;
    }

    // A "* …" line belongs with the bullets above it: attach it to their parent; after an item without bullets, to the item.
    private static OutlineNode? StarOwner(List<OutlineNode> stack)
    {
        if (stack.Count == 0) return null;
        var deepest = stack[^1];
        if (deepest.Marker.Kind is MarkerKind.Dash or MarkerKind.Plus)
            return stack.Count >= 2 ? stack[^2] : deepest;
        return deepest;
    }

    private static void AddLoose(Outline outline, string text)
    {
        // Text after a closed list at top level (no section open): keep it as a top-level unmarked node.
        outline.Roots.Add(new OutlineNode(ListMarker.NoMarker, text));
    }

    // "Kính gửi:" alone (its recipients in the bullets below), or followed only by OCR residue ("Kính gửi: DA ä ."):
    // no word of three letters or more after the colon.
    private static bool IsAddresseeIntro(string text)
    {
        if (text.TrimEnd().EndsWith(':') && BodyText.Key(text).TrimEnd(':', ' ') == "kinh gui") return true;
        int colon = text.IndexOf(':');
        if (colon < 0 || BodyText.Key(text[..colon]).Trim() != "kinh gui") return false;
        var rest = text[(colon + 1)..];
        return rest.Length < 20 && !Regex.IsMatch(rest, @"\p{L}{3}") || FirstAddresseeOnLabel(text) is not null;
    }

    // The addressee the label's line carries after a dash ("Kính gửi: - Ủy ban nhân dân tỉnh,"); null when none.
    private static string? FirstAddresseeOnLabel(string text)
    {
        int colon = text.IndexOf(':');
        if (colon < 0) return null;
        var rest = text[(colon + 1)..].TrimStart();
        return rest.Length > 2 && rest[0] is '-' or '–' or '+' && char.IsWhiteSpace(rest[1]) ? rest[2..].Trim() : null;
    }

    // An addressee's line that ends without its closing mark (",", ";", ".") goes on on the next line.
    private static bool OpenAddressee(string text)
    {
        var t = text.TrimEnd();
        return t.Length > 0 && t[^1] is not (',' or ';' or '.' or ':');
    }

    // "Ghi chú:" alone on its line (or "Ghi chú" with the colon lost).
    // A key holds no punctuation and no space at its ends: the label's colon and dots are gone from it.
    private static bool IsNotesLabel(string text) => BodyText.Key(text) == "ghi chu";

    private static bool IsRecipientsTable(IReadOnlyList<IReadOnlyList<string>> rows) =>
        rows.Any(r => r.Any(c => BodyText.IsRecipientsStart(BodyText.Clean(c))));
}
