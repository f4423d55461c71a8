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
/// uni- and bigrams (an n-gram is found only if it is in the vocabulary, "a|b"), and, when the model has them, the same
/// text's char n-grams between a start and an end marker ("Char.&lt;␂&gt;|t|ă|n", the words' slots then named "Word.a|b"),
/// the words and the char n-grams each L2-normalised; patterns are the tokens split at spaces and counted as they are.
/// <see cref="TextClassifier"/> checks it against the whole pipeline before trusting it with a model.
/// </remarks>
internal sealed class ClassifierFeatures
{
    private readonly NgramTable _words;
    private readonly CharGrams? _chars;
    private readonly NgramTable _patterns;
    private readonly int _wordCount;

    private ClassifierFeatures(Dictionary<string, int> words, CharGrams? chars, int wordCount, Dictionary<string, int> patterns, int length)
    {
        _words = new NgramTable(words);
        _chars = chars;
        _wordCount = wordCount;
        _patterns = new NgramTable(patterns);
        Length = length;
    }

    /// <summary>The length of the feature vector.</summary>
    public int Length { get; }

    /// <summary>The features of a model whose output schema has the "Words" and "Patterns" columns with slot names; null otherwise.</summary>
    public static ClassifierFeatures? Of(DataViewSchema schema)
    {
        if (Vocabulary(schema, "Words") is not { } words || Vocabulary(schema, "Patterns") is not { } patterns) return null;
        // With char n-grams the words' column names each slot by its kind ("Word.", "Char."); a word never holds a
        // full stop (punctuation is removed), so names without a kind are a words-only column.
        if (!words.Slots.Keys.Any(n => n.StartsWith(CharGrams.Kind, StringComparison.Ordinal)))
            return new ClassifierFeatures(words.Slots, null, words.Size, patterns.Slots, words.Size + patterns.Size);
        var wordSlots = new Dictionary<string, int>(words.Slots.Count, StringComparer.Ordinal);
        var charSlots = new Dictionary<string, int>(words.Slots.Count, StringComparer.Ordinal);
        foreach (var (name, slot) in words.Slots)
        {
            if (name.StartsWith(WordKind, StringComparison.Ordinal)) wordSlots.Add(name[WordKind.Length..], slot);
            else if (name.StartsWith(CharGrams.Kind, StringComparison.Ordinal)) charSlots.Add(name, slot);
            else return null;
        }
        // The char n-grams' slots come before the words' (each part is normalised on its own).
        return CharGrams.Of(charSlots) is { } chars && wordSlots.Values.All(s => s >= chars.End)
            ? new ClassifierFeatures(wordSlots, chars, words.Size, patterns.Slots, words.Size + patterns.Size)
            : null;
    }

    private const string WordKind = "Word.";

    // A column's n-grams by slot name; null when the column or its names are missing, two slots share a name or a name is
    // too long for a table.
    private static (Dictionary<string, int> Slots, int Size)? Vocabulary(DataViewSchema schema, string column)
    {
        if (schema.GetColumnOrNull(column) is not { Type: VectorDataViewType { Size: > 0 } type } c || !c.HasSlotNames()) return null;
        VBuffer<ReadOnlyMemory<char>> names = default;
        c.GetSlotNames(ref names);
        var slots = new Dictionary<string, int>(type.Size, StringComparer.Ordinal);
        int i = 0;
        foreach (var name in names.DenseValues())
        {
            if (!NgramTable.Holds(name.Length) || !slots.TryAdd(name.ToString(), i)) return null;
            i++;
        }
        return (slots, type.Size);
    }

    /// <summary>The feature vector of one row: the words' n-grams, then the patterns' tokens.</summary>
    /// <remarks>The vector's arrays are this thread's scratch: it is valid until the thread's next call (the scorer copies it).</remarks>
    public VBuffer<float> Of(ReadOnlySpan<char> text, ReadOnlySpan<char> pattern)
    {
        var counts = SlotCounts.ForThread(Length);
        AddWords(text, counts);
        AddPatterns(pattern, counts);
        return Vector(counts);
    }

    /// <summary>
    /// The feature vector of one row whose pattern tokens <paramref name="writePatterns"/> hands over one name at a time:
    /// the same vector as <see cref="Of(ReadOnlySpan{char}, ReadOnlySpan{char})"/> on those names joined by spaces, without writing the joined text.
    /// </summary>
    public VBuffer<float> Of(ReadOnlySpan<char> text, Action<Grammar.IFeatureSink> writePatterns)
    {
        var counts = SlotCounts.ForThread(Length);
        AddWords(text, counts);
        var sink = t_sink ??= new PatternSink();
        (sink.Features, sink.Counts) = (this, counts);
        writePatterns(sink);
        return Vector(counts);
    }

    [ThreadStatic] private static PatternSink? t_sink;

