namespace DirectiveTracker.Ingest;

/// <summary>How far a slow read of one file has come (pages rendered and read by OCR), for progress lines.</summary>
/// <param name="FileName">The file being read.</param>
/// <param name="Done">Pages read so far.</param>
/// <param name="Total">Pages to read.</param>
public readonly record struct PageProgress(string FileName, int Done, int Total);
