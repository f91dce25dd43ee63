namespace Entente.Events.Evaluation;

/// <summary>Scores on the PLOVER gold-standard records.</summary>
/// <param name="Records">Gold records scored.</param>
/// <param name="TypeAccuracy">Share of records whose main predicted PLOVER type equals the gold type.</param>
/// <param name="Triples">Precision/recall/F1 of (type, source country, target country) triples.</param>
/// <param name="Confusion">Gold type → main predicted type ("NONE" when nothing was coded) → count.</param>
public sealed record PloverReport(int Records, double TypeAccuracy, Score Triples, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Confusion);

/// <summary>Scores on ConfliBERT's five-way sentence classes.</summary>
/// <param name="Sentences">Sentences scored.</param>
/// <param name="Accuracy">Share of sentences whose predicted class equals the gold class.</param>
/// <param name="PerClass">Precision/recall/F1 per class 0–4.</param>
/// <param name="Confusion">Confusion[gold][predicted].</param>
public sealed record ClassReport(int Sentences, double Accuracy, IReadOnlyList<Score> PerClass, int[][] Confusion);

/// <summary>Scores of source and target spans, matched by token overlap.</summary>
/// <param name="Sentences">Sentences scored.</param>
/// <param name="Source">Source spans.</param>
/// <param name="Target">Target spans.</param>
/// <param name="Overall">Both roles pooled.</param>
public sealed record SpanReport(int Sentences, Score Source, Score Target, Score Overall);

/// <summary>Counts and the precision, recall and F1 they give.</summary>
/// <param name="TruePositives">Predictions that match the gold.</param>
/// <param name="Predicted">All predictions.</param>
/// <param name="Gold">All gold items.</param>
public sealed record Score(int TruePositives, int Predicted, int Gold)
{
    /// <summary>Matched gold items, when it differs from matched predictions (overlap matching).</summary>
    public int GoldMatched { get; init; } = -1;

    /// <summary>TruePositives / Predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;

    /// <summary>Matched gold / Gold.</summary>
    public double Recall => Gold == 0 ? 0 : (double)(GoldMatched >= 0 ? GoldMatched : TruePositives) / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
