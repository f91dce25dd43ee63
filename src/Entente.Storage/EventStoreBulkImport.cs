using System.Diagnostics;
using Dapper;
using Entente.Documents;
using Entente.Pipeline;
using Entente.Storage.Postgres;
using Entente.Storage.Schema;
using Entente.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Entente.Storage;

/// <summary>What a bulk import stored and how long it took.</summary>
/// <param name="Articles">Articles stored (an article met twice is stored once, as by a store).</param>
/// <param name="Events">Events stored.</param>
/// <param name="Clusters">Event clusters made.</param>
/// <param name="LoadSeconds">Time spent clustering and writing the rows, including the time the batches took to produce.</param>
/// <param name="IndexSeconds">Time spent rebuilding the secondary indexes, the dyad days and (SQLite) the full-text index, and (PostgreSQL) analysing the tables.</param>
internal sealed record BulkImportResult(long Articles, long Events, long Clusters, double LoadSeconds, double IndexSeconds);

/// <summary>
/// Fills an empty store with millions of extractions, for benchmarks and first loads of an archive. The database
/// ends up as <see cref="IEventStore.SaveBatchAsync"/> would leave it after the same batches — the same rows, the
/// same clusters with the same ids and counts — but gets there much faster: events are clustered in memory by
/// <see cref="ClusterAssigner"/> itself (<see cref="InMemoryClusters"/>), so the store is never read back; the rows
/// go through the stores' own writers (SQLite prepared inserts, PostgreSQL binary COPY) in the caller's batches;
/// and the secondary indexes are dropped first and rebuilt from their own definitions at the end, as are the
/// dyad days (<see cref="DyadDaysSql"/>), which are derived from the clusters.
/// </summary>
/// <remarks>
/// Kept in the storage library rather than the benchmark because it writes the stores' private schema and must
/// stay the same as their batch path: the shared store tests check both against each other on every provider.
/// Nothing else may write to the store during an import, and the store must be empty. SQLite writes without
/// fsync (synchronous = OFF): an import that dies is run again into a new file.
/// </remarks>
internal static class EventStoreBulkImport
{
    private static readonly string[] JoinedParameters = ["@place", "@events", "@articles", "@sources", "@id"];

    /// <summary>Imports <paramref name="batches"/> (each stored in one transaction) into the empty store <paramref name="dbSpec"/> names.</summary>
    /// <param name="dbSpec">A store spec as for <see cref="EventStores.OpenAsync"/>.</param>
    /// <param name="batches">The extractions, in batches; the same batches give the same clusters as through a store.</param>
    /// <param name="progress">Called after each batch with the events stored so far.</param>
    /// <param name="cancellationToken">Stops between batches; what was committed stays.</param>
    /// <exception cref="EventStoreException">The store holds articles already, or a row was refused.</exception>
    public static async Task<BulkImportResult> ImportAsync(
        string dbSpec, IEnumerable<IReadOnlyList<Extraction>> batches, Action<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batches);

