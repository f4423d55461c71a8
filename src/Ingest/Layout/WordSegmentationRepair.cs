using System.Text.RegularExpressions;

namespace DirectiveTracker.Ingest.Layout;

/// <summary>
/// Undoes word segmentation left by NLP collections ("Báo_cáo tình_hình … tháng , Bộ …"): syllables joined by "_"
/// are split again and punctuation split off by spaces is glued back. Runs only when the document as a whole
/// is segmented, so an identifier with an underscore in ordinary text is left alone.
/// </summary>
public sealed partial class WordSegmentationRepair : ILayoutStep
{
    [GeneratedRegex(@"(?<=\p{L})_(?=\p{L})")]
    private static partial Regex JoinedSyllables();

    [GeneratedRegex(@"(?<=\S) +(?=[,.;:!?%)\]”])")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"(?<=[(\[“]) +(?=\S)")]
    private static partial Regex SpaceAfterOpening();

    [GeneratedRegex("\"\\s+([^\"]*?)\\s+\"")]
    private static partial Regex SpacedQuotes();

    /// <summary>Joins ("_" between letters) per word needed for the document to count as segmented.</summary>
    public double MinSegmentedShare { get; init; } = 0.08;

    public void Apply(LayoutDocument document)
    {
        int words = 0, joined = 0;
        foreach (var line in document.Lines)
        {
            var text = line.Text;
            for (int i = 0; i < text.Length; i++)
                if (text[i] != ' ' && (i == 0 || text[i - 1] == ' ')) words++;
            if (text.Contains('_')) joined += JoinedSyllables().Count(text);
        }
        if (words == 0 || joined < MinSegmentedShare * words) return;
        document.Lines = document.Lines.Select(l => l with { Text = Repair(l.Text) }).ToList();
        document.Warnings.Add(new("word-segmented", "Văn bản bị tách từ (dấu \"_\" nối âm tiết) đã được khôi phục."));
    }

    internal static string Repair(string text)
    {
        text = JoinedSyllables().Replace(text, " ");
        text = SpaceBeforePunctuation().Replace(text, "");
        text = SpaceAfterOpening().Replace(text, "");
        return text.Contains('"') ? SpacedQuotes().Replace(text, "\"$1\"") : text;
    }
}
