using System.Text.RegularExpressions;
using DirectiveTracker.Extract.Structure;
using Field = DirectiveTracker.Extract.Structure.TaskFieldKind;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>
/// Reads an item whose parts are labelled fields ("- Nội dung thực hiện: …", "- Cơ quan chủ trì: …",
/// "- Thời gian thực hiện: …") as one task whose fields give its owners and deadline.
/// </summary>
public static partial class FieldTask
{
    /// <summary>
    /// Like <see cref="TryRead"/>, but when the content field is itself a list ("1. Nội dung, biện pháp" with a), b) …),
    /// each of its items is a task that shares the group's owner and deadline fields.
    /// </summary>
    public static IReadOnlyList<TaskDraft>? TryReadGroup(OutlineNode node, string path, IReadOnlyList<OwnerSource> owners)
    {
        if (!TryRead(node, path, owners, out var whole)) return null;
        var content = node.Items.FirstOrDefault(i => LabelOf(i.Text, out _) == Field.Content && i.HasItems);
        if (content is null) return [whole];
        var contentPath = path + "." + (content.Marker.Kind == MarkerKind.Number ? content.Marker.Label.Split('.')[^1] : content.Marker.Label);
        var drafts = new List<TaskDraft>();
        int bullets = 0;
        foreach (var item in content.Items)
        {
            var label = item.Marker.Kind is MarkerKind.Number or MarkerKind.Letter ? item.Marker.Label.Split('.')[^1]
                : (++bullets).ToString(System.Globalization.CultureInfo.InvariantCulture);
            drafts.Add(whole with { Path = contentPath + "." + label, Text = BodyText.JoinParagraphs([item.FullText, Descendants(item)]) });
        }
        return drafts;
    }

    public static bool TryRead(OutlineNode node, string path, IReadOnlyList<OwnerSource> owners, out TaskDraft draft)
    {
        draft = null!;
        var values = new Dictionary<Field, List<string>>();
        // The parts that are no field, joined into the task's text only once the item proves a field task: most items
        // are not, and a section's parts hold its whole text.
        var content = new List<Part>();
        int fieldCount = 0;
        foreach (var part in Parts(node))
        {
            var field = LabelOf(part.Text, out var rest);
            if (field is null) { content.Add(part); continue; }
            fieldCount++;
            // "2. Cơ quan thực hiện" over "a) Cơ quan chủ trì: …" and "b) Cơ quan phối hợp: …" holds both roles.
            if (field == Field.LeadAndSupport || (field is Field.Lead or Field.Support && HasOwnerFields(part.Node)))
            {
                foreach (var sub in part.Node?.Items ?? [])
                {
                    var subField = LabelOf(sub.Text, out var subRest);
                    if (subField is Field.Lead or Field.Support)
                        Add(values, subField.Value, Join(subRest, Descendants(sub)));
                }
                if (rest.Length > 0) Add(values, Field.Lead, rest);
                continue;
            }
            var value = Join(rest, part.Node is null ? "" : Descendants(part.Node));
            // "Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với các sở, ngành …": one line names both roles.
            if (field is Field.Lead && LeadThenSupport().Match(value) is { Success: true } roles)
            {
                Add(values, Field.Lead, roles.Groups["lead"].Value);
                Add(values, Field.Support, roles.Groups["support"].Value);
                continue;
            }
            Add(values, field.Value, value);
        }
        if (fieldCount < 2 || !(values.ContainsKey(Field.Lead) || values.ContainsKey(Field.Deadline))) return false;
        var text = BodyText.JoinParagraphs(new[] { node.Text }.Concat(content.Select(p => p.FullTextWithDescendants()))
            .Concat(values.GetValueOrDefault(Field.Content) ?? []));
        draft = new TaskDraft
        {
            Path = path,
            Text = text,
            Owners = owners,
            LeadColumn = Joined(values, Field.Lead),
            SupportColumn = Joined(values, Field.Support),
            DeadlineColumn = Joined(values, Field.Deadline),
        };
        return true;
    }

    private sealed record Part(string Text, OutlineNode? Node)
    {
        public string FullTextWithDescendants() => Node is null ? Text : Join(Node.FullText, Descendants(Node));
    }

    private static IEnumerable<Part> Parts(OutlineNode node)
    {
        foreach (var p in node.Continuations) yield return new Part(p, null);
        foreach (var c in node.Items)
        {
            if (InlineFields(c) is { } fields)
            {
                yield return new Part(fields[0], c);
                foreach (var f in fields.Skip(1)) yield return new Part(f, null);
            }
            else yield return new Part(c.Text, c);
        }
    }

    /// <summary>
    /// The fields a scan ran into one lettered item ("a) Cơ quan chủ trì: Sở Nội vụ; b) Cơ quan phối hợp: … c) Thời gian
    /// thực hiện: …", its columns read as one line), each without its letter; null unless every piece is a field.
    /// </summary>
    private static string[]? InlineFields(OutlineNode item)
    {
        if (item.HasItems || item.Marker.Kind != MarkerKind.Letter) return null;
        var pieces = InlineLetter().Split(item.Text);
        if (pieces.Length < 2) return null;
        for (int i = 1; i < pieces.Length; i++) pieces[i] = LetterMarker().Replace(pieces[i], "", 1);
        return pieces.All(p => LabelOf(p, out _) is not null) ? pieces : null;
    }

    // A letter and its parenthesis inside a line, before a word ("… đơn b) Thời gian …", a scan's "các C) Thời gian …").
    [GeneratedRegex(@"[\s;,]+(?=[a-zđA-ZĐ]\)\s*\p{L})")]
    private static partial Regex InlineLetter();

    [GeneratedRegex(@"^[a-zđA-ZĐ]\)\s*")]
    private static partial Regex LetterMarker();

    private static Field? LabelOf(string text, out string rest) => TaskField.Of(text, out rest);

    private static bool HasOwnerFields(OutlineNode? node) =>
        node is not null && node.Items.Any(i => LabelOf(i.Text, out _) is Field.Lead or Field.Support);

    private static string Descendants(OutlineNode node) =>
        string.Join("; ", node.Continuations.Concat(node.Items.Select(i => Join(i.FullText, Descendants(i)))).Where(s => s.Length > 0));

    private static string Join(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : a + " " + b;

    private static void Add(Dictionary<Field, List<string>> values, Field field, string value)
    {
        if (value.Length == 0) return;
        if (!values.TryGetValue(field, out var list)) values[field] = list = [];
        list.Add(value.Trim().TrimEnd('.'));
    }

    // "<bodies> chủ trì, phối hợp (với) <bodies>": the lead before "chủ trì", the supports after "phối hợp".
    [GeneratedRegex(@"^(?<lead>\S.*?)\s+chủ\s+trì\s*,?\s*(?:và\s+)?phối\s+hợp(?:\s+với)?\s+(?<support>\S.*)$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex LeadThenSupport();

    private static string? Joined(Dictionary<Field, List<string>> values, Field field) =>
        values.TryGetValue(field, out var list) ? string.Join("; ", list) : null;
}
