namespace Entente.Storage;

/// <summary>A resolved database spec: the provider and its file path or connection string.</summary>
internal readonly record struct StoreSpec(StoreProvider Provider, string Target);
