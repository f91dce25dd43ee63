namespace Entente.Storage.Schema;

/// <summary>One step of a store's schema history; applied once, in its own transaction, in version order.</summary>
/// <param name="Version">Position in the history, from 1, strictly increasing.</param>
/// <param name="Name">What the step does, recorded beside the version.</param>
/// <param name="Sql">The statements, in the provider's dialect.</param>
internal sealed record Migration(int Version, string Name, string Sql);
