using System.Globalization;
using DirectiveTracker.Index.Progress;

namespace DirectiveTracker.Web.Progress;

/// <summary>Progress as the pages say it: claims, channels, due dates and times in Vietnam's time zone.</summary>
public static class ProgressLabels
{
    private static readonly TimeZoneInfo Zone = TrackerClock.FindZone(TrackerClock.VietnamTimeZoneId);

    /// <summary>The claim codes forms and the API send, with their labels.</summary>
    public static readonly IReadOnlyList<(string Code, ProgressClaim Claim, string Label)> Claims =
    [
        (ProgressClaimCodes.Code(ProgressClaim.Done), ProgressClaim.Done, "Đã hoàn thành"),
        (ProgressClaimCodes.Code(ProgressClaim.InProgress), ProgressClaim.InProgress, "Đang thực hiện"),
        (ProgressClaimCodes.Code(ProgressClaim.NotDone), ProgressClaim.NotDone, "Chưa thực hiện"),
    ];

    public static string Claim(ProgressClaim claim) => Claims.First(c => c.Claim == claim).Label;

    public static string Channel(UpdateChannel channel) => channel switch
    {
        UpdateChannel.Web => "trang web", UpdateChannel.Api => "API", UpdateChannel.Cli => "dòng lệnh", _ => "báo cáo",
    };

    public static string Date(DateOnly? d) => d?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>A moment as an office in Vietnam reads it.</summary>
    public static string Time(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The effective due date; an inherited one always says it is the plan's.</summary>
    public static string Due(TaskState s) => s.EffectiveDue is { } due
        ? Date(due) + (s.DueInherited ? $" (thời hạn của kế hoạch{(s.DueText is { } t ? ": " + t : "")}, nhiệm vụ không tự nêu)" : s.DueText is { } text ? $" ({text})" : "")
        : "Chưa có thời hạn";

    /// <summary>"27 %" for a confidence of 0.27.</summary>
    public static string Percent(double confidence) => Math.Round(confidence * 100).ToString(CultureInfo.InvariantCulture) + " %";
}
