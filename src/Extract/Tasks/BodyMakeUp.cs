using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Structure;
using DirectiveTracker.Ingest;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>
/// The article that sets up a council, team or board and lists its members (body-make-up.json, embedded): its items say
/// who the body is made of, not what anyone must do; and the item that says what such a body works with (its seal). Both
/// state, neither asks (EXTRACTION.md "Decisions that issue plans").
/// </summary>
public sealed class BodyMakeUp
{
    /// <summary>Verbs the article opens with ("thanh lap", "kien toan"), folded.</summary>
    public required IReadOnlyList<string> Openings { get; init; }

    /// <summary>Words by which its title names the members ("gom", "thanh phan"), folded.</summary>
    public required IReadOnlyList<string> Members { get; init; }

    /// <summary>What a body works with ("su dung con dau"), folded.</summary>
    public required IReadOnlyList<string> WorkingMeans { get; init; }

    public static BodyMakeUp Embedded { get; } = Load();

    /// <summary>
    /// "Hội đồng thẩm định sử dụng con dấu … của Ban Quản lý …": the item's first clause, after a short subject and an
    /// optional "được", says what the body works with.
    /// </summary>
    public bool StatesWorkingMeans(string text)
    {
        var words = BodyText.Key(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 1; i <= Math.Min(MaxSubjectWords, words.Length - 1); i++)
        {
            int at = words[i] == "duoc" ? i + 1 : i;
            var rest = string.Join(' ', words.Skip(at));
            if (WorkingMeans.Any(w => WholeWords.StartsWith(rest, w))) return true;
        }
        return false;
    }

    // The longest subject before the verb ("Tổ giúp việc Ban Chỉ đạo …").
    private const int MaxSubjectWords = 12;

    /// <summary>"Thành lập Hội đồng thẩm định …, gồm các thành viên sau:": the article's title sets up a body and goes on to its members.</summary>
    public bool IsMakeUpArticle(OutlineNode article)
    {
        var key = BodyText.Key(article.Text);
        return Openings.Any(o => WholeWords.StartsWith(key, o)) && Members.Any(m => WholeWords.Contains(key, m));
    }

    private sealed record Raw(List<string> Openings, List<string> Members, List<string> WorkingMeans);

    private static BodyMakeUp Load()
    {
        var raw = EmbeddedJson.Read<Raw>(typeof(Raw).Assembly, "DirectiveTracker.Extract.body-make-up.json");
        return new BodyMakeUp { Openings = raw.Openings.Select(BodyText.Key).ToList(), Members = raw.Members.Select(BodyText.Key).ToList(),
            WorkingMeans = raw.WorkingMeans.Select(BodyText.Key).ToList() };
    }
}
