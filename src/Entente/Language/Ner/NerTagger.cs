using System.Buffers;
using System.IO.Compression;
using Entente.Language.Perceptron;
using Entente.Pipeline;

namespace Entente.Language.Ner;

/// <summary>
/// Named-entity recogniser: a first-order structured averaged perceptron over BIO labels
/// (<see cref="EntityTypes.BioLabels"/>), decoded with Viterbi under the BIO constraint (I-X only after B-X or
/// I-X). Needs the XPOS tags of the tokens. Thread-safe; decoding allocates nothing per token.
/// </summary>
public sealed class NerTagger
{
    /// <summary>Where the default model lives, relative to the repository root or the executable.</summary>
    public const string DefaultModelPath = "models/ner/en-ner.model";

    /// <summary>Current version of the NER model file layout.</summary>
    public const int FormatVersion = 1;

    private const string Magic = "Entente.NerTagger";
    private static readonly Lazy<NerTagger> DefaultTagger = new(() => Load(EntenteFiles.Resolve(DefaultModelPath)));
    private readonly IFeatureScorer _emissions;
    private readonly IFeatureScorer _transitions;
    private readonly string[] _labels = [.. EntityTypes.BioLabels];
    private float[]? _frozenTransitions;

    internal NerTagger(IFeatureScorer emissions, IFeatureScorer transitions, Gazetteer gazetteer)
    {
        _emissions = emissions;
        _transitions = transitions;
        Gazetteer = gazetteer;
        if (transitions is PerceptronModel)
        {
            _frozenTransitions = TransitionScores();
        }
    }

    /// <summary>The recogniser shipped under models/ner, loaded on first use.</summary>
    public static NerTagger Default => DefaultTagger.Value;

    /// <summary>The BIO labels in model order.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>The gazetteer the model was trained with.</summary>
    public Gazetteer Gazetteer { get; }

    internal int LabelCount => _labels.Length;

    /// <summary>Fills <see cref="Token.Ner"/> of every token of a sentence; the tokens must carry XPOS tags.</summary>
    public void Tag(Token[] tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var n = tokens.Length;
        var words = ArrayPool<string>.Shared.Rent(n);
        var pos = ArrayPool<string>.Shared.Rent(n);
        var labels = ArrayPool<int>.Shared.Rent(n);
        try
        {
            for (var i = 0; i < n; i++)
            {
                words[i] = tokens[i].Text;
                pos[i] = tokens[i].Xpos ?? throw new InvalidOperationException("NER needs POS tags: run the POS tagger first.");
            }

            Tag(words.AsSpan(0, n), pos.AsSpan(0, n), labels.AsSpan(0, n));
            for (var i = 0; i < n; i++)
            {
                tokens[i].Ner = _labels[labels[i]];
            }
        }
        finally
        {
            Array.Clear(words, 0, n);
            Array.Clear(pos, 0, n);
            ArrayPool<string>.Shared.Return(words);
            ArrayPool<string>.Shared.Return(pos);
            ArrayPool<int>.Shared.Return(labels);
        }
    }

