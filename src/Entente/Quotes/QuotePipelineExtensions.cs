using Entente.Pipeline;

namespace Entente.Quotes;

/// <summary>Switches quote attribution on in a pipeline.</summary>
public static class QuotePipelineExtensions
{
    /// <summary>Adds the <see cref="QuoteStage"/> (after actors).</summary>
    public static PipelineBuilder UseQuotes(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ExtractionStages.Add(new QuoteStage());
        return builder;
    }
}
