using DirectiveTracker.Extract.Learning;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Extract.Scoring;
using DirectiveTracker.Extract.Structure;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>
/// An agency near a task, as the rules left it: a lead or support they gave the task (from its text or from a heading
/// or intro above it), or a body the grammar recognised in the task's text that they gave no role.
/// </summary>
/// <param name="Start">Where the body stands in the task's text, or -1 when the rules took it from above the task.</param>
public sealed record OwnerCandidate(string Name, string RulesRole, int Start, int Length);

/// <summary>
/// Owner role: for every agency near a task, lead, support or neither (a body cited as a document's author, a code of
/// law, a body merely mentioned). An ML.NET model over the words around the mention and what the patterns read there
/// (<see cref="Pattern"/>), the rules' own role among them. The rules decide; the model overrides a role only when it
/// is confident and its cross-validated accuracy beat the rules', and otherwise gives the task an owner confidence.
/// </summary>
public sealed class OwnerRoleModel
{
    /// <summary>The classes the model predicts.</summary>
    public const string Lead = "lead", Support = "support", Neither = "neither";

    /// <summary>The embedded resources that hold the shipped model and its provenance.</summary>
    public const string ResourceName = "DirectiveTracker.Extract.owner-model.zip", ProvenanceName = "DirectiveTracker.Extract.owner-model.json";

    /// <summary>The model's probability above which it may override the rules' role.</summary>
    public const float OverrideAbove = 0.9f;

    private static readonly Lazy<OwnerRoleModel?> Shipped = new(() => ShippedModels.Load(ResourceName, ProvenanceName, (m, p) => new OwnerRoleModel(m, p)));

    public TextClassifier Classifier { get; }
    public ModelProvenance? Provenance { get; }

    /// <summary>True when the model may change roles: its held-out accuracy beat the rules' on the same examples.</summary>
    public bool Overrides { get; }

    public OwnerRoleModel(TextClassifier classifier, ModelProvenance? provenance = null)
    {
        Classifier = classifier;
        Provenance = provenance;
        Overrides = provenance is not null && provenance.HeldOutAccuracy > provenance.RulesAccuracy;
    }

    /// <summary>The model shipped in this assembly, or null when none is embedded (the rules' roles stand, without confidence).</summary>
    public static OwnerRoleModel? Embedded => Shipped.Value;

    /// <summary>The agencies near a task: the rules' leads and supports, then the other bodies recognised in its text.</summary>
    public static IReadOnlyList<OwnerCandidate> Candidates(TaskItem task, IReadOnlyList<Grammar.AgencyMention> mentions)
    {
        var candidates = new List<OwnerCandidate>();
        var used = new bool[mentions.Count];
        void AddRole(IEnumerable<string> names, string role)
        {
            foreach (var name in names)
            {
                int at = -1;
                for (int i = 0; i < mentions.Count && at < 0; i++)
                    if (!used[i] && MatchText.NamesMatch(name, mentions[i].Name)) at = i;
                if (at >= 0) used[at] = true;
                candidates.Add(at < 0 ? new(name, role, -1, 0) : new(name, role, mentions[at].Start, mentions[at].Length));
            }
        }
        AddRole(task.Lead, Lead);
        AddRole(task.Support, Support);
        for (int i = 0; i < mentions.Count; i++)
            if (!used[i] && !candidates.Any(c => MatchText.NamesMatch(c.Name, mentions[i].Name)))
                candidates.Add(new(mentions[i].Name, Neither, mentions[i].Start, mentions[i].Length));
        return candidates;
    }

    /// <summary>The model's input for one candidate.</summary>
    public static ClassifierRow Row(TaskItem task, OwnerCandidate candidate, string? label = null) => new()
    {
        Label = label ?? "",
        Text = Words(task.Text, candidate),
        Pattern = Pattern(task, candidate),
    };

    /// <summary>
    /// The task with the model's reading of its owners: roles changed where the model may override and is confident
    /// (a task never loses its last lead to it), and <see cref="TaskItem.OwnerConfidence"/>, the model's least
    /// probability for the roles the task ends with.
    /// </summary>
    public TaskItem Judge(TaskItem task, IReadOnlyList<Grammar.AgencyMention> mentions)
    {
        var candidates = Candidates(task, mentions);
        if (candidates.Count == 0) return task;
        var lead = task.Lead.ToList();
        var support = task.Support.ToList();
        double confidence = 1;
        var changes = new List<(OwnerCandidate Candidate, string Role, double Probability)>();
        foreach (var candidate in candidates)
        {
            var row = Row(task, candidate);
            var guess = Classifier.Predict(row.Text, row.Pattern);
            if (Overrides && guess.Label != candidate.RulesRole && guess.Probability >= OverrideAbove)
                changes.Add((candidate, guess.Label, guess.Probability));
            else confidence = Math.Min(confidence, guess.Label == candidate.RulesRole ? guess.Probability : 1 - guess.Probability);
        }
        foreach (var (candidate, role, probability) in changes)
        {
            if (candidate.RulesRole == Lead && lead.Count == 1)
            {
                confidence = Math.Min(confidence, 1 - probability);
                continue;
            }
            lead.Remove(candidate.Name);
            support.Remove(candidate.Name);
            if (role == Lead) lead.Add(candidate.Name);
            else if (role == Support) support.Add(candidate.Name);
            confidence = Math.Min(confidence, probability);
        }
        return task with
        {
            Lead = lead,
            Support = support,
            Mode = lead.Count == 0 ? null : task.Mode ?? AssignmentMode.Assigned,
            OwnerConfidence = Math.Round(confidence, 3),
        };
    }

