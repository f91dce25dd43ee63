using Entente.Pipeline;

namespace Entente.Language.Tagging;

/// <summary>Pipeline stage filling UPOS and XPOS of every token of a document.</summary>
public sealed class PosTaggerStage : IDocumentStage
{
    private readonly PosTagger _tagger;

    /// <summary>Creates the stage with <paramref name="tagger"/>, or the default model when null.</summary>
    public PosTaggerStage(PosTagger? tagger = null) => _tagger = tagger ?? PosTagger.Default;

    /// <inheritdoc />
    public void Process(AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var sentence in document.Sentences)
        {
            _tagger.Tag(sentence.Tokens);
        }
    }
}
