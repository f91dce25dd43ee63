using Entente.Actors.KnowledgeBase;
using Entente.Pipeline;

namespace Entente.Actors.Resolution;

/// <summary>Switches actor resolution on in a pipeline.</summary>
public static class ActorPipelineExtensions
{
    /// <summary>Adds the <see cref="ActorMentionStage"/> over the shipped knowledge base (first of the extraction stages).</summary>
    public static PipelineBuilder UseActors(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ExtractionStages.Add(new ActorMentionStage(ActorKnowledgeBase.Default));
        return builder;
    }
}
