using Entente.Storage;

namespace Entente.Tests.Storage;

/// <summary>
/// A fresh, empty database of one provider for one test. <see cref="OpenAsync"/> may be called again after the
/// store it returned is disposed, and opens the same database.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    /// <summary>Opens a store over this test's database.</summary>
    public abstract Task<IEventStore> OpenAsync();

    /// <summary>Removes the database.</summary>
    public abstract ValueTask DisposeAsync();
}
