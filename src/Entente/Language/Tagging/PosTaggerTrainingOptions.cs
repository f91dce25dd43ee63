namespace Entente.Language.Tagging;

/// <summary>Settings of <see cref="PosTaggerTrainer.Train(PosTaggerTrainingOptions)"/>.</summary>
public sealed record PosTaggerTrainingOptions
{
    /// <summary>CoNLL-U files to learn from (UPOS and XPOS columns).</summary>
    public required IReadOnlyList<string> TrainFiles { get; init; }

    /// <summary>CoNLL-U file scored after each epoch, or null.</summary>
    public string? DevFile { get; init; }

    /// <summary>Passes over the training data.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>Seed of the sentence shuffling; the same seed and data give a byte-identical model.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Averaged weights smaller in magnitude than this are dropped from the saved model.</summary>
    public float PruneThreshold { get; init; } = 0.05f;

    /// <summary>Use only the first N sentences of the training data (tests, quick runs); null for all.</summary>
    public int? MaxSentences { get; init; }

    /// <summary>Receives progress lines, or null.</summary>
    public Action<string>? Log { get; init; }
}
