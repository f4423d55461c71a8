using DirectiveTracker.Extract.Reports;
using DirectiveTracker.Index.Analysis;

namespace DirectiveTracker.Index.Progress;

/// <summary>Weights and thresholds of passage → task matching (section "Progress:Matching" of the configuration).</summary>
public sealed class MatchingOptions
{
    /// <summary>Least content similarity (cosine of the search analyzer's folded words and bigrams, weighted by their rarity among the plan's tasks) for a match.</summary>
    public double MinContent { get; set; } = 0.12;

    /// <summary>Least total score for a match: below it the passage is about no task (a report always talks about other work too).</summary>
    public double MinScore { get; set; } = 0.25;

    /// <summary>Weight of the passage's section heading terms relative to its own.</summary>
    public double HeadingWeight { get; set; } = 0.4;

    /// <summary>Bonus when the reporting agency leads the task; half of it when it supports; a share when it belongs to the owner group (<see cref="KindGroupShare"/>).</summary>
    public double OwnAgencyBonus { get; set; } = 0.12;

    /// <summary>Share of <see cref="OwnAgencyBonus"/> when the task's lead is a group naming the agency's kind of body ("các sở, ban, ngành" for a Sở); a third when the group is everyone ("các cơ quan, đơn vị").</summary>
    public double KindGroupShare { get; set; } = 1;

    /// <summary>Penalty when the task belongs only to other named agencies (0: reports describe work they took part in too).</summary>
    public double OtherAgencyPenalty { get; set; }

    /// <summary>Bonus when the passage's numbering equals the task's (a report that follows the plan's numbering); a third for the same section.</summary>
    public double NumberingBonus { get; set; } = 0.12;
}

/// <summary>One passage and the task it was matched to (null: about other work), with the match's score and confidence.</summary>
public sealed record PassageMatch(Passage Passage, TrackedTask? Task, double Score, double Confidence);

/// <summary>
/// Matches report passages to a plan's tasks by content (the search analyzer's folded terms and bigrams, weighted by
/// their rarity among the candidate tasks), by the reporting agency as a prior (its own tasks and those of owner groups
/// it belongs to) and by structure (the plan's numbering, when the report follows it). "No task" is always an option: a
/// passage marked aside, or whose best score stays under <see cref="MatchingOptions.MinScore"/>, is linked to none.
/// </summary>
public sealed class ReportMatcher(MatchingOptions? options = null, OwnerGroups? groups = null, VietnameseAnalyzer? analyzer = null)
{
    private readonly MatchingOptions _o = options ?? new();
    private readonly OwnerGroups _groups = groups ?? new();
    private readonly VietnameseAnalyzer _analyzer = analyzer ?? VietnameseAnalyzer.Default;

    public IReadOnlyList<PassageMatch> Match(IReadOnlyList<Passage> passages, IReadOnlyList<TrackedTask> tasks, string? agency, string? agencyKey)
    {
        var taskTerms = tasks.Select(t => Terms(t.Text)).ToList();
        var idf = InverseFrequencies(taskTerms);
        double unseen = Rarity(tasks.Count, 1);
        var taskVectors = taskTerms.Select(t => Weigh(t, idf, unseen, 1.0)).ToList();
        var taskNorms = taskVectors.Select(Norm).ToList();
        var affinity = tasks.Select(t => Affinity(t, agency, agencyKey)).ToList();
        var numbering = tasks.Select(t => ArabicPath(t.Path)).ToList();

        var result = new List<PassageMatch>(passages.Count);
        foreach (var p in passages)
        {
            if (p.Aside)
            {
                result.Add(new PassageMatch(p, null, 0, 0));
                continue;
            }
            var vector = Weigh(Terms(p.Text), idf, unseen, 1.0);
            if (p.Heading is { } h)
                foreach (var (term, w) in Weigh(Terms(h), idf, unseen, _o.HeadingWeight)) vector[term] = Math.Max(vector.GetValueOrDefault(term), w);
            double norm = Norm(vector);
            double best = 0, second = 0;
            int bestIndex = -1;
            for (int i = 0; i < tasks.Count; i++)
            {
                double content = Cosine(vector, norm, taskVectors[i], taskNorms[i]);
                if (content < _o.MinContent) continue;
                double score = content + affinity[i] + Structure(p.Numbering, numbering[i]);
                if (score > best) { second = best; best = score; bestIndex = i; }
                else if (score > second) second = score;
            }
            if (bestIndex < 0 || best < _o.MinScore)
            {
                result.Add(new PassageMatch(p, null, Math.Round(best, 4), 0));
                continue;
            }
            // Sure when the score is high and clearly ahead of the runner-up.
            double level = Math.Min(1, best / 0.5), margin = Math.Min(1, (best - second) / (0.5 * best));
            result.Add(new PassageMatch(p, tasks[bestIndex], Math.Round(best, 4), Math.Round(0.6 * level + 0.4 * margin, 2)));
        }
        return result;
    }

