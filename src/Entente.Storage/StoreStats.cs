namespace Entente.Storage;

/// <summary>How many rows of each kind a store holds.</summary>
/// <param name="Articles">Stored articles.</param>
/// <param name="Sentences">Sentences of those articles.</param>
/// <param name="Events">Coded events.</param>
/// <param name="Mentions">Actor mentions.</param>
/// <param name="Quotes">Quotes.</param>
public sealed record StoreStats(int Articles, int Sentences, int Events, int Mentions, int Quotes);
