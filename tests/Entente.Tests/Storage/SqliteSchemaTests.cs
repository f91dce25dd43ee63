using Dapper;
using Entente.Storage;
using Entente.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Entente.Tests.Storage;

/// <summary>What only the SQLite store has: its file, journal mode and schema history.</summary>
public sealed class SqliteSchemaTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    // Pooling off: a test's own connection must not keep the file open after the test.
    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _database.Path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private List<(long Version, string Name, string AppliedAt)> AppliedMigrations()
    {
        using var connection = Connect();
        return connection.Query<(long, string, string)>("SELECT version, name, applied_at FROM schema_migrations ORDER BY version").ToList();
    }

    private bool HasIndex(string name)
    {
        using var connection = Connect();
        return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = @name", new { name }) == 1;
    }

    [Fact]
    public void TheMigrationsAreNumberedOneByOneFromOne()
        => SqliteMigrations.All.Select(m => m.Version).ShouldBe(Enumerable.Range(1, SqliteMigrations.All.Count));

    [Fact]
    public async Task OpeningCreatesTheFileInWalModeWithEveryMigrationApplied()
    {
        await (await SqliteEventStore.OpenAsync(_database.Path)).DisposeAsync();

        File.Exists(_database.Path).ShouldBeTrue();
        using (var connection = Connect())
        {
            connection.ExecuteScalar<string>("PRAGMA journal_mode").ShouldBe("wal");
        }

        AppliedMigrations().Select(m => (m.Version, m.Name)).ShouldBe(SqliteMigrations.All.Select(m => ((long)m.Version, m.Name)));
        HasIndex("events_by_date").ShouldBeTrue();
    }

    [Fact]
    public async Task ReopeningAppliesNoMigrationTwice()
    {
        await (await SqliteEventStore.OpenAsync(_database.Path)).DisposeAsync();
        var first = AppliedMigrations();

        await (await SqliteEventStore.OpenAsync(_database.Path)).DisposeAsync();

        AppliedMigrations().ShouldBe(first);
    }

    [Fact]
    public async Task AnOlderDatabaseIsUpgradedOnOpen()
    {
        await (await SqliteEventStore.OpenAsync(_database.Path, SqliteMigrations.All.Take(1).ToList(), default)).DisposeAsync();
        AppliedMigrations().Select(m => m.Version).ShouldBe([1L]);
        HasIndex("events_by_date").ShouldBeFalse();

        await using (var store = await SqliteEventStore.OpenAsync(_database.Path))
        {
            (await store.SaveBatchAsync([Some.Article("Iran condemned the strikes.").Build()])).ArticlesAdded.ShouldBe(1);
        }

        AppliedMigrations().Select(m => m.Version).ShouldBe(SqliteMigrations.All.Select(m => (long)m.Version));
        HasIndex("events_by_date").ShouldBeTrue();
    }

    [Fact]
    public async Task ADatabaseFromANewerEntenteIsRefusedClearly()
    {
        await (await SqliteEventStore.OpenAsync(_database.Path)).DisposeAsync();
        using (var connection = Connect())
        {
            connection.Execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'from the future', '2030-01-01T00:00:00.0000000+00:00')");
        }

        var error = await Should.ThrowAsync<EventStoreException>(() => SqliteEventStore.OpenAsync(_database.Path));

        error.Message.ShouldBe(
            $"The event store {_database.Path} has schema version 99, newer than this version of Entente knows " +
            $"(up to {SqliteMigrations.All.Count}). Use a newer Entente to open it, or give another database file.");
    }

    [Fact]
    public async Task AFileThatIsNotADatabaseIsRefusedWithItsPath()
    {
        await File.WriteAllTextAsync(_database.Path, "Putin met Pezeshkian in Ashgabat. This is an article, not a database, and it is long enough to have a header.");

        var error = await Should.ThrowAsync<EventStoreException>(() => SqliteEventStore.OpenAsync(_database.Path));

        error.Message.ShouldStartWith($"Cannot open the event store {_database.Path}:");
    }

    [Fact]
    public async Task OpeningCreatesMissingFolders()
    {
        var nested = Path.Combine(Path.GetDirectoryName(_database.Path)!, "a", "b", "events.db");

        await using var store = await SqliteEventStore.OpenAsync(nested);

        store.Path.ShouldBe(nested);
        File.Exists(nested).ShouldBeTrue();
    }

    [Fact]
    public async Task EventsAreStoredInQueryableColumns()
    {
        var extraction = Some.Article("Israeli jets struck military targets in Iran on October 26.", "Israel strikes Iran", new DateOnly(2024, 10, 26))
            .Event("Israeli jets", Some.IsraeliMilitary, "struck", "Iran", Some.Iran, "195", 4, -10, "2024-10-26")
            .Build();
        await using (var store = await SqliteEventStore.OpenAsync(_database.Path))
        {
            await store.SaveBatchAsync([extraction]);
        }

        using var connection = Connect();
        var row = connection.QuerySingle<(string Source, string Target, string Root, string Date, string Modality, long Negated)>(
            "SELECT source_code, target_code, root, event_date, modality, negated FROM events");
        row.ShouldBe(("ISRMIL", "IRN", "19", "2024-10-26", "asserted", 0L));
    }

    [Fact]
    public async Task EventsStoredBeforeClustersExistedAreClusteredWhenTheStoreOpens()
    {
        await using (var store = await SqliteEventStore.OpenAsync(_database.Path))
        {
            await store.SaveBatchAsync([EventClusterTests.MeetingReport("tass.ru", "2024-10-11"), EventClusterTests.MeetingReport("irna.ir", "2024-10-12")]);
        }

        // What a database upgraded from schema 2 holds: events without clusters.
        using (var connection = Connect())
        {
            connection.Execute("UPDATE events SET cluster_id = NULL; DELETE FROM event_clusters;");
        }

        await using var reopened = await SqliteEventStore.OpenAsync(_database.Path);
        var events = await reopened.QueryEventsAsync(new EventQuery());
        events.Count.ShouldBe(2);
        events[0].Cluster.ShouldNotBeNull().NumSources.ShouldBe(2);
        events[1].Cluster.ShouldBe(events[0].Cluster);
    }

    [Fact]
    public async Task TheDyadTimelineIsAnsweredFromTheCoveringIndex()
    {
        await (await SqliteEventStore.OpenAsync(_database.Path)).DisposeAsync();

        using var connection = Connect();
        var plan = string.Join("\n", connection.Query<(long Id, long Parent, long NotUsed, string Detail)>(
            """
            EXPLAIN QUERY PLAN
            SELECT event_date, quad_class, goldstein, num_events, id FROM event_clusters
            WHERE factual = 1 AND source_key = 'RUS' AND target_key = 'IRN' AND event_date IS NOT NULL AND event_date >= '2024-01-01'
            """).Select(line => line.Detail));
        plan.ShouldContain("USING COVERING INDEX event_clusters_by_dyad");
    }
}
