namespace Entente.Pipeline;

/// <summary>
/// Holds the ordered stages of a pipeline while it is being configured; <see cref="Build"/> freezes them.
/// Stages are switched on with <c>UseXxx()</c> extension methods.
/// </summary>
public sealed class PipelineBuilder
{
    /// <summary>Language stages, run in order.</summary>
    public List<IDocumentStage> DocumentStages { get; } = [];

    /// <summary>Extraction stages, run in order after the language stages.</summary>
    public List<IExtractionStage> ExtractionStages { get; } = [];

    /// <summary>Returns an immutable, thread-safe pipeline of the stages configured so far.</summary>
    public EntentePipeline Build() => new([.. DocumentStages], [.. ExtractionStages]);
}
