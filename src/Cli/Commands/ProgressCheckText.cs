using DirectiveTracker.Index;
using DirectiveTracker.Index.Progress;

namespace DirectiveTracker.Cli.Commands;

/// <summary>The text form of a report check: what the report is, the proposals with their evidence, other passages, silent tasks.</summary>
internal static class ProgressCheckText
{
    public static void Write(ReportCheck c, TextWriter w)
    {
        var r = c.Report;
        w.WriteLine($"Báo cáo {r.Number ?? "(không số)"} của {r.Agency ?? r.Issuer ?? "(không rõ cơ quan)"}{(r.IssuedOn is { } d ? $" ngày {d:dd/MM/yyyy}" : "")}");
        w.WriteLine($"Trả lời kế hoạch: {(r.Plans.Count == 0 ? "(không dẫn số)" : string.Join(", ", r.Plans.Select(p => p.Number)))}; trong kho: {c.Plans.Count}.");
        w.WriteLine($"Đề xuất ({c.Proposals.Count} nhiệm vụ):");
        foreach (var p in c.Proposals)
        {
            w.WriteLine($"  {p.Task.DocumentNumber} {p.Task.Path}: {ClaimLabel(p.Claim)}{(p.CompletedOn is { } co ? $" ngày {co:dd/MM/yyyy}" : "")} → {StatusNames.Label(p.ProposedStatus)} (độ tin cậy {p.Confidence:0.00})");
            foreach (var e in p.Evidence) w.WriteLine($"      « {e.Passage.Text} »");
        }
        var other = c.Passages.Where(p => p.Task is null).ToList();
        w.WriteLine($"Đoạn không ứng với nhiệm vụ nào ({other.Count}):");
        foreach (var p in other) w.WriteLine($"  « {p.Passage.Text} »");
        w.WriteLine($"Nhiệm vụ của cơ quan báo cáo chưa được nhắc đến ({c.Unmentioned.Count}):");
        foreach (var t in c.Unmentioned) w.WriteLine($"  {t.DocumentNumber} {t.Path}: {t.Text}");
    }

    public static string ClaimLabel(ProgressClaim c) => c switch
    {
        ProgressClaim.Done => "đã hoàn thành",
        ProgressClaim.InProgress => "đang thực hiện",
        _ => "chưa thực hiện",
    };
}
