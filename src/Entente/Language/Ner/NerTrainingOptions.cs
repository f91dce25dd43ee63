using Entente.Language.Tagging;

namespace Entente.Language.Ner;

/// <summary>Settings of <see cref="NerTrainer.Train(NerTrainingOptions)"/>.</summary>
public sealed record NerTrainingOptions
{
    /// <summary>The shared data folder (train/ner/…, train/ud-english-ewt/…, ontology/petrarch2-dictionaries/).</summary>
    public required string DataRoot { get; init; }

    /// <summary>Folder of the project gazetteer tables (countries.tsv, cities.tsv); skipped when absent or null.</summary>
    public string? GazetteerDirectory { get; init; }

    /// <summary>Passes over the training data.</summary>
    public int Epochs { get; init; } = 12;

    /// <summary>Seed of the sentence shuffling; the same seed and data give a byte-identical model.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// Folds for jack-knifed POS tags on the EWT-based training data (each fold tagged by a tagger trained on the
    /// others), so training sees tags as noisy as at run time; 0 or 1 tags everything with <see cref="Tagger"/>.
    /// </summary>
    public int JackknifeFolds { get; init; } = 4;

    /// <summary>Epochs of each jack-knife tagger.</summary>
    public int JackknifeTaggerEpochs { get; init; } = 4;

    /// <summary>Tagger for data outside UD EWT (and everything when not jack-knifing); the default model when null.</summary>
    public PosTagger? Tagger { get; init; }

    /// <summary>Also learn from wikigold (Wikipedia, CoNLL types; MISC nationalities become NORP).</summary>
    public bool UseWikigold { get; init; } = true;

    /// <summary>
    /// Also learn from the named PER/ORG/LOC mentions of GUM (CC BY subset; see <see cref="GumEntities"/>). Off by
    /// default: it lowered UNER EWT dev (71.3 → 71.1) and CrossNER politics dev (58.1 → 55.0) F1.
    /// </summary>
    public bool UseGum { get; init; }

    /// <summary>Averaged weights smaller in magnitude than this are dropped from the saved model.</summary>
    public float PruneThreshold { get; init; } = 0.01f;

    /// <summary>Use only the first N sentences of each corpus (tests, quick runs); null for all.</summary>
    public int? MaxSentences { get; init; }

    /// <summary>Receives progress lines, or null.</summary>
    public Action<string>? Log { get; init; }
}
