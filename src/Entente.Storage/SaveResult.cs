namespace Entente.Storage;

/// <summary>What one <see cref="IEventStore.SaveBatchAsync"/> call did.</summary>
/// <param name="ArticlesAdded">Articles newly stored.</param>
/// <param name="ArticlesSkipped">Articles already stored, or repeated within the batch, and so left alone.</param>
/// <param name="EventsAdded">Events stored with the new articles.</param>
public sealed record SaveResult(int ArticlesAdded, int ArticlesSkipped, int EventsAdded);
