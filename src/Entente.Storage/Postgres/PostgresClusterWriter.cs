using Dapper;
using Entente.Pipeline;
using Entente.Storage.Schema;
using Npgsql;

namespace Entente.Storage.Postgres;

/// <summary>
/// Assigns events to clusters inside a batch transaction on PostgreSQL, where several ingest workers write at
/// once. Race-safety: before looking up the clusters a report may join, the transaction takes an advisory lock
/// per cluster key (in hash order, so two batches never wait on each other in a cycle) and holds it to commit.
/// A second worker with a report of the same event waits on that lock; its lookup then runs after the first
/// commit and, under READ COMMITTED, sees the cluster the first one made, so it joins it instead of making a twin.
/// </summary>
internal static class PostgresClusterWriter
{
    /// <summary>First key of the two-key advisory locks of clustering; the one-key schema lock lives in a separate space.</summary>
    private const int LockClass = 0x436C7573; // "Clus" in ASCII.

    /// <summary>
    /// Clusters the events of a batch's new articles before they are copied: locks their keys, looks up the
    /// clusters they may join, assigns them, inserts the new clusters with their counts (setting their ids),
    /// stores filled-in places and adds the batch's reports, articles and newly counted sources to the clusters
    /// joined, and keeps the dyad days up to date. No cluster's reports are re-read, except to ask whether a joined cluster already counts a source;
    /// the key locks, held to commit, make that question and the update race-free.
    /// </summary>
    public static async Task<ClusterAssigner.Result> AssignBatchAsync(NpgsqlConnection connection, IReadOnlyList<Extraction> fresh, CancellationToken cancellationToken)
    {
        var pending = fresh.SelectMany(extraction => extraction.Events).Select(PendingEvent.Of).ToList();
        var result = ClusterAssigner.Assign(pending, await LockAndLookUpAsync(connection, pending, cancellationToken));
        var additions = ClusterCounts.Additions(result, fresh);
        await InsertNewAsync(connection, result, slot => additions[slot], cancellationToken);
        await SetPlacesAsync(connection, result, cancellationToken);
        await AddDyadDaysAsync(connection, result, additions, cancellationToken);
        if (result.Touched.Count == 0)
        {
            return result;
        }

        var asked = result.Touched.SelectMany(slot => additions[slot].Sources.Select(source => (slot.Id, Source: source))).ToList();
        var counted = new HashSet<(long, string)>();
        await using (var check = new NpgsqlCommand(
            """
            SELECT u.id, u.source FROM unnest(@ids, @sources) AS u (id, source)
            WHERE EXISTS (
                SELECT 1 FROM events e JOIN articles a ON a.id = e.article_id
                WHERE e.cluster_id = u.id AND COALESCE(a.source, 'article:' || a.id) = u.source)
            """,
            connection))
        {
            check.Parameters.Add(new NpgsqlParameter<long[]>("ids", asked.Select(pair => pair.Id).ToArray()));
            check.Parameters.Add(new NpgsqlParameter<string[]>("sources", asked.Select(pair => pair.Source).ToArray()));
            await using var reader = await check.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                counted.Add((reader.GetInt64(0), reader.GetString(1)));
            }
        }

        await using var update = new NpgsqlCommand(
            """
            UPDATE event_clusters c
            SET num_events = c.num_events + u.events, num_articles = c.num_articles + u.articles, num_sources = c.num_sources + u.sources
            FROM unnest(@ids, @events, @articles, @sources) AS u (id, events, articles, sources)
            WHERE c.id = u.id
            """,
            connection);
        update.Parameters.Add(new NpgsqlParameter<long[]>("ids", result.Touched.Select(slot => slot.Id).ToArray()));
        update.Parameters.Add(new NpgsqlParameter<int[]>("events", result.Touched.Select(slot => additions[slot].Reports).ToArray()));
        update.Parameters.Add(new NpgsqlParameter<int[]>("articles", result.Touched.Select(slot => additions[slot].Articles.Count).ToArray()));
        update.Parameters.Add(new NpgsqlParameter<int[]>("sources",
            result.Touched.Select(slot => additions[slot].Sources.Count(source => !counted.Contains((slot.Id, source)))).ToArray()));
        await update.ExecuteNonQueryAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// Locks the keys, looks up the clusters stored events may join, assigns them, inserts the new clusters with
    /// zero counts (setting their ids) and stores filled-in places; <see cref="RecountAsync"/> counts them once
    /// the events point at them.
    /// </summary>
    public static async Task<ClusterAssigner.Result> AssignAsync(NpgsqlConnection connection, IReadOnlyList<PendingEvent> pending, CancellationToken cancellationToken)
    {
        var result = ClusterAssigner.Assign(pending, await LockAndLookUpAsync(connection, pending, cancellationToken));
        await InsertNewAsync(connection, result, _ => null, cancellationToken);
        await SetPlacesAsync(connection, result, cancellationToken);
        return result;
    }

