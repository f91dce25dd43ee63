using Entente.Documents;
using Entente.Quotes;

namespace Entente.Storage;

/// <summary>A stored article with its sentences and quotes.</summary>
/// <param name="Article">The article with its metadata; its id is the stored id.</param>
/// <param name="IngestedAt">When the article was stored (UTC).</param>
/// <param name="Sentences">Its sentences in order.</param>
/// <param name="EventCount">How many events were coded from it.</param>
/// <param name="MentionCount">How many actor mentions were found in it.</param>
/// <param name="Quotes">Its quotes in text order.</param>
public sealed record StoredArticle(
    Article Article,
    DateTimeOffset IngestedAt,
    IReadOnlyList<StoredSentence> Sentences,
    int EventCount,
    int MentionCount,
    IReadOnlyList<Quote> Quotes);
