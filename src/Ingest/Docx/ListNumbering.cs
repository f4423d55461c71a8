using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DirectiveTracker.Ingest.Docx;

/// <summary>
/// Renders Word list markers ("1.", "1.2.", "a)", "II.", "-") from a document's numbering definitions,
/// because Word stores only numId/ilvl on a paragraph, never the number itself.
/// </summary>
/// <remarks>
/// Counters are kept per numId (one w:num instance is one list), so a new numId restarts its list;
/// a w:lvlOverride/w:startOverride sets where it starts. Advancing a level resets the deeper levels.
/// </remarks>
public sealed class ListNumbering
{
    private readonly Dictionary<int, NumLevels> _instances = new();
    private readonly Dictionary<int, int[]> _counters = new();

    /// <param name="numbering">The document's numbering part, if any.</param>
    /// <param name="numIdOfStyle">The numId a numbering style carries (for w:numStyleLink lists), if any.</param>
    public ListNumbering(Numbering? numbering, Func<string, int?>? numIdOfStyle = null)
    {
        if (numbering is null) return;
        var abstracts = new Dictionary<int, AbstractNum>();
        foreach (var a in numbering.Elements<AbstractNum>())
            if (a.AbstractNumberId?.Value is int id) abstracts[id] = a;
        var absOfNum = numbering.Elements<NumberingInstance>()
            .Where(n => n.NumberID?.Value is not null && n.AbstractNumId?.Val?.Value is not null)
            .GroupBy(n => n.NumberID!.Value).ToDictionary(g => g.Key, g => g.First().AbstractNumId!.Val!.Value);

        // A list that uses a numbering style has no levels of its own: they live in the abstractNum the style points to.
        AbstractNum Resolve(AbstractNum abs)
        {
            for (var hops = 0; hops < 4 && abs.NumberingStyleLink?.Val?.Value is { } style; hops++)
            {
                if (numIdOfStyle?.Invoke(style) is not int linkedNum || !absOfNum.TryGetValue(linkedNum, out var linkedAbs)
                    || !abstracts.TryGetValue(linkedAbs, out var target) || ReferenceEquals(target, abs)) break;
                abs = target;
            }
            return abs;
        }

        foreach (var num in numbering.Elements<NumberingInstance>())
        {
            if (num.NumberID?.Value is not int numId) continue;
            if (num.AbstractNumId?.Val?.Value is not int absId || !abstracts.TryGetValue(absId, out var abs)) continue;
            abs = Resolve(abs);
            var levels = new LevelDef[9];
            for (var i = 0; i < 9; i++) levels[i] = LevelDef.Default(i);
            foreach (var lvl in abs.Elements<Level>())
                if (lvl.LevelIndex?.Value is int ix && ix is >= 0 and < 9) levels[ix] = LevelDef.From(lvl, ix);
            foreach (var ov in num.Elements<LevelOverride>())
            {
                if (ov.LevelIndex?.Value is not int ix || ix is < 0 or >= 9) continue;
                if (ov.Level is { } whole) levels[ix] = LevelDef.From(whole, ix);
                if (ov.StartOverrideNumberingValue?.Val?.Value is int start) levels[ix] = levels[ix] with { Start = start };
            }
            _instances[numId] = new NumLevels(levels);
        }
    }

    /// <summary>Advances the counter of (numId, ilvl) and returns the marker Word would show; null if the list is unknown or shows nothing.</summary>
    public string? Next(int numId, int level)
    {
        if (numId == 0 || !_instances.TryGetValue(numId, out var def)) return null;
        level = Math.Clamp(level, 0, 8);
        if (!_counters.TryGetValue(numId, out var counters))
        {
            counters = new int[9];
            for (var i = 0; i < 9; i++) counters[i] = def.Levels[i].Start - 1;
            _counters[numId] = counters;
        }
        counters[level]++;
        for (var deeper = level + 1; deeper < 9; deeper++)
        {
            // lvlRestart="0" means the deeper level never restarts; otherwise it restarts after this level.
            var restartAfter = def.Levels[deeper].RestartAfter;
            if (restartAfter is null || restartAfter.Value > 0 && level < restartAfter.Value)
                counters[deeper] = def.Levels[deeper].Start - 1;
        }

        var lvl = def.Levels[level];
        if (lvl.Format == NumberFormatValues.None) return null;
        if (lvl.Format == NumberFormatValues.Bullet) return BulletMarker(lvl.Text);
        return Render(lvl, def.Levels, counters).Trim() is { Length: > 0 } s ? s : null;
    }

    private static string Render(LevelDef lvl, LevelDef[] levels, int[] counters)
    {
        var sb = new StringBuilder();
        var t = lvl.Text;
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] == '%' && i + 1 < t.Length && t[i + 1] is >= '1' and <= '9')
            {
                var ref_ = t[i + 1] - '1';
                var value = Math.Max(counters[ref_], levels[ref_].Start);
                // isLgl forces the referenced levels to decimal ("1.1." under a "I." level).
                var fmt = lvl.Legal ? NumberFormatValues.Decimal : levels[ref_].Format;
                sb.Append(Format(value, fmt));
                i++;
            }
            else sb.Append(t[i]);
        }
        return sb.ToString();
    }

    /// <summary>Formats one counter value in a Word number format.</summary>
    public static string Format(int value, NumberFormatValues format)
    {
        if (format == NumberFormatValues.UpperRoman) return Roman(value);
        if (format == NumberFormatValues.LowerRoman) return Roman(value).ToLowerInvariant();
        if (format == NumberFormatValues.UpperLetter) return Letters(value);
        if (format == NumberFormatValues.LowerLetter) return Letters(value).ToLowerInvariant();
        if (format == NumberFormatValues.DecimalZero) return value.ToString("00");
        if (format == NumberFormatValues.None) return "";
        return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string BulletMarker(string text)
    {
        var t = text.Trim();
        // Symbol/Wingdings bullets are private-use code points that mean nothing outside their font.
        if (t.Length == 0 || t.Any(c => c is >= '\uE000' and <= '\uF8FF')) return "•";
        return t switch { "o" => "•", "§" => "•", "·" => "•", _ => t };
    }

    private static string Roman(int n)
    {
        if (n <= 0 || n >= 4000) return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var sb = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
            while (n >= values[i]) { sb.Append(symbols[i]); n -= values[i]; }
        return sb.ToString();
    }

    private static string Letters(int n)
    {
        // Word repeats the letter after z: 27 → AA, 28 → BB.
        if (n <= 0) return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var letter = (char)('A' + (n - 1) % 26);
        return new string(letter, (n - 1) / 26 + 1);
    }

    private sealed record NumLevels(LevelDef[] Levels);

    private sealed record LevelDef(int Start, NumberFormatValues Format, string Text, bool Legal, int? RestartAfter)
    {
        public static LevelDef Default(int ix) => new(1, NumberFormatValues.Decimal, $"%{ix + 1}.", false, null);

        public static LevelDef From(Level lvl, int ix) => new(
            lvl.StartNumberingValue?.Val?.Value ?? 1,
            lvl.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal,
            lvl.LevelText?.Val?.Value ?? $"%{ix + 1}.",
            lvl.IsLegalNumberingStyle is { } lgl && (lgl.Val?.Value ?? true),
            lvl.LevelRestart?.Val?.Value);
    }
}
