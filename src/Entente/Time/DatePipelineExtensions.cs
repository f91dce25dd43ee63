using Entente.Pipeline;

namespace Entente.Time;

/// <summary>Switches date extraction on in a pipeline.</summary>
public static class DatePipelineExtensions
{
    /// <summary>Adds a <see cref="DateStage"/> to the extraction stages.</summary>
    public static PipelineBuilder UseDates(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ExtractionStages.Add(new DateStage());
        return builder;
    }
}
