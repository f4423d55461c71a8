using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Extract.Grammar;

/// <summary>
/// The features a trained category model reads in a task: the keyword rules' decision and scores, the words and
/// word pairs of the opening (where the main verb stands) and of the first clause, and the rules' reading and the
/// opening words of the heading the task sits under.
/// </summary>
/// <remarks>
/// The rules carry what was written down about the domain; the words let the model learn what the rules miss, from
/// labelled tasks. Position matters: a word in the opening names the action, the same word later names its object.
/// Names are built in a stack buffer and handed to a sink, so classifying a task allocates no feature strings.
/// </remarks>
public static class CategoryFeatures
{
    private const int ClauseWords = 16, HeadingWords = 8;
    private const int LongestName = 128; // longer names (a run of digits, say) are not features

    /// <summary>The prefix of the features that carry the keyword rules' reading (as opposed to words).</summary>
    public const string RulePrefix = "rule:";

    private static readonly string[] Categories = Enum.GetValues<TaskCategory>().OrderBy(c => (int)c).Select(c => c.ToString()).ToArray();
    private static readonly string[] Rules = Enum.GetValues<CategoryReading.Rule>().OrderBy(r => (int)r).Select(r => r.ToString()).ToArray();

    /// <summary>The features of an analysed task text and the rules' reading of it, by name (for training).</summary>
    public static Dictionary<string, double> Of(ActionText action, CategoryReading rules, HeadingReading? heading = null)
    {
        var sink = new DictionarySink();
        Write(action, rules, sink);
        if (heading is not null) WriteHeading(heading, sink);
        return sink.Features;
    }

    /// <summary>Hands the heading's features to <paramref name="sink"/>: the category its keywords name, and its opening words.</summary>
    public static void WriteHeading(HeadingReading heading, IFeatureSink sink)
    {
        Span<char> buffer = stackalloc char[LongestName];
        if (heading.NamesField) Emit(sink, buffer, 1, "hrule:", Categories[(int)heading.Reading.Category]);
        var body = heading.Action.Body.AsSpan();
        int n = 0, i = 0;
        while (i < body.Length && n < HeadingWords)
        {
            while (i < body.Length && !char.IsLetterOrDigit(body[i])) i++;
            int start = i;
            while (i < body.Length && char.IsLetterOrDigit(body[i])) i++;
            if (i == start) break;
            Emit(sink, buffer, 1, "h:", body[start..i]);
            n++;
        }
    }

    /// <summary>Hands each feature of the task to <paramref name="sink"/>; a name may come more than once (it counts once).</summary>
    public static void Write(ActionText action, CategoryReading rules, IFeatureSink sink)
    {
        Span<char> buffer = stackalloc char[LongestName];
        var category = Categories[(int)rules.Category];
        Emit(sink, buffer, 1, RulePrefix, category);
        Emit(sink, buffer, 1, "by:", Rules[(int)rules.DecidedBy], ":", category);
        for (int c = 0; c < rules.Scores.Count; c++)
            if (rules.Scores[c] > 0) Emit(sink, buffer, Math.Log(1 + rules.Scores[c]), "kw:", Categories[c]);

        var body = action.Body.AsSpan();
        ReadOnlySpan<char> previous = default;
        int n = 0, i = 0;
        while (i < body.Length)
        {
            while (i < body.Length && !char.IsLetterOrDigit(body[i])) i++;
            int start = i;
            while (i < body.Length && char.IsLetterOrDigit(body[i])) i++;
            if (i == start) break;
            var word = body[start..i];
            if (n == 0) Emit(sink, buffer, 1, "first:", word);
            if (n == 1) Emit(sink, buffer, 1, "first2:", previous, "_", word);
            var zone = start < action.Opening ? "o" : start < action.FirstClause && n < ClauseWords ? "c" : null;
            if (zone is null) break;
            Emit(sink, buffer, 1, zone, ":", word);
            if (n > 0) Emit(sink, buffer, 1, zone, "2:", previous, "_", word);
            previous = word;
            n++;
        }
    }

    private static void Emit(IFeatureSink sink, Span<char> buffer, double value, ReadOnlySpan<char> a, ReadOnlySpan<char> b,
        ReadOnlySpan<char> c = default, ReadOnlySpan<char> d = default, ReadOnlySpan<char> e = default)
    {
        int length = a.Length + b.Length + c.Length + d.Length + e.Length;
        if (length > buffer.Length) return;
        int at = 0;
        Append(buffer, ref at, a); Append(buffer, ref at, b); Append(buffer, ref at, c); Append(buffer, ref at, d); Append(buffer, ref at, e);
        sink.Add(buffer[..length], value);
    }

    private static void Append(Span<char> buffer, ref int at, ReadOnlySpan<char> part)
    {
        part.CopyTo(buffer[at..]);
        at += part.Length;
    }

    /// <summary>The feature names of a task as space-separated tokens (the pattern column of the ML.NET model).</summary>
    public static string Tokens(ActionText action, CategoryReading rules, HeadingReading? heading = null)
    {
        var sink = new Learning.JoinedTokens();
        WriteAll(action, rules, heading, sink);
        return sink.ToString();
    }

    /// <summary>Hands every feature of the task, then of its heading when there is one, to <paramref name="sink"/> (<see cref="Tokens"/> joins them).</summary>
    public static void WriteAll(ActionText action, CategoryReading rules, HeadingReading? heading, IFeatureSink sink)
    {
        Write(action, rules, sink);
        if (heading is not null) WriteHeading(heading, sink);
    }

    private sealed class DictionarySink : IFeatureSink
    {
        public Dictionary<string, double> Features { get; } = new(StringComparer.Ordinal);
        public void Add(ReadOnlySpan<char> name, double value) => Features[name.ToString()] = value;
    }

}

/// <summary>Receives features by name, one at a time (the name is only valid during the call).</summary>
public interface IFeatureSink
{
    void Add(ReadOnlySpan<char> name, double value);
}
