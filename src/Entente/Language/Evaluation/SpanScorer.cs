using Entente.Language.Ner;

namespace Entente.Language.Evaluation;

/// <summary>
/// Span-exact precision, recall and F1 of entity labelling (CoNLL style): a predicted span counts only when its
/// first token, last token and label all match a gold span.
/// </summary>
public sealed class SpanScorer
{
    /// <summary>Label of the micro-averaged total.</summary>
    public const string Overall = "ALL";

    private readonly Func<string, string?> _normalise;
    private readonly SortedDictionary<string, (int Gold, int Predicted, int Correct)> _counts = new(StringComparer.Ordinal);

    /// <summary>
    /// Creates a scorer; <paramref name="normalise"/> maps each span label of both sides before comparing
    /// (e.g. GPE → LOC), null dropping the span. Identity when omitted.
    /// </summary>
    public SpanScorer(Func<string, string?>? normalise = null) => _normalise = normalise ?? (label => label);

    /// <summary>Adds one sentence's gold and predicted BIO labels.</summary>
    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException($"Gold has {gold.Count} labels, prediction {predicted.Count}.", nameof(predicted));
        }

        var goldSpans = Spans(gold);
        var predictedSpans = Spans(predicted);
        foreach (var span in goldSpans)
        {
            Count(span.Type, gold: 1);
        }

        foreach (var span in predictedSpans)
        {
            Count(span.Type, predicted: 1, correct: goldSpans.Contains(span) ? 1 : 0);
        }
    }

    /// <summary>Scores per label in ordinal order, then the micro-average labelled <see cref="Overall"/>.</summary>
    public IReadOnlyList<LabelScore> Scores()
    {
        var scores = _counts.Select(c => new LabelScore(c.Key, c.Value.Gold, c.Value.Predicted, c.Value.Correct)).ToList();
        scores.Add(new LabelScore(Overall, scores.Sum(s => s.Gold), scores.Sum(s => s.Predicted), scores.Sum(s => s.Correct)));
        return scores;
    }

    private HashSet<(int First, int Last, string Type)> Spans(IReadOnlyList<string> labels)
    {
        var spans = new HashSet<(int, int, string)>();
        foreach (var (first, last, type) in BioSpans.Read(labels))
        {
            if (_normalise(type) is { } mapped)
            {
                spans.Add((first, last, mapped));
            }
        }

        return spans;
    }

    private void Count(string label, int gold = 0, int predicted = 0, int correct = 0)
    {
        var current = _counts.GetValueOrDefault(label);
        _counts[label] = (current.Gold + gold, current.Predicted + predicted, current.Correct + correct);
    }
}