    private static async Task AddDyadDaysAsync(
        NpgsqlConnection connection, ClusterAssigner.Result result, Dictionary<ClusterSlot, ClusterAddition> additions, CancellationToken cancellationToken)
    {
        var added = result.New.Where(slot => DyadDaysSql.OnDyadDay(slot.Head!)).ToList();
        if (added.Count == 0 && result.Touched.Count == 0)
        {
            return;
        }

        var heads = added.Select(slot => slot.Head!).ToList();
        await using var upsert = new NpgsqlCommand(DyadDaysSql.PostgresAdd, connection);
        upsert.Parameters.Add(new NpgsqlParameter<string[]>("sources", heads.Select(head => head.SourceKey).ToArray()));
        upsert.Parameters.Add(new NpgsqlParameter<string[]>("targets", heads.Select(head => head.TargetKey).ToArray()));
        upsert.Parameters.Add(new NpgsqlParameter<DateOnly[]>("dates", heads.Select(head => head.Date!.Value).ToArray()));
        upsert.Parameters.Add(new NpgsqlParameter<int[]>("quads", heads.Select(head => head.QuadClass).ToArray()));
        upsert.Parameters.Add(new NpgsqlParameter<int[]>("reports", added.Select(slot => additions[slot].Reports).ToArray()));
        upsert.Parameters.Add(new NpgsqlParameter<double[]>("goldsteins", heads.Select(head => head.Goldstein).ToArray()));
        upsert.Parameters.Add(new NpgsqlParameter<long[]>("ids", added.Select(slot => slot.Id).ToArray()));
        upsert.Parameters.Add(new NpgsqlParameter<long[]>("joinedIds", result.Touched.Select(slot => slot.Id).ToArray()));
        upsert.Parameters.Add(new NpgsqlParameter<int[]>("joinedReports", result.Touched.Select(slot => additions[slot].Reports).ToArray()));
        await upsert.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<List<ClusterCandidate>> LockAndLookUpAsync(NpgsqlConnection connection, IReadOnlyList<PendingEvent> pending, CancellationToken cancellationToken)
    {
        var ranges = ClusterAssigner.KeyRanges(pending);
        var candidates = new List<ClusterCandidate>();
        if (ranges.Count > 0)
        {
            var keys = ranges.Select(range => range.Key).ToArray();
            await connection.ExecuteAsync(new CommandDefinition(
                """
                SELECT pg_advisory_xact_lock(@lockClass, h)
                FROM (SELECT DISTINCT hashtext(k) AS h FROM unnest(@keys) AS k ORDER BY h) AS ordered
                """,
                new { lockClass = LockClass, keys },
                cancellationToken: cancellationToken));
            var rows = await connection.QueryAsync<CandidateRow>(new CommandDefinition(
                """
                SELECT c.id, c.cluster_key, to_char(c.event_date, 'YYYY-MM-DD') AS event_date, c.place
                FROM unnest(@keys, @froms, @tos) AS k (cluster_key, date_from, date_to)
                JOIN event_clusters c ON c.cluster_key = k.cluster_key AND c.event_date BETWEEN k.date_from AND k.date_to
                """,
                new
                {
                    keys,
                    froms = ranges.Select(range => range.From).ToArray(),
                    tos = ranges.Select(range => range.To).ToArray(),
                },
                cancellationToken: cancellationToken));
            candidates.AddRange(rows.Select(row => row.ToCandidate()));
        }

        return candidates;
    }

    private static async Task InsertNewAsync(
        NpgsqlConnection connection, ClusterAssigner.Result result, Func<ClusterSlot, ClusterAddition?> counts, CancellationToken cancellationToken)
    {
        if (result.New.Count == 0)
        {
            return;
        }

        var heads = result.New.Select(slot => slot.Head!).ToList();
        var additions = result.New.Select(counts).ToList();
        await using var insert = new NpgsqlCommand(
            """
            INSERT INTO event_clusters (cluster_key, source_key, target_key, root, quad_class, goldstein, event_date, place, factual,
                                        head_event_id, num_events, num_articles, num_sources)
            SELECT u.*
            FROM unnest(@keys, @sources, @targets, @roots, @quads, @goldsteins, @dates, @places, @factual, @heads, @events, @articles, @outlets)
                AS u (cluster_key, source_key, target_key, root, quad_class, goldstein, event_date, place, factual, head_event_id,
                      num_events, num_articles, num_sources)
            RETURNING id, head_event_id
            """,
            connection);
        insert.Parameters.Add(new NpgsqlParameter<string[]>("keys", result.New.Select(slot => slot.Key).ToArray()));
        insert.Parameters.Add(new NpgsqlParameter<string[]>("sources", heads.Select(head => head.SourceKey).ToArray()));
        insert.Parameters.Add(new NpgsqlParameter<string[]>("targets", heads.Select(head => head.TargetKey).ToArray()));
        insert.Parameters.Add(new NpgsqlParameter<string[]>("roots", heads.Select(head => head.Root).ToArray()));
        insert.Parameters.Add(new NpgsqlParameter<int[]>("quads", heads.Select(head => head.QuadClass).ToArray()));
        insert.Parameters.Add(new NpgsqlParameter<double[]>("goldsteins", heads.Select(head => head.Goldstein).ToArray()));
        insert.Parameters.Add(new NpgsqlParameter<DateOnly?[]>("dates", heads.Select(head => head.Date).ToArray()));
        insert.Parameters.Add(new NpgsqlParameter<string?[]>("places", result.New.Select(slot => slot.Place).ToArray()));
        insert.Parameters.Add(new NpgsqlParameter<bool[]>("factual", heads.Select(head => head.Factual).ToArray()));
        insert.Parameters.Add(new NpgsqlParameter<string[]>("heads", heads.Select(head => head.EventId).ToArray()));
        insert.Parameters.Add(new NpgsqlParameter<int[]>("events", additions.Select(addition => addition?.Reports ?? 0).ToArray()));
        insert.Parameters.Add(new NpgsqlParameter<int[]>("articles", additions.Select(addition => addition?.Articles.Count ?? 0).ToArray()));
        insert.Parameters.Add(new NpgsqlParameter<int[]>("outlets", additions.Select(addition => addition?.Sources.Count ?? 0).ToArray()));
        var byHead = result.New.ToDictionary(slot => slot.Head!.EventId, StringComparer.Ordinal);
        await using var reader = await insert.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            byHead[reader.GetString(1)].Id = reader.GetInt64(0);
        }
    }

