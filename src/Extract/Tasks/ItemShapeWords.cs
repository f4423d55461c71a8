using DirectiveTracker.Extract.Structure;
using DirectiveTracker.Ingest;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>The word lists of the item shapes that are no task (item-shape-words.json, embedded), folded like <see cref="BodyText.Key"/>.</summary>
public sealed class ItemShapeWords
{
    /// <summary>Words that make a call to carry the document out a task of its own (following up, checking, reporting).</summary>
    public required IReadOnlyList<string> FollowUpWords { get; init; }

    /// <summary>Labels of a funding field ("kinh phi", "nguon kinh phi").</summary>
    public required IReadOnlyList<string> FundingLabels { get; init; }

    /// <summary>Words of a funding source ("ngan sach", "nguon").</summary>
    public required IReadOnlyList<string> FundingSources { get; init; }

    /// <summary>Scales of an amount of money ("trieu", "ty").</summary>
    public required IReadOnlyList<string> AmountScales { get; init; }

    /// <summary>Currencies an amount of money ends with ("dong", "vnd", "usd").</summary>
    public required IReadOnlyList<string> CurrencyUnits { get; init; }

    /// <summary>Words that may open a count given to a label ("khong qua", "toi da").</summary>
    public required IReadOnlyList<string> CountBounds { get; init; }

    /// <summary>Labels of a period field ("thoi gian", "thoi han").</summary>
    public required IReadOnlyList<string> PeriodLabels { get; init; }

    /// <summary>The words a period field's value opens with ("tu", "trong", "thang").</summary>
    public required IReadOnlyList<string> PeriodOpenings { get; init; }

    /// <summary>Words by which an item says only that a matter follows the rules ("thuc hien theo quy dinh").</summary>
    public required IReadOnlyList<string> ByRule { get; init; }

    /// <summary>Labels of a body's standing in a project ("co quan chu quan", "chu dau tu").</summary>
    public required IReadOnlyList<string> StandingRoles { get; init; }

    /// <summary>The papers of a dossier ("don de nghi", "bien ban", "ban sao").</summary>
    public required IReadOnlyList<string> DossierPapers { get; init; }

    /// <summary>The word of a dossier ("ho so").</summary>
    public required IReadOnlyList<string> DossierWords { get; init; }

    /// <summary>The kinds of text an item may only name, as the object of its intro's verb ("chien luoc", "quy hoach").</summary>
    public required IReadOnlyList<string> NamedTexts { get; init; }

    /// <summary>
    /// The openings of an opinion's closing ("tren day la y kien"): unlike a plan's "Trên đây là Kế hoạch …", it may go on
    /// to ask the addressee for a follow-up of its own.
    /// </summary>
    public required IReadOnlyList<string> OpinionClosings { get; init; }

    /// <summary>Words that open an item naming a piece of work as its subject, to say how it is done ("viec").</summary>
    public required IReadOnlyList<string> MannerSubjects { get; init; }

    /// <summary>Titles naming the tasks an item stands for ("cac nhiem vu"), which a pointer to an appendix opens with.</summary>
    public required IReadOnlyList<string> PointerTitles { get; init; }

    /// <summary>The word of an appendix ("phu luc").</summary>
    public required IReadOnlyList<string> AppendixWords { get; init; }

    /// <summary>Words by which a pointer title names whose tasks they are ("cua"): a duty title, not a pointer.</summary>
    public required IReadOnlyList<string> DutyLinks { get; init; }

    /// <summary>Words that open an item naming only a topic of a report ("tinh hinh", "ton tai").</summary>
    public required IReadOnlyList<string> ReportTopics { get; init; }

    /// <summary>The most words an item that only names a report's topic has.</summary>
    public required int TopicWords { get; init; }

    /// <summary>Labels of a field naming the kind of party concerned ("tap the", "ca nhan").</summary>
    public required IReadOnlyList<string> PartyKinds { get; init; }

    /// <summary>Words by which a letter's opening tells what was received ("nhan duoc"): no paragraph task.</summary>
    public required IReadOnlyList<string> ReceiptWords { get; init; }

    /// <summary>How an item ends when it introduces the cases it excepts ("tru cac truong hop sau day").</summary>
    public required IReadOnlyList<string> ExceptionIntros { get; init; }

    public static ItemShapeWords Embedded { get; } = Load();

    private sealed record Raw(List<string> ReceiptWords, List<string> FollowUpWords, List<string> FundingLabels, List<string> FundingSources, List<string> ByRule,
        List<string> AmountScales, List<string> CurrencyUnits, List<string> StandingRoles, List<string> DossierPapers, List<string> DossierWords,
        List<string> CountBounds, List<string> PeriodLabels, List<string> PeriodOpenings,
        List<string> OpinionClosings, List<string> NamedTexts, List<string> MannerSubjects,
        List<string> PointerTitles, List<string> AppendixWords, List<string> DutyLinks, List<string> ReportTopics, int TopicWords, List<string> PartyKinds,
        List<string> ExceptionIntros);

    private static ItemShapeWords Load()
    {
        var raw = EmbeddedJson.Read<Raw>(typeof(Raw).Assembly, "DirectiveTracker.Extract.item-shape-words.json");
        static IReadOnlyList<string> Fold(IEnumerable<string> words) => words.Select(BodyText.Key).ToList();
        return new ItemShapeWords
        {
            FollowUpWords = Fold(raw.FollowUpWords),
            ReceiptWords = Fold(raw.ReceiptWords),
            FundingLabels = Fold(raw.FundingLabels),
            FundingSources = Fold(raw.FundingSources),
            ByRule = Fold(raw.ByRule),
            AmountScales = Fold(raw.AmountScales),
            CurrencyUnits = Fold(raw.CurrencyUnits),
            StandingRoles = Fold(raw.StandingRoles),
            DossierPapers = Fold(raw.DossierPapers),
            DossierWords = Fold(raw.DossierWords),
            CountBounds = Fold(raw.CountBounds),
            PeriodLabels = Fold(raw.PeriodLabels),
            PeriodOpenings = Fold(raw.PeriodOpenings),
            OpinionClosings = Fold(raw.OpinionClosings),
            NamedTexts = Fold(raw.NamedTexts),
            MannerSubjects = Fold(raw.MannerSubjects),
            PointerTitles = Fold(raw.PointerTitles),
            AppendixWords = Fold(raw.AppendixWords),
            DutyLinks = Fold(raw.DutyLinks),
            ReportTopics = Fold(raw.ReportTopics),
            TopicWords = raw.TopicWords,
            PartyKinds = Fold(raw.PartyKinds),
            ExceptionIntros = Fold(raw.ExceptionIntros),
        };
    }
}
