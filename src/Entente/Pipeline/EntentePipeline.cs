using System.Collections.Immutable;
using Entente.Documents;
using Entente.Language;

namespace Entente.Pipeline;

/// <summary>
/// An immutable sequence of stages that turns an article into an extraction. Thread-safe: models are shared
/// read-only, and each call works on its own document.
/// </summary>
public sealed class EntentePipeline
{
    internal EntentePipeline(ImmutableArray<IDocumentStage> documentStages, ImmutableArray<IExtractionStage> extractionStages)
    {
        DocumentStages = documentStages;
        ExtractionStages = extractionStages;
    }

    /// <summary>The language stages in order.</summary>
    public ImmutableArray<IDocumentStage> DocumentStages { get; }

    /// <summary>The extraction stages in order.</summary>
    public ImmutableArray<IExtractionStage> ExtractionStages { get; }

    /// <summary>Runs only the language stages.</summary>
    public AnalyzedDocument Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var document = new AnalyzedDocument(article);
        foreach (var stage in DocumentStages)
        {
            stage.Process(document);
        }

        return document;
    }

    /// <summary>Runs every stage over the article.</summary>
    public Extraction Process(Article article)
    {
        var extraction = new Extraction(Analyze(article));
        foreach (var stage in ExtractionStages)
        {
            stage.Process(extraction);
        }

        return extraction;
    }
}
