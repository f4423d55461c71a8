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
    private readonly NgramTable _words;
    private readonly NgramTable _patterns;
    private readonly int _wordCount;

    private ClassifierFeatures(Dictionary<string, int> words, int wordCount, Dictionary<string, int> patterns, int length)
    {
        _words = new NgramTable(words);
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
        return new ClassifierFeatures(words.Slots, words.Size, patterns.Slots, words.Size + patterns.Size);
    }

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
        // The words' counts are small integers: their sum of squares is exact in any order, as in ML.NET's vectorised sum.
        int wordCount = 0;
        float squares = 0;
        while (wordCount < distinct && indices[wordCount] < _wordCount)
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
        return new VBuffer<float>(Length, distinct, values, indices);
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
