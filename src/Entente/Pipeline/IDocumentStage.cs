using Entente.Language;

namespace Entente.Pipeline;

/// <summary>A language stage: fills in sentences, tokens, tags, heads or entity spans of a document.</summary>
public interface IDocumentStage
{
    /// <summary>Processes the document in place. Called concurrently on different documents; keep no per-document state.</summary>
    void Process(AnalyzedDocument document);
}