    /// <summary>
    /// Judges the owners of every task; a task the model fails on keeps the rules' roles and <paramref name="failed"/>
    /// hears of it (stage, Vietnamese message, exception).
    /// </summary>
    public List<TaskItem> JudgeAll(IReadOnlyList<TaskItem> tasks, DocumentMentions mentions, Action<string, string, Exception> failed)
    {
        var judged = new List<TaskItem>(tasks.Count);
        foreach (var task in tasks)
        {
            try { judged.Add(Judge(task, mentions.FindAll(task.Text))); }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failed($"owner model {task.Path}", $"Nhiệm vụ {task.Path}: không đánh giá được vai trò chủ trì, phối hợp.", e);
                judged.Add(task);
            }
        }
        return judged;
    }

    private const int WordsBefore = 8, WordsAfter = 6;

    // The words around the mention, the mention itself as written; a body from above the task stands before the task's opening.
    private static string Words(string text, OwnerCandidate c)
    {
        if (c.Start < 0) return c.Name + " | " + ModelText.Opening(text);
        var before = text[..c.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var after = text[(c.Start + c.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', before.TakeLast(WordsBefore)) + " [ " + text.Substring(c.Start, c.Length) + " ] " + string.Join(' ', after.Take(WordsAfter));
    }

    // Cue words, folded: where the mention stands relative to each is a feature.
    private static readonly Cue[] Cues = Array.ConvertAll(
        ["chu tri", "phoi hop", "de nghi", "giao", "yeu cau", "theo", "cua", "tai", "thuoc", "voi", "ban hanh", "quyet dinh", "luat", "nghi dinh", "chi thi", "ke hoach", "huong dan", "thuc hien", "bao cao", "tham muu", "cac co quan"],
        words => new Cue(words));

    // A cue's forms, built once: every candidate tests every cue four ways, and concatenating them each time was a
    // good part of the owner model's cost.
    private sealed class Cue(string words)
    {
        private readonly string _leading = words + " ", _inner = " " + words + " ", _trailing = " " + words;
        public string Words { get; } = words;
        public string RightAfter { get; } = "right-after:" + words.Replace(' ', '_');
        public string After { get; } = "after:" + words.Replace(' ', '_');
        public string RightBefore { get; } = "right-before:" + words.Replace(' ', '_');
        public string Before { get; } = "before:" + words.Replace(' ', '_');
        public bool StartsIn(string key) => key == Words || key.StartsWith(_leading, StringComparison.Ordinal);
        public bool EndsIn(string key) => key == Words || key.EndsWith(_trailing, StringComparison.Ordinal);
        public bool In(string key) => key.StartsWith(_leading, StringComparison.Ordinal) || key.Contains(_inner, StringComparison.Ordinal) || EndsIn(key);
    }

    /// <summary>What the patterns read about one candidate, as tokens; the rules' role is one of them.</summary>
    public static string Pattern(TaskItem task, OwnerCandidate c)
    {
        var tokens = new List<string> { $"rule:{c.RulesRole}" };
        tokens.AddRange(TaskModel.PathTokens(task.Path));
        tokens.Add($"leads:{Math.Min(task.Lead.Count, 3)}");
        tokens.Add($"supports:{Math.Min(task.Support.Count, 2)}");
        tokens.Add($"mode:{task.Mode?.ToString() ?? "none"}");
        var nameKey = BodyText.Key(c.Name);
        var head = nameKey.Split(' ', 3);
        tokens.Add($"body:{head[0]}");
        if (head.Length > 1) tokens.Add($"body2:{head[0]}_{head[1]}");
        if (c.Start < 0)
        {
            tokens.Add("from:above");
            return string.Join(' ', tokens);
        }
        tokens.Add("from:text");
        var beforeKey = BodyText.Key(task.Text[..c.Start]);
        var afterKey = BodyText.Key(task.Text[(c.Start + c.Length)..]);
        if (beforeKey.Length == 0) tokens.Add("at:start");
        var previous = beforeKey.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (previous.Length > 0) tokens.Add($"prev:{previous[^1]}");
        if (previous.Length > 1) tokens.Add($"prev2:{previous[^2]}_{previous[^1]}");
        var next = afterKey.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (next.Length > 0) tokens.Add($"next:{next[0]}");
        if (next.Length > 1) tokens.Add($"next2:{next[0]}_{next[1]}");
        int words = previous.Length;
        tokens.Add(words < 3 ? "pos:opening" : words < 15 ? "pos:early" : "pos:late");
        var separator = task.Text[..c.Start].TrimEnd();
        if (separator.EndsWith('(')) tokens.Add("in:parenthesis");
        foreach (var cue in Cues)
        {
            if (cue.EndsIn(beforeKey)) tokens.Add(cue.RightAfter);
            else if (cue.In(beforeKey)) tokens.Add(cue.After);
            if (cue.StartsIn(afterKey)) tokens.Add(cue.RightBefore);
            else if (cue.In(afterKey)) tokens.Add(cue.Before);
        }
        return string.Join(' ', tokens);
    }
}