        // Opening the store creates or upgrades the schema through its migrations.
        await (await EventStores.OpenAsync(dbSpec, cancellationToken)).DisposeAsync();
        var spec = EventStores.Resolve(dbSpec, Environment.GetEnvironmentVariable);
        return spec.Provider == StoreProvider.Sqlite
            ? await ImportSqliteAsync(Path.GetFullPath(spec.Target), batches, progress, cancellationToken)
            : await ImportPostgresAsync(spec.Target, batches, progress, cancellationToken);
    }

    private static async Task<BulkImportResult> ImportSqliteAsync(
        string path, IEnumerable<IReadOnlyList<Extraction>> batches, Action<long>? progress, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, ForeignKeys = true }.ToString());
        await connection.OpenAsync(cancellationToken);
        await EnsureEmptyAsync(connection, path, cancellationToken);
        await connection.ExecuteAsync("PRAGMA synchronous = OFF; PRAGMA cache_size = -1000000;");
        var indexes = (await connection.QueryAsync<(string Name, string Sql)>(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")).ToList();
        foreach (var (name, _) in indexes)
        {
            await connection.ExecuteAsync($"DROP INDEX {name}");
        }

        // The full-text index of sentences is an index too: fed row by row by its trigger it cost a third of the
        // import; it is rebuilt from the sentences in one pass at the end instead.
        var triggers = (await connection.QueryAsync<(string Name, string Sql)>(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'sentences'")).ToList();
        foreach (var (name, _) in triggers)
        {
            await connection.ExecuteAsync($"DROP TRIGGER {name}");
        }

        var clusters = new InMemoryClusters();
        long articles = 0, events = 0;
        var ingestedAt = DateTimeOffset.UtcNow;
        var load = Stopwatch.StartNew();
        foreach (var batch in batches)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var transaction = connection.BeginTransaction(deferred: false);
            using var newClusters = new SqlitePreparedInsert<ClusterInsert>(connection, transaction, StoreTables.Clusters);
            using var joined = connection.CreateCommand();
            joined.Transaction = transaction;
            joined.CommandText = "UPDATE event_clusters SET place = @place, num_events = @events, num_articles = @articles, num_sources = @sources WHERE id = @id";
            var parameters = JoinedParameters.Select(name => joined.Parameters.Add(new SqliteParameter(name, DBNull.Value))).ToArray();
            joined.Prepare();
            using (var writer = new SqliteBatchWriter(connection, transaction))
            {
                foreach (var extraction in batch)
                {
                    ExtractionChecks.Validate(extraction);
                    try
                    {
                        if (await writer.WriteAsync(extraction, ingestedAt, cancellationToken))
                        {
                            articles++;
                            events += extraction.Events.Count;
                        }
                    }
                    catch (SqliteException exception)
                    {
                        throw new EventStoreException($"{ExtractionChecks.Describe(extraction.Article)} could not be stored: {exception.Message}", exception);
                    }
                }

                await writer.WriteEventsAsync(
                    async (fresh, token) =>
                    {
                        var assigned = clusters.Assign(fresh);
                        foreach (var cluster in assigned.New)
                        {
                            await newClusters.ExecuteAsync(cluster, token);
                        }

                        foreach (var cluster in assigned.Joined)
                        {
                            parameters[0].Value = (object?)cluster.Place ?? DBNull.Value;
                            parameters[1].Value = cluster.Events;
                            parameters[2].Value = cluster.Articles;
                            parameters[3].Value = cluster.Sources;
                            parameters[4].Value = cluster.Id;
                            await joined.ExecuteNonQueryAsync(token);
                        }

                        return assigned.Assignment;
                    },
                    cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            progress?.Invoke(events);
        }

        load.Stop();
        var index = Stopwatch.StartNew();
        foreach (var (_, sql) in indexes)
        {
            await connection.ExecuteAsync(new CommandDefinition(sql, commandTimeout: 0, cancellationToken: cancellationToken));
        }

        foreach (var (_, sql) in triggers)
        {
            await connection.ExecuteAsync(sql);
        }

        if (triggers.Count > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO sentences_fts (sentences_fts) VALUES ('rebuild')", commandTimeout: 0, cancellationToken: cancellationToken));
        }

        // The dyad days are derived from the clusters, like an index, and built the same way: once, at the end.
        await connection.ExecuteAsync(new CommandDefinition(DyadDaysSql.SqliteRebuild, commandTimeout: 0, cancellationToken: cancellationToken));
        await connection.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE)");
        return new BulkImportResult(articles, events, clusters.Total, load.Elapsed.TotalSeconds, index.Elapsed.TotalSeconds);
    }

    private static async Task<BulkImportResult> ImportPostgresAsync(
        string spec, IEnumerable<IReadOnlyList<Extraction>> batches, Action<long>? progress, CancellationToken cancellationToken)
    {
        var settings = PostgresConnectionStrings.Parse(spec);
        settings.Pooling = false;
        settings.CommandTimeout = 0;
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await EnsureEmptyAsync(connection, settings.Database ?? spec, cancellationToken);

        // Secondary indexes only: primary keys stay, since the writer's ON CONFLICT and the foreign keys need them.
        var indexes = (await connection.QueryAsync<(string Name, string Definition)>(
            """
            SELECT i.indexname, i.indexdef FROM pg_indexes i
            WHERE i.schemaname = current_schema()
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
            """)).ToList();
        foreach (var (name, _) in indexes)
        {
            await connection.ExecuteAsync($"DROP INDEX {name}");
        }

        var clusters = new InMemoryClusters();
        long articles = 0, events = 0;
        var ingestedAt = DateTimeOffset.UtcNow;
        var load = Stopwatch.StartNew();
        foreach (var batch in batches)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var saved = await PostgresBatchWriter.WriteAsync(
                connection,
                batch,
                ingestedAt,
                async (npgsql, fresh, token) =>
                {
                    var assigned = clusters.Assign(fresh);
                    var articleOf = new Dictionary<string, Article>(StringComparer.Ordinal);
                    foreach (var extraction in fresh)
                    {
                        foreach (var coded in extraction.Events)
                        {
                            articleOf.TryAdd(coded.Id, extraction.Article);
                        }
                    }

                    // COPY writes the ids given even into an identity column; the sequence is moved past them at the end.
                    await PostgresBatchWriter.CopyAsync(
                        npgsql, StoreTables.Clusters, assigned.New.Select(cluster => (cluster, articleOf[cluster.Slot.Head!.EventId])), token);
                    if (assigned.Joined.Count > 0)
                    {
                        await using var update = new NpgsqlCommand(
                            """
                            UPDATE event_clusters c SET place = u.place, num_events = u.events, num_articles = u.articles, num_sources = u.sources
                            FROM unnest(@ids, @places, @events, @articles, @sources) AS u (id, place, events, articles, sources)
                            WHERE c.id = u.id
                            """,
                            npgsql);
                        update.Parameters.Add(new NpgsqlParameter<long[]>("ids", assigned.Joined.Select(cluster => cluster.Id).ToArray()));
                        update.Parameters.Add(new NpgsqlParameter<string?[]>("places", assigned.Joined.Select(cluster => cluster.Place).ToArray()));
                        update.Parameters.Add(new NpgsqlParameter<int[]>("events", assigned.Joined.Select(cluster => cluster.Events).ToArray()));
                        update.Parameters.Add(new NpgsqlParameter<int[]>("articles", assigned.Joined.Select(cluster => cluster.Articles).ToArray()));
                        update.Parameters.Add(new NpgsqlParameter<int[]>("sources", assigned.Joined.Select(cluster => cluster.Sources).ToArray()));
                        await update.ExecuteNonQueryAsync(token);
                    }

                    return assigned.Assignment;
                },
                cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            articles += saved.ArticlesAdded;
            events += saved.EventsAdded;
            progress?.Invoke(events);
        }

        // The store's own inserts after the import must number their clusters after the imported ones.
        await connection.ExecuteAsync(
            "SELECT setval(pg_get_serial_sequence('event_clusters', 'id'), COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM event_clusters");
        load.Stop();
        var index = Stopwatch.StartNew();
        foreach (var (_, definition) in indexes)
        {
            await connection.ExecuteAsync(new CommandDefinition(definition, commandTimeout: 0, cancellationToken: cancellationToken));
        }

        await connection.ExecuteAsync(new CommandDefinition(DyadDaysSql.PostgresRebuild, commandTimeout: 0, cancellationToken: cancellationToken));

        // (Named tables: Dapper would take a lone word for a stored procedure.)
        await connection.ExecuteAsync(new CommandDefinition(
            "ANALYZE articles, sentences, events, event_clusters, dyad_days", commandTimeout: 0, cancellationToken: cancellationToken));
        return new BulkImportResult(articles, events, clusters.Total, load.Elapsed.TotalSeconds, index.Elapsed.TotalSeconds);
    }

    private static async Task EnsureEmptyAsync(System.Data.Common.DbConnection connection, string name, CancellationToken cancellationToken)
    {
        if (await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "SELECT EXISTS (SELECT 1 FROM articles) OR EXISTS (SELECT 1 FROM event_clusters)", cancellationToken: cancellationToken)))
        {
            throw new EventStoreException($"A bulk import needs an empty store, and {name} holds articles already.");
        }
    }
}