    private static async Task SetPlacesAsync(NpgsqlConnection connection, ClusterAssigner.Result result, CancellationToken cancellationToken)
    {
        var placed = result.Touched.Where(slot => slot.PlaceChanged).ToList();
        if (placed.Count > 0)
        {
            await using var update = new NpgsqlCommand(
                "UPDATE event_clusters c SET place = u.place FROM unnest(@ids, @places) AS u (id, place) WHERE c.id = u.id", connection);
            update.Parameters.Add(new NpgsqlParameter<long[]>("ids", placed.Select(slot => slot.Id).ToArray()));
            update.Parameters.Add(new NpgsqlParameter<string?[]>("places", placed.Select(slot => slot.Place).ToArray()));
            await update.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Recounts the clusters of <paramref name="result"/> once their reports are stored.</summary>
    public static async Task RecountAsync(NpgsqlConnection connection, ClusterAssigner.Result result, CancellationToken cancellationToken)
    {
        var ids = result.New.Concat(result.Touched).Select(slot => slot.Id).ToArray();
        if (ids.Length == 0)
        {
            return;
        }

        await using var recount = new NpgsqlCommand(
            """
            UPDATE event_clusters c SET num_events = s.num_events, num_articles = s.num_articles, num_sources = s.num_sources
            FROM (
                SELECT e.cluster_id, COUNT(*) AS num_events, COUNT(DISTINCT e.article_id) AS num_articles,
                       COUNT(DISTINCT COALESCE(a.source, 'article:' || a.id)) AS num_sources
                FROM events e JOIN articles a ON a.id = e.article_id
                WHERE e.cluster_id = ANY (@ids)
                GROUP BY e.cluster_id
            ) AS s
            WHERE c.id = s.cluster_id
            """,
            connection);
        recount.Parameters.Add(new NpgsqlParameter<long[]>("ids", ids));
        await recount.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Clusters the events stored before clusters existed. One process at a time (a lock of its own), so two
    /// processes opening an upgraded database at once cannot cluster the same events twice.
    /// </summary>
    public static async Task BackfillAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (!await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "SELECT EXISTS (SELECT 1 FROM events WHERE cluster_id IS NULL)", cancellationToken: cancellationToken)))
        {
            return;
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_xact_lock(@lockClass, 0)", new { lockClass = LockClass }, transaction, cancellationToken: cancellationToken));
        var rows = (await connection.QueryAsync<UnclusteredRow>(new CommandDefinition(
            $"SELECT {ClusterSql.UnclusteredColumns}, to_char(event_date, 'YYYY-MM-DD') AS event_date FROM events WHERE cluster_id IS NULL",
            transaction: transaction,
            cancellationToken: cancellationToken))).ToList();
        if (rows.Count > 0)
        {
            var result = await AssignAsync(connection, rows.Select(row => row.ToPending()).ToList(), cancellationToken);
            await using var update = new NpgsqlCommand(
                "UPDATE events e SET cluster_id = u.cluster_id FROM unnest(@events, @clusters) AS u (id, cluster_id) WHERE e.id = u.id", connection);
            update.Parameters.Add(new NpgsqlParameter<string[]>("events", result.ByEvent.Keys.ToArray()));
            update.Parameters.Add(new NpgsqlParameter<long[]>("clusters", result.ByEvent.Values.Select(slot => slot.Id).ToArray()));
            await update.ExecuteNonQueryAsync(cancellationToken);
            await RecountAsync(connection, result, cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(DyadDaysSql.PostgresRebuild, transaction: transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
