using Entente.Actors;
using Entente.Documents;
using Entente.Events;
using Entente.Language;
using Entente.Quotes;
using Entente.Time;

namespace Entente.Pipeline;

/// <summary>What the pipeline made of one article: mentions, events, quotes and dates, each tied to its evidence.</summary>
public sealed class Extraction
{
    /// <summary>Creates an empty extraction over an analysed document.</summary>
    public Extraction(AnalyzedDocument document) => Document = document;

    /// <summary>The article.</summary>
    public Article Article => Document.Article;

    /// <summary>The language analysis the extraction was read from.</summary>
    public AnalyzedDocument Document { get; }

    /// <summary>Actor mentions in text order.</summary>
    public List<Mention> Mentions { get; } = [];

    /// <summary>Date expressions in text order.</summary>
    public List<TimeExpression> Dates { get; } = [];

    /// <summary>Coded events.</summary>
    public List<CodedEvent> Events { get; } = [];

    /// <summary>Quotes with their speakers.</summary>
    public List<Quote> Quotes { get; } = [];
}
