using Entente.Pipeline;

namespace Entente.Cli.Infrastructure;

/// <summary>The default pipeline, built once per process: loading models is the slow part and the pipeline is thread-safe.</summary>
internal static class DefaultPipeline
{
    private static readonly Lazy<EntentePipeline> Pipeline = new(() => new PipelineBuilder().UseDefaults().Build());

    /// <summary>The shared default pipeline.</summary>
    public static EntentePipeline Instance => Pipeline.Value;
}