    /// <summary>Writes the label id (index into <see cref="Labels"/>) of each word, given its XPOS tag.</summary>
    public void Tag(ReadOnlySpan<string> words, ReadOnlySpan<string> pos, Span<int> labels)
    {
        var n = words.Length;
        if (n == 0)
        {
            return;
        }

        var rows = ArrayPool<int>.Shared.Rent(n * NerFeatures.MaxFeatures);
        var counts = ArrayPool<int>.Shared.Rent(n);
        try
        {
            Decode(words, pos, rows, counts, labels);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rows);
            ArrayPool<int>.Shared.Return(counts);
        }
    }

    /// <summary>
    /// Viterbi decoding; leaves each token's feature rows in <paramref name="rows"/> (stride
    /// <see cref="NerFeatures.MaxFeatures"/>) and their counts in <paramref name="counts"/> for training updates.
    /// </summary>
    internal void Decode(ReadOnlySpan<string> words, ReadOnlySpan<string> pos, Span<int> rows, Span<int> counts, Span<int> labels)
    {
        var n = words.Length;
        var labelCount = _labels.Length;
        var marks = ArrayPool<byte>.Shared.Rent(n);
        var delta = ArrayPool<float>.Shared.Rent(n * labelCount);
        var back = ArrayPool<int>.Shared.Rent(n * labelCount);
        var flags = ArrayPool<int>.Shared.Rent(n);
        Span<ulong> hashes = stackalloc ulong[NerFeatures.MaxFeatures];
        try
        {
            var transitions = _frozenTransitions ?? TransitionScores();
            Gazetteer.Mark(words, marks);
            NerFeatures.FlagsOf(words, flags);
            for (var i = 0; i < n; i++)
            {
                var count = NerFeatures.Extract(words, pos, marks, flags, i, hashes);
                var tokenRows = rows.Slice(i * NerFeatures.MaxFeatures, count);
                _emissions.RowsOf(hashes[..count], tokenRows);

                counts[i] = count;
                _emissions.Score(tokenRows, delta.AsSpan(i * labelCount, labelCount));
            }

            Viterbi(delta.AsSpan(0, n * labelCount), transitions, back.AsSpan(0, n * labelCount), labels[..n], labelCount);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(marks);
            ArrayPool<float>.Shared.Return(delta);
            ArrayPool<int>.Shared.Return(back);
            ArrayPool<int>.Shared.Return(flags);
        }
    }

    /// <summary>The transition feature of label <paramref name="previous"/> (-1 = sentence start).</summary>
    internal static ulong TransitionFeature(int previous) => new FeatureHash(1).Add(previous).Value;

    /// <summary>Whether label <paramref name="current"/> may follow <paramref name="previous"/> (-1 = start) in BIO.</summary>
    internal static bool IsAllowed(int previous, int current)
    {
        // Labels: 0 = O, 1 + 2t = B-type t, 2 + 2t = I-type t.
        if (current == 0 || current % 2 == 1)
        {
            return true;
        }

        return previous > 0 && (previous + 1) / 2 == current / 2;
    }

    private float[] TransitionScores()
    {
        var labelCount = _labels.Length;
        var scores = new float[(labelCount + 1) * labelCount];
        Span<int> row = stackalloc int[1];
        for (var previous = -1; previous < labelCount; previous++)
        {
            row[0] = _transitions.RowOf(TransitionFeature(previous));
            _transitions.Score(row, scores.AsSpan((previous + 1) * labelCount, labelCount));
        }

        return scores;
    }

    // delta holds emission scores on entry and best path scores after; back holds back-pointers.
    private static void Viterbi(Span<float> delta, ReadOnlySpan<float> transitions, Span<int> back, Span<int> labels, int labelCount)
    {
        var n = labels.Length;
        for (var k = 0; k < labelCount; k++)
        {
            delta[k] = IsAllowed(-1, k) ? delta[k] + transitions[k] : float.NegativeInfinity;
        }

        for (var i = 1; i < n; i++)
        {
            var previousRow = delta.Slice((i - 1) * labelCount, labelCount);
            for (var k = 0; k < labelCount; k++)
            {
                var best = float.NegativeInfinity;
                var bestPrevious = 0;
                for (var p = 0; p < labelCount; p++)
                {
                    if (!IsAllowed(p, k))
                    {
                        continue;
                    }

                    var score = previousRow[p] + transitions[((p + 1) * labelCount) + k];
                    if (score > best)
                    {
                        best = score;
                        bestPrevious = p;
                    }
                }

                delta[(i * labelCount) + k] += best;
                back[(i * labelCount) + k] = bestPrevious;
            }
        }

        var last = 0;
        var lastRow = delta.Slice((n - 1) * labelCount, labelCount);
        for (var k = 1; k < labelCount; k++)
        {
            if (lastRow[k] > lastRow[last])
            {
                last = k;
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            labels[i] = last;
            last = back[(i * labelCount) + last];
        }
    }

    /// <summary>Saves a recogniser whose models are frozen (as returned by the trainer).</summary>
    public void Save(string path, WeightPrecision precision = WeightPrecision.Half)
    {
        if (_emissions is not PerceptronModel emissions || _transitions is not PerceptronModel transitions)
        {
            throw new InvalidOperationException("Only a trained (frozen) recogniser can be saved.");
        }

        ModelFile.Save(path, Magic, FormatVersion, _labels, writer =>
        {
            Gazetteer.Write(writer);
            emissions.Write(writer, precision);

            // Transitions are few; keep them exact.
            transitions.Write(writer, WeightPrecision.Single);
        });
    }

    /// <summary>Loads a recogniser saved by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">When the file is not an NER model of a supported version.</exception>
    public static NerTagger Load(string path)
    {
        return ModelFile.Load(path, Magic, FormatVersion, "NER model", (reader, labels) =>
        {
            if (!labels.SequenceEqual(EntityTypes.BioLabels))
            {
                throw new InvalidDataException($"{path}: labels {string.Join(' ', labels)} differ from this build's {string.Join(' ', EntityTypes.BioLabels)}.");
            }

            var gazetteer = Gazetteer.Read(reader);
            var emissions = PerceptronModel.Read(reader, path);
            var transitions = PerceptronModel.Read(reader, path);
            return new NerTagger(emissions, transitions, gazetteer);
        });
    }
}
