using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Structure;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>
/// The parties a task table's owner cell lists beside the bodies the recogniser knows: a cell is a list of owners, so
/// each item of it that is no known body (`chủ rừng`, `tổ chức phi chính phủ`, `các hiệp hội, doanh nghiệp`) is an
/// owner too (EXTRACTION.md "Owners").
/// </summary>
public static class OwnerCellParties
{
    // An item longer than this (in syllables) is text a flattened table ran into the cell, not a name.
    private const int ItemWords = 12;

    // A cell with more words than this outside the bodies the recogniser knows is a paragraph, not a list of names (a long
    // list of known bodies, "Bộ Tài nguyên và Môi trường, Bộ Tài chính, …, tổ chức phi chính phủ", is still a list).
    private const int CellWords = 40;

    /// <summary>
    /// The owners <paramref name="cell"/> lists, in order: its items between commas or semicolons, or after a known
    /// body's "và" (the "và" dropped), that are a known body whole or lie outside every mention. A piece joined to a known body
    /// without a comma between is part of that body's name, not another owner.
    /// </summary>
    /// <remarks><paramref name="namesKnownBody"/>: the whole cell, of which <paramref name="cell"/> may be one part
    /// between semicolons, names a body the recogniser knows.</remarks>
    public static IReadOnlyList<string> Find(string cell, IReadOnlyList<AgencyMention> mentions, bool namesKnownBody)
    {
        var words = OwnerShapeWords.Embedded;
        // A date or a number ("Quý IV/2026") is no name: a cell that holds one ran into the next column. The cheapest
        // test first: each of these three gives no party.
        if (cell.Any(char.IsDigit)) return [];
        if (WordsOutside(cell, mentions) > CellWords) return [];
        var key = BodyText.Key(cell);
        if (words.CellRoleWords.Any(r => WholeWords.Contains(key, r))) return [];
        // "Bộ Công an, Bộ Khoa học và Công nghệ với các tiêu chuẩn, quy chuẩn …": a qualifier after a body ("với", "theo"
        // …) makes the cell a sentence, its items no list of owners.
        foreach (var m in mentions)
        {
            var rest = cell[Math.Min(cell.Length, m.Start + m.Length)..].TrimStart();
            // A qualifier in parentheses ("(theo chức năng, nhiệm vụ)") is set apart from the list.
            if (rest.StartsWith('(')) continue;
            var after = BodyText.Key(rest);
            if (words.CellClauseWords.Any(w => WholeWords.StartsWith(after, w))) return [];
        }

        var covered = new bool[cell.Length];
        foreach (var m in mentions)
            for (int i = Math.Max(0, m.Start); i < Math.Min(cell.Length, m.Start + m.Length); i++) covered[i] = true;

        var items = new List<(string Text, bool Known)>();
        int depth = 0, start = 0;
        for (int i = 0; i <= cell.Length; i++)
        {
            if (i < cell.Length && cell[i] == '(') depth++;
            else if (i < cell.Length && cell[i] == ')') depth = Math.Max(0, depth - 1);
            else if (i == cell.Length || (cell[i] is ',' or ';' && depth == 0 && !covered[i]))
            {
                items.Add(Item(cell, start, i, covered));
                start = i + 1;
            }
            // "<known body> và <party>": the "và" right after a known body starts another item.
            else if (depth == 0 && i > start && AndAfterMention(cell, i, covered))
            {
                items.Add(Item(cell, start, i, covered));
                start = i;
            }
        }

        // "… Viện Nghiên cứu phát triển Thành phố Các sở, ngành, …": a capitalised determiner inside an item starts the
        // next column's cell, which a reader ran into this one.
        if (items.Any(x => CapitalisedDeterminerInside(x.Text, words))) return [];
        // A cell that names no body the recogniser knows lists owners only when each item is a party by its head
        // ("Doanh nghiệp, nhà đầu tư"); otherwise it is another column's text ("Tiêu chuẩn, mô tả vị trí việc làm").
        if (!namesKnownBody && !items.All(x => x.Text.Length == 0 || StartsWithPartyHead(x.Text, words))) return [];
        var parties = new List<string>();
        for (int i = 0; i < items.Count; i++)
        {
            var (text, known) = items[i];
            if (text.Length == 0) continue;
            // A known body that is a whole item is a listed owner even where the grammar read the cell otherwise.
            if (known)
            {
                var whole = mentions.FirstOrDefault(m => m.Start >= 0 && m.Start + m.Length <= cell.Length && cell.Substring(m.Start, m.Length) == text);
                if (whole is not null) parties.Add(whole.Name);
                continue;
            }
            // An item after a group a determiner opens, with none of its own ("Các cơ quan, đơn vị"), still belongs to that
            // group, unless a descriptor closed it ("các cơ quan liên quan, báo, đài").
            if (i > 0 && items[i - 1].Known && StartsWithDeterminer(items[i - 1].Text, words) && !StartsWithDeterminer(text, words)
                && !words.GroupClosers.Any(c => WholeWords.EndsWith(BodyText.Key(items[i - 1].Text), c)))
                continue;
            // One-word heads listed with commas ("báo, đài") are one group, as "sở, ban, ngành" is; so are the items
            // a determiner opens ("các hiệp hội, doanh nghiệp"), up to the next determiner or known body.
            int j = i;
            bool group = StartsWithDeterminer(text, words) || VietnameseText.WordCount(text) == 1;
            while (group && j + 1 < items.Count && !items[j + 1].Known && items[j + 1].Text.Length > 0
                   && !StartsWithDeterminer(items[j + 1].Text, words) && (VietnameseText.WordCount(items[j].Text) == 1 || StartsWithDeterminer(text, words)))
                j++;
            var party = string.Join(", ", items.Skip(i).Take(j - i + 1).Select(x => x.Text));
            i = j;
            if (IsParty(party, words)) parties.Add(party);
        }
        return parties;
    }

