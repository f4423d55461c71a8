using DirectiveTracker.Extract.Structure;
using DirectiveTracker.Ingest;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>The word lists of the section headings <see cref="TaskLocator"/> reads (section-words.json, embedded), folded like <see cref="BodyText.Key"/>.</summary>
public sealed class SectionWords
{
    /// <summary>Sections that hold no tasks ("muc dich", "yeu cau", "kinh phi").</summary>
    public required IReadOnlyList<string> NonTaskSections { get; init; }

    /// <summary>Sections whose items are tasks only when they name an owner ("kinh phi", "che do bao cao").</summary>
    public required IReadOnlyList<string> OwnedOnlySections { get; init; }

    /// <summary>Headings over what a plan states rather than assigns ("doi tuong", "ho so", "pham vi").</summary>
    public required IReadOnlyList<string> StatementTopics { get; init; }

    /// <summary>Words that make a heading hold tasks whatever else it names ("nhiem vu", "noi dung").</summary>
    public required IReadOnlyList<string> TaskWords { get; init; }

    /// <summary>Titles of a numbered item that stands for a section stating, not assigning ("quan diem", "muc tieu").</summary>
    public required IReadOnlyList<string> StatementSections { get; init; }

    /// <summary>Verbs of stating that may open a statement heading before its topic ("xac dinh").</summary>
    public required IReadOnlyList<string> StatingVerbs { get; init; }

    /// <summary>What a heading describing a plan to be drafted starts with ("noi dung", "yeu cau", "de cuong").</summary>
    public required IReadOnlyList<string> DraftedPlanTopics { get; init; }

    /// <summary>The plans such a heading names ("ke hoach", "chuong trinh", "de an").</summary>
    public required IReadOnlyList<string> DraftedPlanNouns { get; init; }

    /// <summary>Verbs by which an item orders a plan drafted ("xay dung").</summary>
    public required IReadOnlyList<string> DraftingVerbs { get; init; }

    /// <summary>Words by which an intro names the contents a drafted plan is to cover ("noi dung").</summary>
    public required IReadOnlyList<string> ContentWords { get; init; }

    /// <summary>Words that make such a heading assign after all ("phan cong", "tien do").</summary>
    public required IReadOnlyList<string> AssignmentWords { get; init; }

    /// <summary>Background topics that make a section hold no tasks when listed after another in its heading ("tinh hinh").</summary>
    public required IReadOnlyList<string> ListedBackgroundTopics { get; init; }

    /// <summary>What a report's part about the coming period starts with ("nhiem vu", "phuong huong").</summary>
    public required IReadOnlyList<string> ForwardTitles { get; init; }

    /// <summary>Titles that say whose tasks follow ("nhiem vu", "trach nhiem"), before "của" and a body.</summary>
    public required IReadOnlyList<string> DutyTitles { get; init; }

    /// <summary>Titles that hand a body duties and powers ("phan cap cho", "uy quyen cho").</summary>
    public required IReadOnlyList<string> DevolutionTitles { get; init; }

    /// <summary>Where the body named in such a title ends and the duties begin ("thuc hien", "nhiem vu").</summary>
    public required IReadOnlyList<string> DevolvedDutyStarts { get; init; }

    /// <summary>The powers a devolution title may name before its "phân cấp cho" ("tham quyen", "nhiem vu").</summary>
    public required IReadOnlyList<string> DevolvedPowers { get; init; }

    /// <summary>Titles of an item listing the work to be done, read even in a section that states ("cac hoat dong chinh", "phuong an").</summary>
    public required IReadOnlyList<string> WorkLists { get; init; }

    /// <summary>Titles of an item setting out the phases in which a thing unfolds ("lo trinh").</summary>
    public required IReadOnlyList<string> Roadmaps { get; init; }

    /// <summary>Sections setting out the direction a field takes ("dinh huong"): no tasks beside a section of the work.</summary>
    public required IReadOnlyList<string> OrientationSections { get; init; }

    /// <summary>How an opinion letter's opening says it gives an opinion ("co y kien"), folded.</summary>
    public required IReadOnlyList<string> OpinionOpenings { get; init; }

    /// <summary>Openings that give directions, no opinion ("y kien chi dao"), folded.</summary>
    public required IReadOnlyList<string> NotOpinion { get; init; }

    /// <summary>The words an opinion's finding opens with, before its topic ("ve"), folded.</summary>
    public required IReadOnlyList<string> FindingTopics { get; init; }

    /// <summary>The words of asking that make an opinion's topic item a task ("de nghi", "yeu cau"), folded.</summary>
    public required IReadOnlyList<string> RequestWords { get; init; }

    /// <summary>The lists shipped with the extractor.</summary>
    public static SectionWords Embedded { get; } = Load();

    private sealed record Raw(List<string> NonTaskSections, List<string> OwnedOnlySections, List<string> StatementTopics, List<string> TaskWords, List<string> StatementSections,
        List<string> StatingVerbs, List<string> DraftedPlanTopics, List<string> DraftedPlanNouns, List<string> AssignmentWords,
        List<string> ForwardTitles, List<string> DutyTitles, List<string> DevolutionTitles, List<string> DevolvedDutyStarts, List<string> DevolvedPowers,
        List<string> ListedBackgroundTopics,
        List<string> OpinionOpenings, List<string> NotOpinion, List<string> FindingTopics, List<string> RequestWords, List<string> WorkLists, List<string> Roadmaps, List<string> DraftingVerbs, List<string> ContentWords,
        List<string> OrientationSections);

    private static SectionWords Load()
    {
        var raw = EmbeddedJson.Read<Raw>(typeof(Raw).Assembly, "DirectiveTracker.Extract.section-words.json");
        static IReadOnlyList<string> Fold(IEnumerable<string> words) => words.Select(BodyText.Key).ToList();
        return new SectionWords
        {
            NonTaskSections = Fold(raw.NonTaskSections),
            OwnedOnlySections = Fold(raw.OwnedOnlySections),
            StatementTopics = Fold(raw.StatementTopics),
            TaskWords = Fold(raw.TaskWords),
            StatementSections = Fold(raw.StatementSections),
            StatingVerbs = Fold(raw.StatingVerbs),
            DraftedPlanTopics = Fold(raw.DraftedPlanTopics),
            DraftedPlanNouns = Fold(raw.DraftedPlanNouns),
            AssignmentWords = Fold(raw.AssignmentWords),
            ForwardTitles = Fold(raw.ForwardTitles),
            DutyTitles = Fold(raw.DutyTitles),
            DevolutionTitles = Fold(raw.DevolutionTitles),
            DevolvedDutyStarts = Fold(raw.DevolvedDutyStarts),
            DevolvedPowers = Fold(raw.DevolvedPowers),
            ListedBackgroundTopics = Fold(raw.ListedBackgroundTopics),
            OpinionOpenings = Fold(raw.OpinionOpenings),
            NotOpinion = Fold(raw.NotOpinion),
            FindingTopics = Fold(raw.FindingTopics),
            RequestWords = Fold(raw.RequestWords),
            WorkLists = Fold(raw.WorkLists),
            Roadmaps = Fold(raw.Roadmaps),
            DraftingVerbs = Fold(raw.DraftingVerbs),
            ContentWords = Fold(raw.ContentWords),
            OrientationSections = Fold(raw.OrientationSections),
        };
    }
}
