using System.Buffers;
using System.IO.Compression;
using Entente.Language.Perceptron;
using Entente.Pipeline;

namespace Entente.Language.Tagging;

/// <summary>
/// Greedy left-to-right part-of-speech tagger (averaged perceptron) predicting the joint label "UPOS|XPOS"
/// for each word. Thread-safe; tagging allocates nothing per token.
/// </summary>
public sealed class PosTagger
{
    /// <summary>Where the default model lives, relative to the repository root or the executable.</summary>
    public const string DefaultModelPath = "models/tagger/en-pos.model";

    /// <summary>Current version of the tagger file layout.</summary>
    public const int FormatVersion = 1;

    private const string Magic = "Entente.PosTagger";
    private static readonly Lazy<PosTagger> DefaultTagger = new(() => Load(EntenteFiles.Resolve(DefaultModelPath)));
    private readonly IFeatureScorer _scorer;
    private readonly string[] _labels;
    private readonly string[] _upos;
    private readonly string[] _xpos;

    internal PosTagger(IFeatureScorer scorer, string[] labels, TagLexicon lexicon)
    {
        _scorer = scorer;
        Lexicon = lexicon;
        _labels = labels;
        _upos = new string[labels.Length];
        _xpos = new string[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            var bar = labels[i].IndexOf('|', StringComparison.Ordinal);
            _upos[i] = string.Intern(bar < 0 ? labels[i] : labels[i][..bar]);
            _xpos[i] = string.Intern(bar < 0 ? labels[i] : labels[i][(bar + 1)..]);
        }
    }

    /// <summary>The tagger shipped under models/tagger, loaded on first use.</summary>
    public static PosTagger Default => DefaultTagger.Value;

    /// <summary>The joint labels ("NOUN|NN", "PROPN|NNP", …) in model order.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>Ambiguity classes of frequent training words.</summary>
    internal TagLexicon Lexicon { get; }

    /// <summary>The linear model (frozen when loaded, still training inside the trainer).</summary>
    internal IFeatureScorer Scorer => _scorer;

    /// <summary>The UPOS part of label <paramref name="label"/>.</summary>
    public string UposOf(int label) => _upos[label];

    /// <summary>The XPOS part of label <paramref name="label"/>.</summary>
    public string XposOf(int label) => _xpos[label];

    /// <summary>Fills <see cref="Token.Upos"/> and <see cref="Token.Xpos"/> of every token of a sentence.</summary>
    public void Tag(Token[] tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var words = ArrayPool<string>.Shared.Rent(tokens.Length);
        var labels = ArrayPool<int>.Shared.Rent(tokens.Length);
        try
        {
            for (var i = 0; i < tokens.Length; i++)
            {
                words[i] = tokens[i].Text;
            }

            Tag(words.AsSpan(0, tokens.Length), labels.AsSpan(0, tokens.Length));
            for (var i = 0; i < tokens.Length; i++)
            {
                tokens[i].Upos = _upos[labels[i]];
                tokens[i].Xpos = _xpos[labels[i]];
            }
        }
        finally
        {
            Array.Clear(words, 0, tokens.Length);
            ArrayPool<string>.Shared.Return(words);
            ArrayPool<int>.Shared.Return(labels);
        }
    }

    /// <summary>Writes the label id of each word into <paramref name="labels"/>.</summary>
    public void Tag(ReadOnlySpan<string> words, Span<int> labels)
    {
        Span<ulong> hashes = stackalloc ulong[PosFeatures.MaxFeatures];
        Span<int> rows = stackalloc int[PosFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[_labels.Length];
        var ambiguity = ArrayPool<int>.Shared.Rent(words.Length);
        try
        {
            Lexicon.ClassesOf(words, ambiguity);
            for (var i = 0; i < words.Length; i++)
            {
                labels[i] = Predict(words, ambiguity, i, labels, hashes, rows, scores, out _);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(ambiguity);
        }
    }

    /// <summary>
    /// Predicts word <paramref name="i"/> given the labels already predicted before it and the ambiguity classes of
    /// the sentence (<see cref="TagLexicon.ClassesOf"/>); the feature rows used are left in <paramref name="rows"/>
    /// (count in <paramref name="featureCount"/>) for a training update.
    /// </summary>
    internal int Predict(ReadOnlySpan<string> words, ReadOnlySpan<int> ambiguity, int i, ReadOnlySpan<int> labels, Span<ulong> hashes, Span<int> rows, Span<float> scores, out int featureCount)
    {
        var previous = i > 0 ? labels[i - 1] : PosFeatures.StartTag;
        var secondPrevious = i > 1 ? labels[i - 2] : PosFeatures.StartTag;
        featureCount = PosFeatures.Extract(words, ambiguity, i, previous, secondPrevious, hashes);
        _scorer.RowsOf(hashes[..featureCount], rows);

        _scorer.Score(rows[..featureCount], scores);
        var best = 0;
        for (var k = 1; k < _labels.Length; k++)
        {
            if (scores[k] > scores[best])
            {
                best = k;
            }
        }

        return best;
    }

    /// <summary>Saves a tagger whose model is frozen (as returned by the trainer).</summary>
    public void Save(string path, WeightPrecision precision = WeightPrecision.Half)
    {
        if (_scorer is not PerceptronModel model)
        {
            throw new InvalidOperationException("Only a trained (frozen) tagger can be saved.");
        }

        ModelFile.Save(path, Magic, FormatVersion, _labels, writer =>
        {
            Lexicon.Write(writer);
            model.Write(writer, precision);
        });
    }

    /// <summary>Loads a tagger saved by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">When the file is not a tagger model of a supported version.</exception>
    public static PosTagger Load(string path)
    {
        return ModelFile.Load(path, Magic, FormatVersion, "POS tagger model", (reader, labels) =>
        {
            var lexicon = TagLexicon.Read(reader);
            var model = PerceptronModel.Read(reader, path);
            if (model.ClassCount != labels.Length)
            {
                throw new InvalidDataException($"{path}: {labels.Length} labels but the model scores {model.ClassCount} classes.");
            }

            return new PosTagger(model, labels, lexicon);
        });
    }
}
