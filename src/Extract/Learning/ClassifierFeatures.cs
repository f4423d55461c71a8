using System.Runtime.InteropServices;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace DirectiveTracker.Extract.Learning;

/// <summary>
/// The feature vector of a <see cref="TextClassifier"/>'s pipeline, computed directly from the model's vocabulary:
/// the same sparse vector, value for value, as its two FeaturizeText steps and the Concatenate, without a
/// PredictionEngine's per-column getters (warm, a whole prediction took about 12 µs, scoring the vector alone
/// 2.6 µs; the scoring stays ML.NET's own).
/// </summary>
/// <remarks>
/// It repeats the steps <see cref="TextClassifier.Train"/> chooses, as ML.NET runs them: words are the text with
/// punctuation (<see cref="char.IsPunctuation(char)"/>) removed, lower-cased (invariant), split at spaces, counted as
/// uni- and bigrams (an n-gram is found only if it is in the vocabulary, "a|b"), then L2-normalised; patterns are the
/// tokens split at spaces and counted as they are. <see cref="TextClassifier"/> checks it against the whole pipeline
/// before trusting it with a model.
/// </remarks>
internal sealed class ClassifierFeatures
{
    // The vocabularies looked up by span; the lookups are made once (asking a dictionary for one checks its comparer's type).
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _patterns;
    private readonly int _wordCount;

    private ClassifierFeatures(Dictionary<string, int> words, int wordCount, Dictionary<string, int> patterns, int length)
    {
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _wordCount = wordCount;
        _patterns = patterns.GetAlternateLookup<ReadOnlySpan<char>>();
        Length = length;
    }

    /// <summary>The length of the feature vector.</summary>
    public int Length { get; }

    /// <summary>The features of a model whose output schema has the "Words" and "Patterns" columns with slot names; null otherwise.</summary>
    public static ClassifierFeatures? Of(DataViewSchema schema)
    {
        if (Vocabulary(schema, "Words") is not { } words || Vocabulary(schema, "Patterns") is not { } patterns) return null;
        return new ClassifierFeatures(words.Slots, words.Size, patterns.Slots, words.Size + patterns.Size);
    }

    // A column's n-grams by slot name; null when the column or its names are missing or two slots share a name.
    private static (Dictionary<string, int> Slots, int Size)? Vocabulary(DataViewSchema schema, string column)
    {
        if (schema.GetColumnOrNull(column) is not { Type: VectorDataViewType { Size: > 0 } type } c || !c.HasSlotNames()) return null;
        VBuffer<ReadOnlyMemory<char>> names = default;
        c.GetSlotNames(ref names);
        var slots = new Dictionary<string, int>(type.Size, StringComparer.Ordinal);
        int i = 0;
        foreach (var name in names.DenseValues())
        {
            if (!slots.TryAdd(name.ToString(), i)) return null;
            i++;
        }
        return (slots, type.Size);
    }

    /// <summary>The feature vector of one row: the words' n-grams, then the patterns' tokens.</summary>
    public VBuffer<float> Of(string text, string pattern)
    {
        // Scratch reused per thread: a vector is built for every candidate, and growing a fresh list was a fifth of it.
        var slots = t_slots ??= new List<int>(64);
        slots.Clear();
        var words = _words;
        var normalized = Normalize(text);
        var bigram = t_bigram ??= new char[64];
        int at = 0, previousStart = 0, previousLength = 0;
        while (NextToken(normalized, ref at) is var (start, length) && length > 0)
        {
            var token = normalized.Slice(start, length);
            if (words.TryGetValue(token, out int slot)) slots.Add(slot);
            if (previousLength > 0)
            {
                int bigramLength = previousLength + 1 + length;
                if (bigram.Length < bigramLength) bigram = t_bigram = new char[bigramLength];
                normalized.Slice(previousStart, previousLength).CopyTo(bigram);
                bigram[previousLength] = '|';
                token.CopyTo(bigram.AsSpan(previousLength + 1));
                if (words.TryGetValue(bigram.AsSpan(0, bigramLength), out slot)) slots.Add(slot);
            }
            (previousStart, previousLength) = (start, length);
        }
        var patterns = _patterns;
        at = 0;
        while (NextToken(pattern.AsSpan(), ref at) is var (start, length) && length > 0)
            if (patterns.TryGetValue(pattern.AsSpan(start, length), out int slot)) slots.Add(_wordCount + slot);

        var all = CollectionsMarshal.AsSpan(slots);
        all.Sort();
        var indices = new int[Distinct(all)];
        var values = new float[indices.Length];
        int n = -1;
        foreach (int slot in all)
        {
            if (n < 0 || indices[n] != slot) indices[++n] = slot;
            values[n]++;
        }
        // The words' counts are small integers: their sum of squares is exact in any order, as in ML.NET's vectorised sum.
        int wordCount = 0;
        float squares = 0;
        while (wordCount < indices.Length && indices[wordCount] < _wordCount)
        {
            squares += values[wordCount] * values[wordCount];
            wordCount++;
        }
        // ML.NET scales by the inverse of the norm (3 × (1/13) is not 3/13 in single precision).
        float norm = MathF.Sqrt(squares);
        if (norm > 0)
        {
            float scale = 1 / norm;
            for (int i = 0; i < wordCount; i++) values[i] *= scale;
        }
        return new VBuffer<float>(Length, indices.Length, values, indices);
    }

    [ThreadStatic] private static List<int>? t_slots;
    [ThreadStatic] private static char[]? t_bigram;
    [ThreadStatic] private static char[]? t_normalized;

    private static int Distinct(ReadOnlySpan<int> sorted)
    {
        int distinct = 0;
        for (int i = 0; i < sorted.Length; i++)
            if (i == 0 || sorted[i] != sorted[i - 1]) distinct++;
        return distinct;
    }

    // The next space-separated token from <paramref name="at"/> (length 0 at the end); runs of spaces give no empty
    // tokens, as in ML.NET's tokeniser.
    private static (int Start, int Length) NextToken(ReadOnlySpan<char> text, ref int at)
    {
        while (at < text.Length && text[at] == ' ') at++;
        int start = at;
        while (at < text.Length && text[at] != ' ') at++;
        return (start, at - start);
    }

    // ML.NET's text normaliser as the words' featuriser sets it: punctuation removed, invariant lower case, the rest
    // kept; into a buffer reused per thread (valid until the thread's next call), not a new string per row.
    private static ReadOnlySpan<char> Normalize(string text)
    {
        var buffer = t_normalized;
        if (buffer is null || buffer.Length < text.Length) buffer = t_normalized = new char[Math.Max(256, text.Length)];
        int n = 0;
        foreach (char c in text)
            if (!char.IsPunctuation(c)) buffer[n++] = Grammar.InvariantLower.Of(c);
        return buffer.AsSpan(0, n);
    }
}
