namespace Entente.Language.Parsing;

/// <summary>
/// Dependency accuracy over a set of sentences, counted over all words including punctuation
/// (the CoNLL 2018 shared task definition: LAS compares the universal part of the label, "obl:tmod" → "obl").
/// </summary>
/// <param name="Sentences">Sentences scored.</param>
/// <param name="Words">Words scored.</param>
/// <param name="CorrectHeads">Words whose head is right.</param>
/// <param name="CorrectHeadsAndLabels">Words whose head and universal label are right.</param>
/// <param name="CorrectHeadsAndFullLabels">Words whose head and full label (with subtype) are right.</param>
public sealed record AttachmentScores(int Sentences, int Words, int CorrectHeads, int CorrectHeadsAndLabels, int CorrectHeadsAndFullLabels)
{
    /// <summary>Unlabelled attachment score, in percent.</summary>
    public double Uas => Percent(CorrectHeads);

    /// <summary>Labelled attachment score (universal labels), in percent.</summary>
    public double Las => Percent(CorrectHeadsAndLabels);

    /// <summary>Labelled attachment score with full labels (subtypes must match too), in percent.</summary>
    public double FullLabelLas => Percent(CorrectHeadsAndFullLabels);

    private double Percent(int count) => Words == 0 ? 0 : 100.0 * count / Words;
}
