namespace Entente.Ingest;

/// <summary>What <see cref="HtmlExtractor"/> found in a page: the body text and the metadata around it.</summary>
/// <param name="Text">The article body, one paragraph, heading or list item per line (not yet normalised).</param>
/// <param name="Title">The headline.</param>
/// <param name="PublishedOn">The publication date from the page's metadata.</param>
/// <param name="Url">The canonical address.</param>
/// <param name="Source">The site name.</param>
internal sealed record HtmlArticle(string Text, string? Title, DateOnly? PublishedOn, string? Url, string? Source);
