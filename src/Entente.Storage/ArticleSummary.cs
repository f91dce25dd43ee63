namespace Entente.Storage;

/// <summary>One line of an article listing.</summary>
/// <param name="Id">The article id (content hash).</param>
/// <param name="Title">Headline, when it has one.</param>
/// <param name="PublishedOn">Publication date, when known.</param>
/// <param name="Url">Where it lives on the web, when known.</param>
/// <param name="Source">The outlet that published it, when known.</param>
/// <param name="Origin">Where Entente read it from.</param>
/// <param name="IngestedAt">When it was stored (UTC).</param>
/// <param name="Sentences">How many sentences it has.</param>
/// <param name="Events">How many events were coded from it.</param>
/// <param name="Quotes">How many quotes were found in it.</param>
public sealed record ArticleSummary(
    string Id,
    string? Title,
    DateOnly? PublishedOn,
    string? Url,
    string? Source,
    string? Origin,
    DateTimeOffset IngestedAt,
    int Sentences,
    int Events,
    int Quotes);
