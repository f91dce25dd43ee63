using Entente.Storage;

namespace Entente.Tests.Storage;

public sealed class EventStoresTests
{
    private static StoreSpec Resolve(string? spec, string? environment = null)
        => EventStores.Resolve(spec, name => name == EventStores.EnvironmentVariable ? environment : null);

    [Fact]
    public void NoSpecReadsTheEnvironmentThenFallsBackToTheDefaultFile()
    {
        Resolve(null, "sqlite:/data/events.db").ShouldBe(new StoreSpec(StoreProvider.Sqlite, "/data/events.db"));
        Resolve("", "postgres://db/entente").ShouldBe(new StoreSpec(StoreProvider.Postgres, "postgres://db/entente"));
        Resolve(null).ShouldBe(new StoreSpec(StoreProvider.Sqlite, "entente.db"));
        Resolve("  ", "").ShouldBe(new StoreSpec(StoreProvider.Sqlite, "entente.db"));
    }

    [Fact]
    public void AGivenSpecWinsOverTheEnvironment()
        => Resolve("news.db", "other.db").ShouldBe(new StoreSpec(StoreProvider.Sqlite, "news.db"));

    [Theory]
    [InlineData("sqlite:news.db", "news.db")]
    [InlineData("SQLite:data/news.db", "data/news.db")]
    [InlineData("news.db", "news.db")]
    [InlineData("C:\\data\\news.db", "C:\\data\\news.db")]
    public void SqliteSpecsNameAFile(string spec, string path)
        => Resolve(spec).ShouldBe(new StoreSpec(StoreProvider.Sqlite, path));

    [Theory]
    [InlineData("postgres://user@localhost/entente")]
    [InlineData("postgresql://localhost:5432/entente")]
    [InlineData("Host=localhost;Database=entente")]
    public void PostgresSpecsAreRecognised(string spec)
        => Resolve(spec).Provider.ShouldBe(StoreProvider.Postgres);

    [Fact]
    public void ASqlitePrefixWithoutAPathIsRefused()
        => Should.Throw<ArgumentException>(() => Resolve("sqlite:")).Message.ShouldContain("sqlite:PATH");

    [Fact]
    public async Task ASqliteSpecOpensASqliteStore()
    {
        await using var database = new SqliteTestDatabase();

        await using var store = await EventStores.OpenAsync("sqlite:" + database.Path);

        store.ShouldBeOfType<SqliteEventStore>().Path.ShouldBe(database.Path);
        (await store.GetStatsAsync()).ShouldBe(new StoreStats(0, 0, 0, 0, 0));
    }

    [Theory]
    [InlineData("RUS:IRN", "RUS", "IRN")]
    [InlineData(" ISRMIL : IRN ", "ISRMIL", "IRN")]
    public void ADyadIsReadFromItsColonForm(string text, string first, string second)
        => Dyad.Parse(text).ShouldBe(new Dyad(first, second));

    [Theory]
    [InlineData("RUS")]
    [InlineData("RUS:")]
    [InlineData("RUS:IRN:ISR")]
    public void AMalformedDyadIsRefused(string text)
        => Should.Throw<FormatException>(() => Dyad.Parse(text)).Message.ShouldContain(text);
}
