using DirectiveTracker.Index;

namespace DirectiveTracker.Web.Hosting;

/// <summary>Options of the web application, bound from the "Tracker" configuration section.</summary>
public sealed class TrackerWebOptions
{
    /// <summary>The data folder (tracker.db, users.db, corrections); default: DTRACK_DATA, else ./data.</summary>
    public string? DataFolder { get; set; }

    /// <summary>Largest file accepted by upload (the ingest stage refuses larger ones too).</summary>
    public long MaxUploadBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Largest request body (one upload of several files); Kestrel refuses larger ones.</summary>
    public long MaxRequestBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>Most files in one upload.</summary>
    public int MaxFilesPerUpload { get; set; } = 20;

    /// <summary>Sign-in attempts allowed per client address per minute.</summary>
    public int LoginAttemptsPerMinute { get; set; } = 10;

    /// <summary>The day statuses are computed for; empty means today (tests pin it).</summary>
    public DateOnly? Today { get; set; }

    /// <summary>A folder watched for files to add (an office's scan share); empty: no watching. Done files go to done/, refused ones to failed/ with a reason.</summary>
    public string? ImportFolder { get; set; }

    /// <summary>How often the import folder is looked at; a file is taken once its size and time stayed the same for one look.</summary>
    public int ImportPollSeconds { get; set; } = 5;

    public string ResolvedDataFolder => TrackerDataFolder.Resolve(DataFolder);

    public DateOnly TodayOrNow => Today ?? DirectiveTracker.Index.Progress.TrackerClock.System.Today;

    /// <summary>The file chooser's <c>accept</c> list: every extension ingest reads (it still checks the bytes).</summary>
    public static readonly string UploadAccept = string.Join(",", DirectiveTracker.Ingest.FormatSniffer.Extensions.Keys);
}
