namespace DirectiveTracker.Web.Progress;

/// <summary>Limits on progress updates sent through the pages and the API (section "Tracker:Progress").</summary>
public sealed class ProgressWebOptions
{
    /// <summary>Largest attachment accepted.</summary>
    public long MaxAttachmentBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Most attachments on one update.</summary>
    public int MaxAttachments { get; set; } = 5;

    /// <summary>Longest note.</summary>
    public int MaxNoteLength { get; set; } = 4000;
}
