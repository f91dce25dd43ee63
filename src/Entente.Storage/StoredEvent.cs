using Entente.Events;

namespace Entente.Storage;

/// <summary>A stored event with the article and evidence sentence it came from.</summary>
/// <param name="Event">The coded event as extracted; its offsets point into the article text.</param>
/// <param name="ArticleId">Id of the article.</param>
/// <param name="ArticleTitle">Headline of the article, when it has one.</param>
/// <param name="ArticlePublished">Publication date of the article, when known.</param>
/// <param name="ArticleUrl">Where the article lives on the web, when known.</param>
/// <param name="SentenceText">The evidence sentence.</param>
/// <param name="SentenceStart">
/// Offset of the evidence sentence in the article text; subtract it from the event's offsets to highlight the
/// trigger and actors within <paramref name="SentenceText"/>.
/// </param>
public sealed record StoredEvent(
    CodedEvent Event,
    string ArticleId,
    string? ArticleTitle,
    DateOnly? ArticlePublished,
    string? ArticleUrl,
    string SentenceText,
    int SentenceStart)
{
    /// <summary>The site or outlet the article came from ("example.org"), when known.</summary>
    public string? ArticleSource { get; init; }

    /// <summary>When the article was stored (UTC), when read from a store.</summary>
    public DateTimeOffset? ArticleIngestedAt { get; init; }

    /// <summary>
    /// The event cluster (all reports of the same real-world event) this event belongs to; null only for a
    /// store opened before clustering finished.
    /// </summary>
    public EventCluster? Cluster { get; init; }
}
