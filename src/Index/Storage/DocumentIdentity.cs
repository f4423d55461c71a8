using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Index.Storage;

/// <summary>Document identity, for every backend: a document is its number + issuer + date (see <see cref="ITrackerStore"/>'s remarks).</summary>
internal static class DocumentIdentity
{
    /// <summary>number key | issuer key | date; null without a number (the file alone identifies the document).</summary>
    public static string? Of(DocumentInfo d, Func<string, string> agencyKey) =>
        d.Number is null ? null : DocumentNumberKey.Of(d.Number) + "|" + (d.Issuer is null ? "" : agencyKey(d.Issuer)) + "|" + StoredValues.Iso(d.IssuedOn);

    public static StoreException FileOfAnother(string sha256, long owner, long target) =>
        new(StoreProblem.Conflict, $"Tệp này đã được lưu là văn bản #{owner}, không thể dùng để thay văn bản #{target}.",
            $"file {sha256} belongs to document {owner}, not {target}");
}
