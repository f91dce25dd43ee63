using Entente.Pipeline;

namespace Entente.Ingest;

/// <summary>Switches boilerplate removal on in a pipeline.</summary>
public static class BoilerplatePipelineExtensions
{
    /// <summary>Adds the <see cref="BoilerplateStage"/>; it must run before the tokenizer, which skips what it marks.</summary>
    public static PipelineBuilder UseBoilerplateRemoval(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.DocumentStages.Add(new BoilerplateStage());
        return builder;
    }
}
