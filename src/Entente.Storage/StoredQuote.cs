using Entente.Quotes;

namespace Entente.Storage;

/// <summary>A stored quote with the article and sentence it came from.</summary>
/// <param name="Quote">The quote as extracted; its offsets point into the article text.</param>
/// <param name="ArticleId">Id of the article.</param>
/// <param name="ArticleTitle">Headline of the article, when it has one.</param>
/// <param name="ArticlePublished">Publication date of the article, when known.</param>
/// <param name="ArticleUrl">Where the article lives on the web, when known.</param>
/// <param name="SentenceText">The sentence that holds the quote.</param>
/// <param name="SentenceStart">Offset of that sentence in the article text.</param>
public sealed record StoredQuote(
    Quote Quote,
    string ArticleId,
    string? ArticleTitle,
    DateOnly? ArticlePublished,
    string? ArticleUrl,
    string SentenceText,
    int SentenceStart);
