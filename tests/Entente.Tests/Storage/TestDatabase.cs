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

    /// <summary>The database as a store spec for <see cref="EventStores.OpenAsync"/>, creating it first when the provider needs that.</summary>
    public abstract Task<string> SpecAsync();

    /// <summary>A connection of its own to the database, for tests that look under the store.</summary>
    public abstract Task<System.Data.Common.DbConnection> OpenConnectionAsync();

    /// <summary>Removes the database.</summary>
    public abstract ValueTask DisposeAsync();
}
