namespace Entente.Pipeline;

/// <summary>Switches stages on. Each feature folder adds its own <c>UseXxx()</c>; <see cref="UseDefaults"/> is the umbrella.</summary>
public static class PipelineBuilderExtensions
{
    /// <summary>
    /// Every stage Entente ships, in order: boilerplate, tokenizer, tagger, lemmatizer, parser, NER, then actors,
    /// dates, places, events and quotes.
    /// </summary>
    public static PipelineBuilder UseDefaults(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }
}
