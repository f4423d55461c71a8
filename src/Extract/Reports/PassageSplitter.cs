using DirectiveTracker.Extract.Grammar;
using System.Text.RegularExpressions;
using DirectiveTracker.Ingest.Model;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Extract.Reports;

/// <summary>
/// Splits a report's body into passages: each bullet or paragraph into sentences, and a sentence into its clauses
/// (at ";") when they claim opposite things ("đã ban hành …; chưa tổ chức …"). Numbered items without a claim are
/// section headings: they give the passages under them their numbering and heading text, and so do short unnumbered
/// lines that read like titles. Bare page numbers and lines without words are dropped. Passages under a heading about
/// difficulties, requests or other work, and requests or closing formulas themselves, are marked <see cref="Passage.Aside"/>.
/// </summary>
public sealed class PassageSplitter(ClaimReader claims, ReportWords? words = null)
{
    private readonly ReportWords _words = words ?? ReportWords.Embedded;

    private const RegexOptions Opts = RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private static readonly Regex Roman = new(@"^\s*([IVXLivxl]+)\s*[.)]\s*", Opts);
    private static readonly Regex Arabic = new(@"^\s*(\d{1,2})\s*[.)]\s*(?!\d)", Opts);
    private static readonly Regex Bullet = new(@"^\s*(?:[-+*•–]|[a-zđ]\))\s*", Opts);
    private static readonly Regex BareNumber = new(@"^\s*(?:[IVXLivxl]+|\d{1,3})\s*\.?\s*$", Opts);
    private static readonly Regex SentenceEnd = new(@"(?<=[.!?…])\s+(?=[\p{Lu}\d""“(])", Opts);

    /// <summary>The passages of the blocks from <paramref name="first"/> up to the signature's "Nơi nhận".</summary>
    public IReadOnlyList<Passage> Split(IReadOnlyList<Block> blocks, int first, DateOnly? reportDate)
    {
        var result = new List<Passage>();
        int arabic = 0, bullet = 0;
        string? heading = null;
        bool sectionAside = false; // under a roman heading about difficulties, requests or other work
        string? pendingNumber = null; // word-segmented sources put "1 ." on a line of its own
        for (int b = first; b < blocks.Count; b++)
        {
            var block = blocks[b];
            var text = block.Text;
            if (ClaimReader.Comparable(text).StartsWith("nơi nhận", StringComparison.Ordinal)) break;
            if (BareNumber.IsMatch(text))
            {
                // "2" alone is a page number; "1 ." or "II ." alone numbers the next line.
                pendingNumber = text.Contains('.') ? text.Trim().TrimEnd('.').Trim() : null;
                continue;
            }
            if (pendingNumber is not null) { text = pendingNumber + ". " + text; pendingNumber = null; }
            if (Roman.Match(text) is { Success: true } rm && !Arabic.IsMatch(text))
            {
                arabic = 0; bullet = 0; heading = text[rm.Length..].Trim();
                sectionAside = IsAsideHeading(heading);
                continue;
            }
            List<int> numbering;
            int bodyStart = 0;
            if (Arabic.Match(text) is { Success: true } am)
            {
                var rest = text[am.Length..];
                int n = int.Parse(am.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (IsHeading(rest, reportDate))
                {
                    arabic = n; bullet = 0; heading = rest.Trim();
                    continue;
                }
                arabic = n; bullet = 0;
                numbering = [n];
                bodyStart = am.Length;
            }
            else if (Bullet.Match(text) is { Success: true } bm && block.Kind == BlockKind.ListItem)
            {
                bullet++;
                numbering = arabic > 0 ? [arabic, bullet] : [bullet];
                bodyStart = bm.Length;
            }
            else if (block.Kind == BlockKind.Heading || IsTitleLine(text, reportDate))
            {
                heading = text.Trim();
                continue;
            }
            else numbering = arabic > 0 ? [arabic] : [];
            foreach (var (start, length) in Sentences(text, bodyStart))
            {
                foreach (var (cs, cl) in Clauses(text, start, length, reportDate))
                {
                    var passage = text.Substring(cs, cl).Trim();
                    if (passage.Length < 3 || !passage.Any(char.IsLetter)) continue;
                    var (claim, date) = claims.Read(passage, reportDate);
                    result.Add(new Passage(passage, block.Start + Math.Min(cs, block.Text.Length), numbering, heading, claim, date)
                    {
                        Aside = sectionAside || IsAsideHeading(heading) || IsAside(passage),
                    });
                }
            }
        }
        return result;
    }

    /// <summary>A numbered line is a heading when it reads like a title: no final full stop, and short or claiming nothing.</summary>
    private bool IsHeading(string rest, DateOnly? reportDate)
    {
        var t = rest.Trim();
        if (t.Length == 0) return true;
        if (t.EndsWith('.') || t.EndsWith(';')) return false;
        int words = VietnameseText.WordCount(t);
        return words <= 12 || words <= 30 && claims.Read(t, reportDate).Claim is null;
    }

    /// <summary>An unnumbered line that reads like a title: a few words, no closing punctuation, no claim.</summary>
    private bool IsTitleLine(string text, DateOnly? reportDate)
    {
        var t = text.Trim();
        if (t.Length == 0 || ".;:!?…".Contains(t[^1])) return false;
        // "Khó khăn, vướng mắc" reads as a not-done claim but titles the difficulties.
        return VietnameseText.WordCount(t) <= 12 && (claims.Read(t, reportDate).Claim is null || IsAsideHeading(t));
    }

    /// <summary>A heading about difficulties, requests or other work (not one about results that also names them).</summary>
    private bool IsAsideHeading(string? heading)
    {
        if (heading is null) return false;
        var h = ClaimReader.Comparable(heading);
        return _words.AsideHeadings.Any(c => WholeWords.Contains(h, c)) && !_words.ResultHeadings.Any(c => WholeWords.Contains(h, c));
    }

    /// <summary>A request, work outside the plan or a formula of the preamble or closing.</summary>
    private bool IsAside(string passage)
    {
        var p = ClaimReader.Comparable(passage).Trim();
        return _words.AsideOpenings.Any(o => p.StartsWith(o, StringComparison.Ordinal) && (p.Length == o.Length || !char.IsLetterOrDigit(p[o.Length])))
            || _words.AsidePhrases.Any(f => p.Contains(f, StringComparison.Ordinal));
    }

    private static IEnumerable<(int Start, int Length)> Sentences(string text, int from)
    {
        int start = from;
        foreach (Match m in SentenceEnd.Matches(text, from))
        {
            yield return (start, m.Index - start);
            start = m.Index + m.Length;
        }
        if (start < text.Length) yield return (start, text.Length - start);
    }

    private IEnumerable<(int Start, int Length)> Clauses(string text, int start, int length, DateOnly? reportDate)
    {
        var sentence = text.Substring(start, length);
        var parts = new List<(int Start, int Length)>();
        int s = 0;
        for (int i = sentence.IndexOf(';'); i >= 0; i = sentence.IndexOf(';', i + 1))
        {
            parts.Add((s, i - s));
            s = i + 1;
        }
        parts.Add((s, sentence.Length - s));
        if (parts.Count == 1) return [(start, length)];
        var read = parts.Select(p => claims.Read(sentence.Substring(p.Start, p.Length), reportDate).Claim).ToList();
        bool opposite = read.Contains(PassageClaim.NotDone) && (read.Contains(PassageClaim.Done) || read.Contains(PassageClaim.InProgress));
        return opposite ? parts.Select(p => (start + p.Start, p.Length)).ToList() : [(start, length)];
    }
}
