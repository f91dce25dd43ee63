using Entente.Actors.Resolution;
using Entente.Events.Coding;
using Entente.Ingest;
using Entente.Language.Lemmatization;
using Entente.Language.Parsing;
using Entente.Language.Tagging;
using Entente.Language.Tokenization;
using Entente.Quotes;
using Entente.Time;

namespace Entente.Pipeline;

/// <summary>Switches stages on. Each feature folder adds its own <c>UseXxx()</c>; <see cref="UseDefaults"/> is the umbrella.</summary>
public static class PipelineBuilderExtensions
{
    /// <summary>
    /// Every stage Entente ships, in order: boilerplate, tokenizer, tagger, lemmatizer, parser, NER, then actors,
    /// dates, events and quotes.
    /// </summary>
    public static PipelineBuilder UseDefaults(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .UseBoilerplateDetection()
            .UseTokenizer()
            .UseTagger()
            .UseLemmatizer()
            .UseParser()
            .UseActors()
            .UseDates()
            .UseEvents()
            .UseQuotes();
    }

    /// <summary>Adds the <see cref="PosTaggerStage"/> with the shipped model: UPOS and XPOS for every token.</summary>
    public static PipelineBuilder UseTagger(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.DocumentStages.Add(new PosTaggerStage(PosTagger.Default));
        return builder;
    }

    /// <summary>Adds the <see cref="DependencyParserStage"/> with the shipped model: heads and UD relations (after tagger and lemmatizer).</summary>
    public static PipelineBuilder UseParser(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.DocumentStages.Add(new DependencyParserStage(DependencyParser.Default));
        return builder;
    }

    /// <summary>Adds the <see cref="TokenizerStage"/>: sentences and tokens, skipping boilerplate.</summary>
    public static PipelineBuilder UseTokenizer(this PipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.DocumentStages.Add(new TokenizerStage());
        return builder;
    }
}
