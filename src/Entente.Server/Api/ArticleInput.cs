namespace Entente.Server.Api;

/// <summary>An article sent to <c>POST /api/articles</c> (one object, or an array of them).</summary>
/// <param name="Text">The body text; required and not blank.</param>
/// <param name="Title">The headline, when there is one.</param>
/// <param name="PublishedOn">Publication date, yyyy-MM-dd; relative dates in the text resolve against it.</param>
/// <param name="Url">Where the article lives on the web.</param>
/// <param name="Source">The outlet that published it.</param>
public sealed record ArticleInput(string? Text, string? Title, string? PublishedOn, string? Url, string? Source);
