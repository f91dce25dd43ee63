namespace Entente.Language.Perceptron;

/// <summary>
/// What a decoder needs from a linear model: feature hashes turned into rows, and class scores summed over rows.
/// Implemented by the trainable <see cref="AveragedPerceptron"/> and the frozen <see cref="PerceptronModel"/>, so the
/// same greedy or Viterbi decoder serves training and inference.
/// </summary>
public interface IFeatureScorer
{
    /// <summary>Number of classes scored.</summary>
    int ClassCount { get; }

    /// <summary>The row of a feature hash; -1 (ignored by <see cref="Score"/>) when a frozen model does not know it.</summary>
    int RowOf(ulong feature);

    /// <summary>The rows of several feature hashes at once (see <see cref="RowOf"/>), which lets a frozen model overlap the look-ups.</summary>
    void RowsOf(ReadOnlySpan<ulong> features, Span<int> rows)
    {
        for (var f = 0; f < features.Length; f++)
        {
            rows[f] = RowOf(features[f]);
        }
    }

    /// <summary>Writes into <paramref name="scores"/> (length <see cref="ClassCount"/>) the sum of the rows' weights.</summary>
    void Score(ReadOnlySpan<int> features, Span<float> scores);
}
