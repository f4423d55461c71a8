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
    public static ClassifierRow Row(TaskItem task, OwnerCandidate candidate, string? label = null)
    {
        var reading = new TaskReading(task);
        return new() { Label = label ?? "", Text = reading.Words(candidate), Pattern = reading.Pattern(candidate) };
    }

    /// <summary>
    /// The task with the model's reading of its owners: roles changed where the model may override and is confident
    /// (a task never loses its last lead to it), and <see cref="TaskItem.OwnerConfidence"/>, the model's least
    /// probability for the roles the task ends with.
    /// </summary>
    public TaskItem Judge(TaskItem task, IReadOnlyList<Grammar.AgencyMention> mentions)
    {
        var candidates = Candidates(task, mentions);
        if (candidates.Count == 0) return task;
        double confidence = 1;
        List<(OwnerCandidate Candidate, string Role, double Probability)>? changes = null;
        var reading = new TaskReading(task);
        // Each candidate's row is written into the same two builders, the thread's for every task: the model reads them in place.
        var words = t_words ??= new System.Text.StringBuilder(160);
        var pattern = t_pattern ??= new System.Text.StringBuilder(256);
        foreach (var candidate in candidates)
        {
            reading.WriteWords(words.Clear(), candidate);
            reading.WritePattern(pattern.Clear(), candidate);
            var guess = Classifier.Predict(words, pattern);
            if (Overrides && guess.Label != candidate.RulesRole && guess.Probability >= OverrideAbove)
                (changes ??= []).Add((candidate, guess.Label, guess.Probability));
            else confidence = Math.Min(confidence, guess.Label == candidate.RulesRole ? guess.Probability : 1 - guess.Probability);
        }
        // Without a change the rules' lists stand as they are, not copied.
        if (changes is null) return Judged(task, task.Lead, task.Support, confidence);
        var lead = task.Lead.ToList();
        var support = task.Support.ToList();
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
        return Judged(task, lead, support, confidence);
    }

    private static TaskItem Judged(TaskItem task, IReadOnlyList<string> lead, IReadOnlyList<string> support, double confidence) => task with
    {
        Lead = lead,
        Support = support,
        Mode = lead.Count == 0 ? null : task.Mode ?? AssignmentMode.Assigned,
        OwnerConfidence = Math.Round(confidence, 3),
    };

    [ThreadStatic] private static System.Text.StringBuilder? t_words, t_pattern;

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

    /// <summary>What the patterns read about one candidate, as tokens; the rules' role is one of them.</summary>
    public static string Pattern(TaskItem task, OwnerCandidate c) => new TaskReading(task).Pattern(c);

    private const int WordsBefore = 8, WordsAfter = 6;

    // Cue words, folded: where the mention stands relative to each is a feature.
    // At most 32: the cues a task holds are the bits of one uint (TaskReading.CuesInTask).
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
        public bool StartsIn(ReadOnlySpan<char> key) => key.SequenceEqual(Words) || key.StartsWith(_leading, StringComparison.Ordinal);
        public bool EndsIn(ReadOnlySpan<char> key) => key.SequenceEqual(Words) || key.EndsWith(_trailing, StringComparison.Ordinal);
        public bool In(ReadOnlySpan<char> key) => key.StartsWith(_leading, StringComparison.Ordinal) || key.Contains(_inner, StringComparison.Ordinal) || EndsIn(key);
    }

    /// <summary>
    /// One task as the model reads its candidates: the task's folded key, sliced at each mention, and the tokens every
    /// candidate of the task shares, both computed once per task (folding each side of each mention anew, splitting
    /// it into words and formatting the shared tokens again cost about as much as the prediction).
    /// </summary>
    private sealed class TaskReading(TaskItem task)
    {
        // Sliced only for a candidate found in the task's own text: about a third of the judged tasks have none (their
        // owners come from above), and folding their text was a tenth of the owner model's time.
        private SlicedKey? _sliced;
        private SlicedKey Key => _sliced ??= SlicedKey.Of(task.Text);
        private readonly string _shared = string.Join(' ', TaskModel.PathTokens(task.Path)) +
            $" leads:{Math.Min(task.Lead.Count, 3)} supports:{Math.Min(task.Support.Count, 2)} mode:{task.Mode?.ToString() ?? "none"}";

        // The task's opening, which every candidate from above the task reads: measured once per task, not copied.
        private int? _opening;
        private int OpeningLength => _opening ??= ModelText.OpeningLength(task.Text);

        // The cues the task's key holds anywhere, one bit each in the order of Cues: a cue it does not hold is on
        // neither side of any mention.
        private uint? _cues;
        private uint CuesInTask => _cues ??= HeldCues(Key);

        private static uint HeldCues(SlicedKey key)
        {
            uint held = 0;
            for (int i = 0; i < Cues.Length; i++) if (key.MayHold(Cues[i].Words)) held |= 1u << i;
            return held;
        }

        // The words around the mention, the mention itself as written; a body from above the task stands before the task's opening.
        public string Words(OwnerCandidate c) => WriteWords(new System.Text.StringBuilder(160), c).ToString();

        public System.Text.StringBuilder WriteWords(System.Text.StringBuilder sb, OwnerCandidate c)
        {
            var text = task.Text;
            if (c.Start < 0) return sb.Append(c.Name).Append(" | ").Append(text, 0, OpeningLength);
            AppendLastWords(sb, text.AsSpan(0, c.Start), WordsBefore);
            sb.Append(" [ ").Append(text, c.Start, c.Length).Append(" ] ");
            AppendFirstWords(sb, text.AsSpan(c.Start + c.Length), WordsAfter);
            return sb;
        }

        public string Pattern(OwnerCandidate c) => WritePattern(new System.Text.StringBuilder(256), c).ToString();

        public System.Text.StringBuilder WritePattern(System.Text.StringBuilder sb, OwnerCandidate c)
        {
            sb.Append("rule:").Append(c.RulesRole).Append(' ').Append(_shared);
            LeadingWords.Append(sb, BodyText.Key(c.Name), " body:", " body2:");
            if (c.Start < 0) return sb.Append(" from:above");
            sb.Append(" from:text");
            var beforeKey = Key.Before(c.Start);
            var afterKey = Key.After(c.Start + c.Length);
            if (beforeKey.Length == 0) sb.Append(" at:start");
            // The keys hold single spaces between words and none at their ends.
            int words = beforeKey.Length == 0 ? 0 : beforeKey.Count(' ') + 1;
            int lastSpace = beforeKey.LastIndexOf(' ');
            if (words > 0) sb.Append(" prev:").Append(beforeKey[(lastSpace + 1)..]);
            if (words > 1)
            {
                int previousSpace = beforeKey[..lastSpace].LastIndexOf(' ');
                sb.Append(" prev2:").Append(beforeKey[(previousSpace + 1)..lastSpace]).Append('_').Append(beforeKey[(lastSpace + 1)..]);
            }
            if (afterKey.Length > 0) LeadingWords.Append(sb, afterKey, " next:", " next2:");
            sb.Append(words < 3 ? " pos:opening" : words < 15 ? " pos:early" : " pos:late");
            if (task.Text.AsSpan(0, c.Start).TrimEnd().EndsWith('(')) sb.Append(" in:parenthesis");
            uint held = CuesInTask;
            for (int i = 0; i < Cues.Length; i++)
            {
                if ((held & (1u << i)) == 0) continue;
                var cue = Cues[i];
                if (cue.EndsIn(beforeKey)) sb.Append(' ').Append(cue.RightAfter);
                else if (cue.In(beforeKey)) sb.Append(' ').Append(cue.After);
                if (cue.StartsIn(afterKey)) sb.Append(' ').Append(cue.RightBefore);
                else if (cue.In(afterKey)) sb.Append(' ').Append(cue.Before);
            }
            return sb;
        }

        // The last <paramref name="count"/> space-separated words of <paramref name="text"/>, joined by one space: step
        // back to where the count-th word from the end starts, and let AppendFirstWords write from there.
        private static void AppendLastWords(System.Text.StringBuilder sb, ReadOnlySpan<char> text, int count)
        {
            int start = text.Length;
            for (int seen = 0; seen < count; seen++)
            {
                var before = text[..start].TrimEnd(' ');
                if (before.IsEmpty) break;
                start = before.LastIndexOf(' ') + 1;
            }
            AppendFirstWords(sb, text[start..], count);
        }

        // The first <paramref name="count"/> space-separated words of <paramref name="text"/>, joined by one space.
        private static void AppendFirstWords(System.Text.StringBuilder sb, ReadOnlySpan<char> text, int count)
        {
            int i = 0, seen = 0;
            while (seen < count)
            {
                while (i < text.Length && text[i] == ' ') i++;
                if (i == text.Length) break;
                int start = i;
                while (i < text.Length && text[i] != ' ') i++;
                if (seen++ > 0) sb.Append(' ');
                sb.Append(text[start..i]);
            }
        }
    }
}
