namespace Entente.Tests.Storage;

public sealed class SqliteEventStoreTests() : EventStoreTests(new SqliteTestDatabase());
