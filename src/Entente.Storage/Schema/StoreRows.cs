using Entente.Actors;
using Entente.Documents;
using Entente.Events;
using Entente.Language;
using Entente.Quotes;

namespace Entente.Storage.Schema;

/// <summary>An article to insert, with the time its batch was stored.</summary>
internal readonly record struct ArticleInsert(Article Article, DateTimeOffset IngestedAt);

/// <summary>A sentence to insert, with the article text it is cut from.</summary>
internal readonly record struct SentenceInsert(string ArticleId, string ArticleText, Sentence Sentence);

/// <summary>A mention to insert, with its position among the article's mentions.</summary>
internal readonly record struct MentionInsert(string ArticleId, int Index, Mention Mention);

/// <summary>An event to insert, with the event cluster it was assigned to.</summary>
internal readonly record struct EventInsert(string ArticleId, CodedEvent Event, long ClusterId);

/// <summary>A quote to insert, with its position among the article's quotes.</summary>
internal readonly record struct QuoteInsert(string ArticleId, int Index, Quote Quote);

/// <summary>An event cluster to insert with its id and counts, as a bulk import computes them in memory.</summary>
internal readonly record struct ClusterInsert(ClusterSlot Slot, ClusterAddition Counts);