    // Each name is split at spaces as the joined text would be (a name holds none; splitting keeps the two ways equal).
    private sealed class PatternSink : Grammar.IFeatureSink
    {
        public ClassifierFeatures Features = null!;
        public SlotCounts Counts = null!;
        public void Add(ReadOnlySpan<char> name, double value) => Features.AddPatterns(name, Counts);
    }

    [ThreadStatic] private static int[]? t_indices;
    [ThreadStatic] private static float[]? t_values;

    // The counted slots as a sparse vector over this thread's scratch arrays, the words' part L2-normalised.
    private VBuffer<float> Vector(SlotCounts counts)
    {
        int distinct = counts.Distinct;
        if (t_indices is null || t_indices.Length < distinct)
        {
            t_indices = new int[Math.Max(256, distinct)];
            t_values = new float[t_indices.Length];
        }
        var indices = t_indices;
        var values = t_values!;
        counts.Drain(indices, values);
        // The char n-grams (first in the column) and the words are each L2-normalised on their own, as ML.NET does.
        int chars = Normalize(values, indices, 0, distinct, _chars?.End ?? 0);
        Normalize(values, indices, chars, distinct, _wordCount);
        return new VBuffer<float>(Length, distinct, values, indices);
    }

    // Scales the values from <paramref name="from"/> whose slots are below <paramref name="end"/> to unit length; returns
    // where they end. The counts are small integers: their sum of squares is exact in any order, as in ML.NET's
    // vectorised sum, and ML.NET scales by the inverse of the norm (3 × (1/13) is not 3/13 in single precision).
    private static int Normalize(float[] values, int[] indices, int from, int distinct, int end)
    {
        int to = from;
        float squares = 0;
        while (to < distinct && indices[to] < end)
        {
            squares += values[to] * values[to];
            to++;
        }
        float norm = MathF.Sqrt(squares);
        if (norm > 0)
        {
            float scale = 1 / norm;
            for (int i = from; i < to; i++) values[i] *= scale;
        }
        return to;
    }

    [ThreadStatic] private static char[]? t_normalized;

    // The words' uni- and bigrams, in one pass: ML.NET's text normaliser as the words' featuriser sets it (punctuation
    // removed, invariant lower case, the rest kept) into a buffer reused per thread, split at spaces (runs of spaces give
    // no empty tokens, as in ML.NET's tokeniser), each word hashed as it is written.
    // The word being written is plain locals and the word before it a WordSpan, handed to CountWord by value: a local
    // function capturing them kept them in memory, read and written back for every char of every row.
    private void AddWords(ReadOnlySpan<char> text, SlotCounts counts)
    {
        var normalized = t_normalized;
        if (normalized is null || normalized.Length < text.Length) normalized = t_normalized = new char[Math.Max(256, text.Length)];
        int n = 0, start = -1;
        ulong hash = 0, power = 1;
        var previous = default(WordSpan);
        foreach (char original in text)
        {
            char c = WordChars.Of(original);
            if (WordChars.Drops(original, c)) continue;
            if (c == ' ')
            {
                if (start >= 0) previous = CountWord(normalized, previous, new WordSpan(start, n - start, hash, power), counts);
                start = -1;
            }
            else
            {
                if (start < 0) (start, hash, power) = (n, NgramTable.Empty, 1);
                hash = NgramTable.Append(hash, c);
                power = NgramTable.Power(power);
            }
            normalized[n++] = c;
        }
        if (start >= 0) CountWord(normalized, previous, new WordSpan(start, n - start, hash, power), counts);
        _chars?.Count(normalized.AsSpan(0, n), counts);
    }

    /// <summary>A word of the normalised buffer: where it stands, its hash and the power its hash was last multiplied by.</summary>
    private readonly record struct WordSpan(int Start, int Length, ulong Hash, ulong Power);

    // Counts the word and, after a word, the pair the two make; the word is the next one's previous.
    private WordSpan CountWord(char[] normalized, WordSpan previous, WordSpan word, SlotCounts counts)
    {
        var chars = normalized.AsSpan(word.Start, word.Length);
        if (_words.TryGet(chars, word.Hash, out int slot)) counts.Add(slot);
        if (previous.Length > 0 && _words.TryGetPair(normalized.AsSpan(previous.Start, previous.Length), chars,
                NgramTable.Pair(previous.Hash, word.Hash, word.Power), out slot))
            counts.Add(slot);
        return word;
    }

    // The patterns' tokens, as they are, split at spaces.
    private void AddPatterns(ReadOnlySpan<char> pattern, SlotCounts counts)
    {
        int start = -1;
        ulong hash = 0;
        for (int i = 0; i <= pattern.Length; i++)
        {
            char c = i < pattern.Length ? pattern[i] : ' ';
            if (c != ' ')
            {
                if (start < 0) (start, hash) = (i, NgramTable.Empty);
                hash = NgramTable.Append(hash, c);
            }
            else if (start >= 0)
            {
                if (_patterns.TryGet(pattern.Slice(start, i - start), hash, out int slot)) counts.Add(_wordCount + slot);
                start = -1;
            }
        }
    }
}
