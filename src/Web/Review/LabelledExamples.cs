using System.Text.Json;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Index;
using DirectiveTracker.Web.Hosting;
using Microsoft.Extensions.Options;

namespace DirectiveTracker.Web.Review;

/// <summary>
/// Reviewed documents as labelled examples in the gold format (corrections/doc-ID.json beside its text doc-ID.txt in the
/// data folder), so that `dtrack train --gold DATA/corrections --sources DATA/corrections` learns from corrections.
/// </summary>
public sealed class LabelledExamples(IOptions<TrackerWebOptions> options, ILogger<LabelledExamples> log)
{
    /// <summary>Characters of a corrected task's text kept as its anchor (the gold format locates tasks by a phrase).</summary>
    private const int AnchorLength = 80;

    public string Folder => Path.Combine(options.Value.ResolvedDataFolder, "corrections");

    public void Write(ITrackerStore store, long documentId)
    {
        var d = store.GetDocument(documentId, options.Value.TodayOrNow);
        if (d is null) return;
        Directory.CreateDirectory(Folder);
        var stem = $"doc-{documentId}";
        var gold = new
        {
            file = stem + ".txt",
            document = new
            {
                kind = d.Summary.Kind, number = d.Summary.Number, issuer = d.Summary.Issuer, place = d.Place, issuedOn = d.Summary.IssuedOn,
                title = d.Summary.Title, signer = d.Signer,
                references = d.References.Select(r => new { kind = r.Kind, number = r.Number, issuedOn = r.IssuedOn, issuer = r.Issuer, relation = r.Relation }),
                recipients = Array.Empty<string>(),
            },
            tasks = d.Tasks.Select(t => new
            {
                path = t.Path, anchor = t.Text.Length <= AnchorLength ? t.Text : t.Text[..AnchorLength],
                lead = t.Leads.Select(o => o.Name), support = t.Supports.Select(o => o.Name), mode = t.Mode, deadline = t.Deadline, category = t.Category,
            }),
        };
        // Text first, then the labels: a reader never finds labels without their source.
        File.WriteAllText(Path.Combine(Folder, stem + ".txt"), d.Text);
        File.WriteAllText(Path.Combine(Folder, stem + ".json"), JsonSerializer.Serialize(gold, ContractJson.Options));
        log.LogInformation("labelled example {Stem} written ({Tasks} tasks)", stem, d.Tasks.Count);
    }

    public void Remove(long documentId)
    {
        foreach (var ext in new[] { ".json", ".txt" })
        {
            var path = Path.Combine(Folder, $"doc-{documentId}{ext}");
            if (File.Exists(path)) File.Delete(path);
        }
    }
}
