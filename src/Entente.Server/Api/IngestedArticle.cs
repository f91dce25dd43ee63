namespace Entente.Server.Api;

/// <summary>What <c>POST /api/articles</c> did with one article.</summary>
/// <param name="Id">The article id (content hash).</param>
/// <param name="Added">True when newly stored; false when it was stored already (nothing changed).</param>
/// <param name="Events">Events coded from it (for an article stored already: the events it has).</param>
/// <param name="Location">Where to read it back.</param>
public sealed record IngestedArticle(string Id, bool Added, int Events, string Location);
