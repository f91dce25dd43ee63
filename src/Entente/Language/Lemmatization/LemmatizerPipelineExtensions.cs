using Entente.Pipeline;

namespace Entente.Language.Lemmatization;

/// <summary>Switches lemmatisation on in a pipeline.</summary>
public static class LemmatizerPipelineExtensions
{
    private static readonly Lazy<Lemmatizer> DefaultLemmatizer = new(Lemmatizer.LoadDefault);

    /// <summary>Adds a <see cref="LemmatizerStage"/> with the shipped exception list (after the tagger).</summary>
    public static PipelineBuilder UseLemmatizer(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.DocumentStages.Add(new LemmatizerStage(DefaultLemmatizer.Value));
        return builder;
    }
}
