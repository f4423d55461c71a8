using System.Globalization;
using System.Text;

namespace DirectiveTracker.Cli;

/// <summary>
/// Makes names and texts from files safe to print: control characters (newline, ESC of terminal escape codes, C1)
/// and bidirectional overrides are shown as escapes ("\n", "\x1b", "\u202e"), so a file name cannot forge an output
/// line, move the cursor or recolour the terminal.
/// </summary>
internal static class DisplayText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        if (!text.Any(NeedsEscape)) return text;
        var sb = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            if (!NeedsEscape(c)) { sb.Append(c); continue; }
            sb.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\\' => "\\\\",
                < '\u0100' => "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture),
                _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
            });
        }
        return sb.ToString();
    }

    /// <summary>True for characters that would act on the terminal or the layout instead of showing.</summary>
    private static bool NeedsEscape(char c) =>
        char.IsControl(c)                         // C0 (incl. \n, ESC), DEL, C1 (incl. CSI 0x9B)
        || c is >= '\u202A' and <= '\u202E'       // bidirectional embeddings and overrides
        || c is >= '\u2066' and <= '\u2069'       // bidirectional isolates
        || c is '\u2028' or '\u2029';             // line and paragraph separators
}
