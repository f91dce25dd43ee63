using System.Diagnostics;
using Dapper;
using Entente.Pipeline;
using Entente.Storage;
using Entente.Storage.Postgres;
using Entente.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Entente.Bench.Store;

/// <summary>
/// Fills an empty store fast for the query benchmarks: the schema comes from the store's own migrations and the
/// rows go through the store's own writers (SQLite prepared inserts, PostgreSQL binary COPY) in large
/// transactions, but the secondary indexes are dropped first and rebuilt from their own definitions at the end,
/// as a database bulk load does. The indexes the queries use are therefore exactly the store's.
/// </summary>
internal static class BulkLoader
{
    /// <summary>Loads <paramref name="articles"/> into the store at <paramref name="spec"/>; returns the seconds spent loading and indexing.</summary>
    public static async Task<(double Load, double Index)> LoadAsync(string spec, StoreProvider provider, IEnumerable<IReadOnlyList<Extraction>> batches, Action<long> progress)
    {
        // Opening the store creates the schema through its migrations.
        await (await EventStores.OpenAsync(spec)).DisposeAsync();
        return provider == StoreProvider.Sqlite ? await LoadSqliteAsync(spec, batches, progress) : await LoadPostgresAsync(spec, batches, progress);
    }

    // Saving a batch looks up the clusters its events may join and recounts them: those two indexes stay, or
    // every batch would scan the whole store.
    private static bool ClusteringNeeds(string index) => index is "event_clusters_by_key" or "events_by_cluster";

    private static async Task<(double, double)> LoadSqliteAsync(string path, IEnumerable<IReadOnlyList<Extraction>> batches, Action<long> progress)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync();

        // A large page cache and no fsync per commit: a benchmark fill that dies is simply run again.
        await connection.ExecuteAsync("PRAGMA synchronous = OFF; PRAGMA cache_size = -1000000; PRAGMA foreign_keys = ON;");
        var indexes = (await connection.QueryAsync<(string Name, string Sql)>(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")).Where(index => !ClusteringNeeds(index.Name)).ToList();
        foreach (var (name, _) in indexes)
        {
            await connection.ExecuteAsync($"DROP INDEX {name}");
        }

        var load = Stopwatch.StartNew();
        long events = 0;
        var ingestedAt = DateTimeOffset.UtcNow;
        foreach (var batch in batches)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            using (var writer = new SqliteBatchWriter(connection, transaction))
            {
                foreach (var extraction in batch)
                {
                    await writer.WriteAsync(extraction, ingestedAt, CancellationToken.None);
                    events += extraction.Events.Count;
                }

                await writer.WriteEventsAsync(CancellationToken.None);
            }

            await transaction.CommitAsync();
            progress(events);
        }

        load.Stop();
        var index = Stopwatch.StartNew();
        foreach (var (_, sql) in indexes)
        {
            await connection.ExecuteAsync(sql, commandTimeout: 0);
        }

        await connection.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE)");
        return (load.Elapsed.TotalSeconds, index.Elapsed.TotalSeconds);
    }

    private static async Task<(double, double)> LoadPostgresAsync(string spec, IEnumerable<IReadOnlyList<Extraction>> batches, Action<long> progress)
    {
        var settings = PostgresConnectionStrings.Parse(spec);
        settings.Pooling = false;
        settings.CommandTimeout = 0;
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();

        // Secondary indexes only: primary keys stay, since the writer's ON CONFLICT and the foreign keys need them.
        var indexes = (await connection.QueryAsync<(string Name, string Definition)>(
            """
            SELECT i.indexname, i.indexdef FROM pg_indexes i
            WHERE i.schemaname = current_schema()
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
            """)).Where(index => !ClusteringNeeds(index.Name)).ToList();
        foreach (var (name, _) in indexes)
        {
            await connection.ExecuteAsync($"DROP INDEX {name}");
        }

        var load = Stopwatch.StartNew();
        long events = 0;
        var ingestedAt = DateTimeOffset.UtcNow;
        foreach (var batch in batches)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            var result = await PostgresBatchWriter.WriteAsync(connection, batch, ingestedAt, CancellationToken.None);
            await transaction.CommitAsync();
            events += result.EventsAdded;
            progress(events);
        }

        load.Stop();
        var index = Stopwatch.StartNew();
        foreach (var (_, definition) in indexes)
        {
            await connection.ExecuteAsync(definition, commandTimeout: 0);
        }

        // (Named tables: Dapper would take a lone word for a stored procedure.)
        await connection.ExecuteAsync("ANALYZE articles, sentences, events", commandTimeout: 0);
        return (load.Elapsed.TotalSeconds, index.Elapsed.TotalSeconds);
    }
}
