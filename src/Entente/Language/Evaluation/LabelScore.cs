namespace Entente.Language.Evaluation;

/// <summary>Span-exact counts and scores of one entity label (or of all labels together).</summary>
/// <param name="Label">The label, or "ALL" for the micro-average.</param>
/// <param name="Gold">Gold spans.</param>
/// <param name="Predicted">Predicted spans.</param>
/// <param name="Correct">Predicted spans with exactly the gold boundaries and label.</param>
public sealed record LabelScore(string Label, int Gold, int Predicted, int Correct)
{
    /// <summary>Correct / predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    /// <summary>Correct / gold.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
