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
/// <param name="CorrectUpos">Words whose predicted UPOS is right; null when the parser read gold tags.</param>
/// <param name="CorrectXpos">Words whose predicted XPOS is right; null when the parser read gold tags.</param>
public sealed record AttachmentScores(int Sentences, int Words, int CorrectHeads, int CorrectHeadsAndLabels, int CorrectHeadsAndFullLabels, int? CorrectUpos = null, int? CorrectXpos = null)
{
    /// <summary>Whether the tags the parser read were predicted by the tagger (else they were the gold tags).</summary>
    public bool PredictedTags => CorrectUpos is not null;

    /// <summary>UPOS accuracy of the predicted tags, in percent; null with gold tags.</summary>
    public double? Upos => CorrectUpos is { } correct ? Percent(correct) : null;

    /// <summary>XPOS accuracy of the predicted tags, in percent; null with gold tags.</summary>
    public double? Xpos => CorrectXpos is { } correct ? Percent(correct) : null;

    /// <summary>Unlabelled attachment score, in percent.</summary>
    public double Uas => Percent(CorrectHeads);

    /// <summary>Labelled attachment score (universal labels), in percent.</summary>
    public double Las => Percent(CorrectHeadsAndLabels);

    /// <summary>Labelled attachment score with full labels (subtypes must match too), in percent.</summary>
    public double FullLabelLas => Percent(CorrectHeadsAndFullLabels);

    private double Percent(int count) => Words == 0 ? 0 : 100.0 * count / Words;
}
