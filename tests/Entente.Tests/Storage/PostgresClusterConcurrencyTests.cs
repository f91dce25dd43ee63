using System.Diagnostics.CodeAnalysis;
using Entente.Storage;
using Npgsql;

namespace Entente.Tests.Storage;

/// <summary>Clusters made by several ingest workers writing to one PostgreSQL database at the same moment.</summary>
[SuppressMessage("Reliability", "CA1001", Justification = "xunit 2 disposes test classes through IAsyncLifetime, not IAsyncDisposable.")]
public sealed class PostgresClusterConcurrencyTests : IAsyncLifetime
{
    private readonly PostgresTestDatabase _database = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [PostgresFact]
    public async Task WorkersSavingReportsOfOneEventAtOnceMakeOneCluster()
    {
        await (await _database.OpenPostgresAsync()).DisposeAsync();
        const int workers = 8;
        var stores = await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => PostgresEntente.OpenAsync(_database.ConnectionString)));
        try
        {
            // Each worker its own store (its own pool and connections), all released together at one gate.
            using var gate = new ManualResetEventSlim();
            var saves = stores.Select((store, i) => Task.Run(async () =>
            {
                gate.Wait();
                await store.SaveBatchAsync([
                    EventClusterTests.MeetingReport($"outlet{i}.example", "2024-10-11"),
                    EventClusterTests.StrikeReport($"outlet{i}.example", "2024-10-26"),
                ]);
            })).ToList();
            gate.Set();
            await Task.WhenAll(saves);
        }
        finally
        {
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }
        }

        await using var connection = await _database.ConnectAsync();
        await using var command = new NpgsqlCommand("SELECT root, num_events, num_articles, num_sources FROM event_clusters ORDER BY root", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var clusters = new List<(string, int, int, int)>();
        while (await reader.ReadAsync())
        {
            clusters.Add((reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3)));
        }

        clusters.ShouldBe([("04", workers, workers, workers), ("19", workers, workers, workers)]);
    }

    [PostgresFact]
    public async Task EventsStoredBeforeClustersExistedAreClusteredWhenTheStoreOpens()
    {
        await using (var store = await _database.OpenPostgresAsync())
        {
            await store.SaveBatchAsync([EventClusterTests.MeetingReport("tass.ru", "2024-10-11"), EventClusterTests.MeetingReport("irna.ir", "2024-10-12")]);
        }

        // What a database upgraded from schema 3 holds: events without clusters.
        await using (var connection = await _database.ConnectAsync())
        {
            await using var strip = new NpgsqlCommand("UPDATE events SET cluster_id = NULL; DELETE FROM event_clusters;", connection);
            await strip.ExecuteNonQueryAsync();
        }

        await using var reopened = await _database.OpenPostgresAsync();
        var events = await reopened.QueryEventsAsync(new EventQuery());
        events.Count.ShouldBe(2);
        events[0].Cluster.ShouldNotBeNull().NumSources.ShouldBe(2);
        events[1].Cluster.ShouldBe(events[0].Cluster);
    }
}

/// <summary>Opens PostgreSQL stores by connection string, for tests that need several at once.</summary>
internal static class PostgresEntente
{
    public static async Task<IEventStore> OpenAsync(string connectionString) => await Entente.Storage.Postgres.PostgresEventStore.OpenAsync(connectionString);
}
