using System.Diagnostics.CodeAnalysis;
using Dapper;
using Entente.Storage;
using Entente.Storage.Postgres;

namespace Entente.Tests.Storage;

/// <summary>What only the PostgreSQL store has: its schema history, column types and the ways a database is named.</summary>
[SuppressMessage("Reliability", "CA1001", Justification = "xunit 2 disposes test classes through IAsyncLifetime, not IAsyncDisposable.")]
public sealed class PostgresSchemaTests : IAsyncLifetime
{
    private readonly PostgresTestDatabase _database = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();

    private async Task<List<(int Version, string Name)>> AppliedMigrationsAsync()
    {
        await using var connection = await _database.ConnectAsync();
        return (await connection.QueryAsync<(int, string)>("SELECT version, name FROM schema_migrations ORDER BY version")).ToList();
    }

    private async Task<bool> HasIndexAsync(string name)
    {
        await using var connection = await _database.ConnectAsync();
        return await connection.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = @name)", new { name });
    }

    private static List<(int, string)> Expected(int count)
        => PostgresMigrations.All.Take(count).Select(m => (m.Version, m.Name)).ToList();

    [Fact]
    public void TheMigrationsAreNumberedOneByOneFromOne()
        => PostgresMigrations.All.Select(m => m.Version).ShouldBe(Enumerable.Range(1, PostgresMigrations.All.Count));

    [Fact]
    public void BothStoresCreateTheSameIndexes()
    {
        static IEnumerable<string> Indexes(IEnumerable<string> sql)
            => sql.SelectMany(text => text.Split('\n')).Select(line => line.Trim()).Where(line => line.StartsWith("CREATE INDEX", StringComparison.Ordinal));

        Indexes(Entente.Storage.Sqlite.SqliteMigrations.All.Select(m => m.Sql)).ShouldBeSubsetOf(Indexes(PostgresMigrations.All.Select(m => m.Sql)));
    }

    [PostgresFact]
    public async Task OpeningAnEmptyDatabaseAppliesEveryMigration()
    {
        await (await _database.OpenPostgresAsync()).DisposeAsync();

        (await AppliedMigrationsAsync()).ShouldBe(Expected(PostgresMigrations.All.Count));
        (await HasIndexAsync("events_by_date")).ShouldBeTrue();
    }

    [PostgresFact]
    public async Task ReopeningAppliesNoMigrationTwice()
    {
        await (await _database.OpenPostgresAsync()).DisposeAsync();
        await (await _database.OpenPostgresAsync()).DisposeAsync();

        (await AppliedMigrationsAsync()).ShouldBe(Expected(PostgresMigrations.All.Count));
    }

    [PostgresFact]
    public async Task ProcessesOpeningANewDatabaseAtOnceApplyEachMigrationOnce()
    {
        await _database.CreateAsync();

        var stores = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => PostgresEventStore.OpenAsync(_database.ConnectionString))));
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }

        (await AppliedMigrationsAsync()).ShouldBe(Expected(PostgresMigrations.All.Count));
    }

    [PostgresFact]
    public async Task AnOlderDatabaseIsUpgradedOnOpen()
    {
        await _database.CreateAsync();
        await (await PostgresEventStore.OpenAsync(_database.ConnectionString, PostgresMigrations.All.Take(1).ToList(), default)).DisposeAsync();
        (await AppliedMigrationsAsync()).ShouldBe(Expected(1));
        (await HasIndexAsync("events_by_date")).ShouldBeFalse();

        await using (var store = await _database.OpenPostgresAsync())
        {
            (await store.SaveBatchAsync([Some.Article("Iran condemned the strikes.").Build()])).ArticlesAdded.ShouldBe(1);
        }

        (await AppliedMigrationsAsync()).ShouldBe(Expected(PostgresMigrations.All.Count));
        (await HasIndexAsync("events_by_date")).ShouldBeTrue();
    }

    [PostgresFact]
    public async Task ADatabaseFromANewerEntenteIsRefusedClearly()
    {
        await (await _database.OpenPostgresAsync()).DisposeAsync();
        await using (var connection = await _database.ConnectAsync())
        {
            await connection.ExecuteAsync("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'from the future', now())");
        }

        var error = await Should.ThrowAsync<EventStoreException>(() => PostgresEventStore.OpenAsync(_database.ConnectionString));

        error.Message.ShouldStartWith("The event store postgres://");
        error.Message.ShouldEndWith(
            $"has schema version 99, newer than this version of Entente knows (up to {PostgresMigrations.All.Count}). " +
            "Use a newer Entente to open it, or give another database.");
    }

    [PostgresFact]
    public async Task AMissingDatabaseIsRefusedWithItsName()
    {
        var error = await Should.ThrowAsync<EventStoreException>(() => PostgresEventStore.OpenAsync(_database.ConnectionString));

        error.Message.ShouldStartWith("Cannot open the event store postgres://");
        error.Message.ShouldContain("entente_test_");
    }

    [PostgresFact]
    public async Task APostgresUrlOpensAPostgresStore()
    {
        await _database.CreateAsync();

        await using var store = await EventStores.OpenAsync(_database.Url);

        store.ShouldBeOfType<PostgresEventStore>().Location.ShouldEndWith(":" + PostgresConnectionStrings.Parse(_database.ConnectionString).Port + "/" + PostgresConnectionStrings.Parse(_database.ConnectionString).Database);
        (await store.GetStatsAsync()).ShouldBe(new StoreStats(0, 0, 0, 0, 0));
    }

    [PostgresFact]
    public async Task EventsAreStoredInTypedQueryableColumns()
    {
        var extraction = Some.Article("Israeli jets struck military targets in Iran on October 26.", "Israel strikes Iran", new DateOnly(2024, 10, 26))
            .Event("Israeli jets", Some.IsraeliMilitary, "struck", "Iran", Some.Iran, "195", 4, -10, "2024-10-26")
            .Build();
        await using (var store = await _database.OpenPostgresAsync())
        {
            await store.SaveBatchAsync([extraction]);
        }

        await using var connection = await _database.ConnectAsync();
        var row = await connection.QuerySingleAsync<(string Source, string Target, string Root, DateTime Date, string Modality, bool Negated)>(
            "SELECT source_code, target_code, root, event_date, modality, negated FROM events");
        row.ShouldBe(("ISRMIL", "IRN", "19", new DateTime(2024, 10, 26), "asserted", false));
        (await connection.ExecuteScalarAsync<string>("SELECT pg_typeof(ingested_at)::text FROM articles")).ShouldBe("timestamp with time zone");
    }

    [PostgresFact]
    public async Task ARowRefusedDuringTheCopyIsReportedWithItsOwnArticle()
    {
        // Three new articles are copied together; the last one repeats an event id, which only the server sees.
        var first = Some.Article("Iran condemned the strikes.").Event("Iran", Some.Iran, "condemned", null, null, "111", 3, -2).Build();
        var second = Some.Article("Israel struck Iran.").Event("Israel", Some.Israel, "struck", "Iran", Some.Iran, "195", 4, -10).Build();
        var broken = Some.Article("Russia met Iran and praised Iran.")
            .Event("Russia", Some.Russia, "met", "Iran", Some.Iran, "040", 1, 1)
            .Event("Russia", Some.Russia, "praised", "Iran", Some.Iran, "051", 1, 3.4)
            .Build();
        broken.Events[1] = broken.Events[1] with { Id = broken.Events[0].Id };
        await using var store = await _database.OpenPostgresAsync();

        var error = await Should.ThrowAsync<EventStoreException>(() => store.SaveBatchAsync([first, second, broken]));

        error.Message.ShouldStartWith($"Article {broken.Article.Id} (test) could not be stored: duplicate key value");
    }

    [Theory]
    [InlineData("postgres://entente:s%40cret@db.example.org:5433/events?sslmode=require&application_name=ingest",
        "db.example.org", 5433, "entente", "s@cret", "events")]
    [InlineData("postgresql://localhost/entente", "localhost", 5432, null, null, "entente")]
    [InlineData("postgres://reader@[::1]:6000/news", "::1", 6000, "reader", null, "news")]
    [InlineData("Host=db;Port=5434;Username=u;Password=p;Database=d", "db", 5434, "u", "p", "d")]
    public void UrlsAndConnectionStringsNameTheServerAndDatabase(string spec, string host, int port, string? user, string? password, string database)
    {
        var settings = PostgresConnectionStrings.Parse(spec);

        (settings.Host, settings.Port, settings.Username, settings.Password, settings.Database).ShouldBe((host, port, user, password, database));
    }

    [Fact]
    public void UrlParametersBecomeConnectionSettings()
    {
        var settings = PostgresConnectionStrings.Parse("postgres://u:p@h/d?sslmode=require&application_name=entente%20ingest&connect_timeout=7");

        settings.SslMode.ShouldBe(Npgsql.SslMode.Require);
        settings.ApplicationName.ShouldBe("entente ingest");
        settings.Timeout.ShouldBe(7);
    }

    [Theory]
    [InlineData("postgres://u:hunter2@h/d?nonsense=1", "nonsense")]
    [InlineData("Host=h;Password=hunter2;Frobnicate=yes", "not a valid PostgreSQL connection string")]
    public void AMalformedSpecIsRefusedWithoutShowingThePassword(string spec, string expected)
    {
        var error = Should.Throw<ArgumentException>(() => PostgresConnectionStrings.Parse(spec));

        error.Message.ShouldContain(expected);
        error.Message.ShouldNotContain("hunter2");
    }

    [Fact]
    public void TheDescriptionOfADatabaseLeavesThePasswordOut()
        => PostgresConnectionStrings.Describe(PostgresConnectionStrings.Parse("postgres://entente:hunter2@db:5433/events"))
            .ShouldBe("postgres://entente@db:5433/events");
}