    /// <summary>
    /// The tasks the agency owes a report on among <paramref name="tasks"/>: led by it or given to an owner group it
    /// belongs to (a supporting agency reports to the lead, not on the task).
    /// </summary>
    public IReadOnlyList<TrackedTask> AgencyTasks(IReadOnlyList<TrackedTask> tasks, string? agency, string? agencyKey) =>
        tasks.Where(t => agencyKey is { Length: > 0 } key && t.LeadKeys.Contains(key, StringComparer.Ordinal)
            || agency is { Length: > 0 } name && t.Leads.Any(l => _groups.IsMember(name, l))).ToList();

    private double Affinity(TrackedTask t, string? agency, string? agencyKey)
    {
        if (agencyKey is { Length: > 0 } key)
        {
            if (t.LeadKeys.Contains(key, StringComparer.Ordinal)) return _o.OwnAgencyBonus;
            if (t.SupportKeys.Contains(key, StringComparer.Ordinal)) return _o.OwnAgencyBonus / 2;
        }
        if (agency is { Length: > 0 } name)
        {
            // "UBND các xã, phường" addresses a phường as surely as its name would; "các cơ quan, đơn vị" addresses everyone.
            var membership = t.Leads.Select(l => _groups.Membership(name, l)).DefaultIfEmpty().Max();
            if (membership == GroupMembership.Kind) return _o.OwnAgencyBonus * _o.KindGroupShare;
            if (membership == GroupMembership.Any) return _o.OwnAgencyBonus / 3;
        }
        if (t.Leads.Count > 0 && !t.Leads.Any(_groups.IsGroup)) return -_o.OtherAgencyPenalty;
        return 0;
    }

    private double Structure(IReadOnlyList<int> passage, IReadOnlyList<int> task)
    {
        if (passage.Count == 0 || task.Count == 0) return 0;
        if (passage.SequenceEqual(task)) return _o.NumberingBonus;
        return passage[0] == task[0] ? _o.NumberingBonus / 3 : 0;
    }

    /// <summary>The arabic numbers of a task path after its roman part: "II.4.3.2" → [4, 3, 2].</summary>
    internal static IReadOnlyList<int> ArabicPath(string path) =>
        path.Split('.').Where(p => p.Length > 0 && p.All(char.IsAsciiDigit)).Select(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    /// <summary>Terms by text: a plan's tasks are analysed once for all the reports that answer it (analysis is most of matching's time).</summary>
    private readonly Dictionary<string, HashSet<string>> _termCache = new(StringComparer.Ordinal);
    private readonly object _cacheLock = new();
    private const int TermCacheSize = 50_000;

    private HashSet<string> Terms(string text)
    {
        lock (_cacheLock)
        {
            if (_termCache.TryGetValue(text, out var cached)) return cached;
        }
        var terms = Analyse(text);
        lock (_cacheLock)
        {
            if (_termCache.Count >= TermCacheSize) _termCache.Clear();
            _termCache[text] = terms;
        }
        return terms;
    }

    private HashSet<string> Analyse(string text)
    {
        var plain = text.Replace('_', ' ');
        var words = _analyzer.Folded(plain, withParts: false).Where(t => t.Type == TokenType.Word);
        var terms = new HashSet<string>(words.Select(t => t.Text), StringComparer.Ordinal);
        foreach (var b in _analyzer.Bigrams(plain)) terms.Add(b.Text);
        return terms;
    }

    private static Dictionary<string, double> InverseFrequencies(List<HashSet<string>> docs)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in docs) foreach (var t in d) df[t] = df.GetValueOrDefault(t) + 1;
        return df.ToDictionary(kv => kv.Key, kv => Rarity(docs.Count, kv.Value), StringComparer.Ordinal);
    }

    /// <summary>
    /// A term's weight by how few of the plan's tasks hold it (BM25's idf): near zero for the plan's boilerplate
    /// ("triển khai", "thực hiện", the province's name), so shared common words do not decide a match.
    /// </summary>
    private static double Rarity(int tasks, int holding) => Math.Log(1 + (tasks - holding + 0.5) / (holding + 0.5));

    private static Dictionary<string, double> Weigh(HashSet<string> terms, Dictionary<string, double> idf, double unseen, double factor)
    {
        var v = new Dictionary<string, double>(terms.Count, StringComparer.Ordinal);
        foreach (var t in terms) v[t] = factor * (idf.TryGetValue(t, out var w) ? w : unseen);
        return v;
    }

    private static double Norm(Dictionary<string, double> v) => Math.Sqrt(v.Values.Sum(x => x * x));

    private static double Cosine(Dictionary<string, double> a, double na, Dictionary<string, double> b, double nb)
    {
        if (na == 0 || nb == 0) return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        double dot = 0;
        foreach (var (t, w) in small) if (large.TryGetValue(t, out var x)) dot += w * x;
        return dot / (na * nb);
    }
}
