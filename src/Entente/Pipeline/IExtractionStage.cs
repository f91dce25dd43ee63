namespace Entente.Pipeline;

/// <summary>An extraction stage: reads the analysed document and adds mentions, dates, events or quotes.</summary>
public interface IExtractionStage
{
    /// <summary>Adds what this stage finds. Called concurrently on different extractions; keep no per-document state.</summary>
    void Process(Extraction extraction);
}
