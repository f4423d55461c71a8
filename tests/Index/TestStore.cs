using System.Security.Cryptography;
using System.Text;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index.Storage;
using DirectiveTracker.Ingest.Model;

namespace DirectiveTracker.Index.Tests;

/// <summary>A real SQLite store in its own temp folder, deleted afterwards.</summary>
internal sealed class TestStore : IDisposable
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "dtrack-index-" + Guid.NewGuid().ToString("N"));
    public string DatabasePath => Path.Combine(Folder, "tracker.db");
    public SqliteTrackerStore Store { get; private set; }

    public TestStore() => Store = SqliteTrackerStore.Open(DatabasePath);

    /// <param name="whileClosed">Runs between closing and opening (to change the files as an older version left them).</param>
    public void Reopen(IProgress<ReindexProgress>? upgradeProgress = null, Action? whileClosed = null)
    {
        Store.Dispose();
        whileClosed?.Invoke();
        Store = SqliteTrackerStore.Open(DatabasePath, upgradeProgress);
    }

    public void Dispose()
    {
        Store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}

/// <summary>Hand-built ingest and extraction results, as the contract describes them.</summary>
internal static class Docs
{
    public static IngestedDocument Ingested(string text, string? name = null) =>
        new(name ?? "doc.txt", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), SourceFormat.Txt,
            [new PageInfo(1, false)], [new Block(BlockKind.Paragraph, text, 1, 0, text.Length)], text, []);

    public static ExtractionResult Extraction(
        string? title, string? number = null, DocumentKind kind = DocumentKind.KeHoach, DateOnly? issuedOn = null,
        string? issuer = null, IReadOnlyList<Reference>? references = null, params TaskItem[] tasks) =>
        new(new DocumentInfo
        {
            Kind = kind, Number = number, Title = title, IssuedOn = issuedOn, Issuer = issuer, References = references ?? [],
        }, tasks);

    /// <summary>The same with the document's place (province) set.</summary>
    public static ExtractionResult At(this ExtractionResult extraction, string place) =>
        extraction with { Document = extraction.Document with { Place = place } };

    public static TaskItem Task(string path, string text, string[]? lead = null, string[]? support = null,
        DateOnly? due = null, TaskCategory category = TaskCategory.Khac) =>
        new()
        {
            Path = path, Text = text, Lead = lead ?? [], Support = support ?? [], Mode = AssignmentMode.Assigned,
            Deadline = due is null ? null : new Deadline(DeadlineKind.Date, due, null, $"trước ngày {due:dd/MM/yyyy}"),
            Category = category,
        };

    /// <summary>Stores a document whose text is its title followed by its tasks' text.</summary>
    public static StoreOutcome Add(ITrackerStore store, ExtractionResult extraction, string? body = null)
    {
        var text = body ?? string.Join("\n", new[] { extraction.Document.Title ?? "" }.Concat(extraction.Tasks.Select(t => t.Text)));
        return store.Save(Ingested(text), extraction);
    }
}
