using DirectiveTracker.Extract.Structure;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>Where a piece of owner text comes from, which decides how much it weighs.</summary>
public enum OwnerSourceKind
{
    /// <summary>An owner heading above the task ("2. Sở Nội vụ (Ban Thi đua - Khen thưởng):"): its lead wins over the task's subject.</summary>
    Heading,
    /// <summary>A "* …" responsibility line after the task's block: its lead wins over the task's subject.</summary>
    Responsibility,
    /// <summary>An intro ("Chủ trì, phối hợp với …", "… yêu cầu X:"): lead only when the task names none; its support is added.</summary>
    Intro,
    /// <summary>The directive's general addressees ("… yêu cầu các đơn vị thuộc Bộ …:"): lead only when nothing nearer names one.</summary>
    Addressee,
}

/// <summary>A piece of text above or after a task that names who does it.</summary>
/// <param name="Names">The owners already read from the text (a heading of bodies the grammar does not know), or null.</param>
public sealed record OwnerSource(OwnerSourceKind Kind, string Text, IReadOnlyList<string>? Names = null);

/// <summary>A task as located in the structure, before owners, deadline and category are read from its texts.</summary>
public sealed record TaskDraft
{
    public required string Path { get; init; }

    /// <summary>The task's whole text, one paragraph.</summary>
    public required string Text { get; init; }

    /// <summary>Owner texts from the structure, nearest first.</summary>
    public IReadOnlyList<OwnerSource> Owners { get; init; } = [];

    /// <summary>The responsibility line that follows the task's block, if any (also a deadline source).</summary>
    public string? Responsibility { get; init; }

    /// <summary>Lead column or field ("Cơ quan chủ trì") text, from a table or a labelled field.</summary>
    public string? LeadColumn { get; init; }

    /// <summary>Support column or field ("Cơ quan phối hợp") text.</summary>
    public string? SupportColumn { get; init; }

    /// <summary>True in sections (funding, reporting) where an item is a task only when it names an owner.</summary>
    public bool RequiresOwner { get; init; }

    /// <summary>Deadline column or field ("Thời gian thực hiện", "Thời hạn hoàn thành") text.</summary>
    public string? DeadlineColumn { get; init; }

    /// <summary>
    /// The nearest heading above the task that is not an owner heading ("1. Công tác tuyên truyền", else the section's
    /// title): it names the field of work of the tasks under it. Null outside any section.
    /// </summary>
    public string? Heading { get; init; }

    /// <summary>The outline item the task was read from; null for a table row or a detached paragraph.</summary>
    public OutlineNode? Item { get; init; }
}