    // The text of one item between separators; Known when a mention covers any of it (that item is the recogniser's).
    private static (string Text, bool Known) Item(string cell, int start, int end, bool[] covered)
    {
        bool known = false;
        for (int i = start; i < end; i++) if (covered[i] && !char.IsWhiteSpace(cell[i])) { known = true; break; }
        var text = cell[start..end].Trim().TrimStart(Bullets).Trim().TrimEnd(ItemEnds).Trim();
        if (text.StartsWith("và ", StringComparison.Ordinal)) text = text[3..].Trim();
        return (text, known);
    }

    // The trimmed marks, made once: a params array per item was allocated for every cell read.
    private static readonly char[] Bullets = ['-', '+', '•'], ItemEnds = ['.', ',', ';'];

    private static bool AndAfterMention(string cell, int at, bool[] covered)
    {
        if (covered[at] || !cell.AsSpan(at).StartsWith("và ", StringComparison.Ordinal) || !char.IsWhiteSpace(cell[at - 1])) return false;
        int b = at - 1;
        while (b >= 0 && char.IsWhiteSpace(cell[b])) b--;
        return b >= 0 && covered[b];
    }

    private static bool IsParty(string text, OwnerShapeWords words)
    {
        if (VietnameseText.WordCount(text) > ItemWords || !char.IsLetter(text[0])) return false;
        var key = BodyText.Key(text);
        // "theo chức năng, nhiệm vụ", "trong phạm vi …", "thực hiện …": a qualifier or a clause, no party.
        return !words.CellPartyStops.Any(s => WholeWords.StartsWith(key, s)) && !words.ActionVerbs.Any(v => WholeWords.StartsWith(key, v));
    }

    private static bool CapitalisedDeterminerInside(string text, OwnerShapeWords words)
    {
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 1; i < tokens.Length; i++)
            if (char.IsUpper(tokens[i][0]) && char.IsLetter(tokens[i - 1][^1]) && words.Determiners.Contains(BodyText.Key(tokens[i]), StringComparer.Ordinal))
                return true;
        return false;
    }

    private static bool StartsWithPartyHead(string text, OwnerShapeWords words)
    {
        var key = BodyText.Key(text);
        var bare = words.Determiners.FirstOrDefault(d => WholeWords.StartsWith(key, d)) is { } d ? key[d.Length..].TrimStart() : key;
        return words.PartyHeads.Any(h => WholeWords.StartsWith(bare, h));
    }

    private static bool StartsWithDeterminer(string text, OwnerShapeWords words)
    {
        var key = BodyText.Key(text);
        return words.Determiners.Any(d => WholeWords.StartsWith(key, d));
    }

    // The words of the cell that no mention covers.
    private static int WordsOutside(string cell, IReadOnlyList<AgencyMention> mentions)
    {
        int words = 0;
        bool inWord = false;
        for (int i = 0; i < cell.Length; i++)
        {
            bool covered = false;
            foreach (var m in mentions) if (i >= m.Start && i < m.Start + m.Length) { covered = true; break; }
            bool letter = !covered && !char.IsWhiteSpace(cell[i]);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }
}
