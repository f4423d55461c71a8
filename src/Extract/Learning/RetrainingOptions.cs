namespace DirectiveTracker.Extract.Learning;

/// <summary>Where a retraining finds the labelled corpus and when it publishes (configuration section "Training").</summary>
public sealed class RetrainingOptions
{
    public const string Section = "Training";

    /// <summary>The labelled corpus `dtrack train` uses by default, relative to the working folder (the repository's).</summary>
    public static readonly IReadOnlyList<string> DefaultGold = ["corpus/gold", "corpus/labels"], DefaultSources =
    [
        "corpus/seeds", "corpus/realdocs", "corpus/realdocs2", "corpus/realdocs3", "corpus/realdocs4", "corpus/realdocs5", "corpus/realdocs6",
        "corpus/realdocs7", "corpus/realdocs8", "corpus/realdocs9", "corpus/realdocs10", "corpus/realdocs11",
        "corpus/realdocs12", "corpus/realdocs13", "corpus/realdocs14", "corpus/realdocs15", "corpus/realdocs16", "corpus/realdocs17",
        "corpus/realdocs18", "corpus/realdocs19",
    ];

    /// <summary>Folders of gold files (default <see cref="DefaultGold"/>). Null rather than a default array: the binder appends to arrays.</summary>
    public string[]? Gold { get; set; }

    /// <summary>Folders of the gold files' sources (default <see cref="DefaultSources"/>).</summary>
    public string[]? Sources { get; set; }

    /// <summary>How far below the current model's held-out accuracy (0–1) a new model's may be and still be published.</summary>
    public double Tolerance { get; set; } = 0.01;

    /// <summary>The L2 penalties cross-validated (default <see cref="ModelTraining.DefaultL2Grid"/>).</summary>
    public float[]? L2 { get; set; }

    public IReadOnlyList<string> GoldFolders => Gold is { Length: > 0 } ? Gold : DefaultGold;

    public IReadOnlyList<string> SourceFolders => Sources is { Length: > 0 } ? Sources : DefaultSources;
}
