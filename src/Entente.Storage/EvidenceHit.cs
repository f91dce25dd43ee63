namespace Entente.Storage;

/// <summary>A sentence found by <see cref="IEventStore.SearchEvidenceAsync"/>, with the events coded from it.</summary>
/// <param name="ArticleId">Id of the article.</param>
/// <param name="ArticleTitle">Headline of the article, when it has one.</param>
/// <param name="ArticlePublished">Publication date of the article, when known.</param>
/// <param name="ArticleUrl">Where the article lives on the web, when known.</param>
/// <param name="SentenceIndex">Position of the sentence in the article.</param>
/// <param name="SentenceStart">Offset of the sentence in the article text.</param>
/// <param name="SentenceText">The sentence.</param>
/// <param name="Rank">Relevance, higher is better; comparable only within one result list.</param>
/// <param name="EventIds">Events whose evidence is this sentence (may be empty).</param>
public sealed record EvidenceHit(
    string ArticleId,
    string? ArticleTitle,
    DateOnly? ArticlePublished,
    string? ArticleUrl,
    int SentenceIndex,
    int SentenceStart,
    string SentenceText,
    double Rank,
    IReadOnlyList<string> EventIds);
