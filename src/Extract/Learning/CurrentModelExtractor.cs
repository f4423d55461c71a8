using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Extract.Tasks;
using DirectiveTracker.Ingest.Model;
using Microsoft.Extensions.Logging;

namespace DirectiveTracker.Extract.Learning;

/// <summary>
/// The extractor with a data folder's current models (<see cref="ModelFolder"/>): each document is extracted with the
/// models in force when it arrives, so a host picks up a retraining's models without a restart.
/// </summary>
public sealed class CurrentModelExtractor(ModelFolder models, ILogger<DocumentExtractor>? log = null) : IDocumentExtractor
{
    private readonly Lock _gate = new();
    private (CategoryModel? Category, TaskModel? Task, OwnerRoleModel? Owner, DocumentExtractor Extractor)? _current;

    public ExtractionResult Extract(IngestedDocument document) => Current().Extract(document);

    /// <summary>The extractor over the models in force now (the same instance while they do not change).</summary>
    public DocumentExtractor Current()
    {
        var category = models.Current(ModelNames.Category, (m, p) => new CategoryModel(m, p), CategoryModel.Embedded);
        var task = models.Current(ModelNames.Task, (m, p) => new TaskModel(m, p), TaskModel.Embedded);
        var owner = models.Current(ModelNames.Owner, (m, p) => new OwnerRoleModel(m, p), OwnerRoleModel.Embedded);
        lock (_gate)
        {
            if (_current is { } c && ReferenceEquals(c.Category, category) && ReferenceEquals(c.Task, task) && ReferenceEquals(c.Owner, owner)) return c.Extractor;
            var extractor = new DocumentExtractor(category, log) { TaskFilter = task, OwnerRoles = owner };
            _current = (category, task, owner, extractor);
            return extractor;
        }
    }
}
