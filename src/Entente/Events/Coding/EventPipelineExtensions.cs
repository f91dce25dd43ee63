using Entente.Events.Lexicon;
using Entente.Ontology;
using Entente.Pipeline;
using Entente.Places;

namespace Entente.Events.Coding;

/// <summary>Switches event coding on in a pipeline.</summary>
public static class EventPipelineExtensions
{
    /// <summary>Adds the <see cref="EventCodingStage"/> with the shipped lexicon, CAMEO catalog and geocoder (after actors and dates).</summary>
    public static PipelineBuilder UseEvents(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var geocoder = Geocoder.Default;
        builder.ExtractionStages.Add(new EventCodingStage(VerbLexicon.Default, CameoCatalog.Default, geocoder.Resolve));
        return builder;
    }
}
