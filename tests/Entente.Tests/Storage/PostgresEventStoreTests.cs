namespace Entente.Tests.Storage;

public sealed class PostgresEventStoreTests() : EventStoreTests(new PostgresTestDatabase());
