namespace Entente.Storage.Schema;

/// <summary>
/// The <c>dyad_days</c> table: per (source, target, day, quad class), the factual dated clusters — how many, their
/// reports, their Goldstein sum and their ids — which is what a dyad timeline reads. Kept up to date by the batch
/// writers (a new cluster adds a row or joins one; a joined cluster adds its new reports) and rebuilt from the
/// clusters by the migration that adds it, the backfill and the bulk import. Cluster ids are in no set order; readers sort them.
/// </summary>
internal static class DyadDaysSql
{
    /// <summary>Recomputes the whole table from the clusters (SQLite).</summary>
    public const string SqliteRebuild = """
        DELETE FROM dyad_days;
        INSERT INTO dyad_days (source_key, target_key, event_date, quad_class, events, reports, goldstein_sum, cluster_ids)
        SELECT source_key, target_key, event_date, quad_class, COUNT(*), SUM(num_events), SUM(goldstein), group_concat(id)
        FROM event_clusters
        WHERE factual = 1 AND event_date IS NOT NULL AND target_key <> ''
        GROUP BY source_key, target_key, event_date, quad_class;
        """;

    /// <summary>Recomputes the whole table from the clusters (PostgreSQL).</summary>
    public const string PostgresRebuild = """
        DELETE FROM dyad_days;
        INSERT INTO dyad_days (source_key, target_key, event_date, quad_class, events, reports, goldstein_sum, cluster_ids)
        SELECT source_key, target_key, event_date, quad_class, COUNT(*), SUM(num_events), SUM(goldstein), string_agg(id::text, ',' ORDER BY id)
        FROM event_clusters
        WHERE factual AND event_date IS NOT NULL AND target_key <> ''
        GROUP BY source_key, target_key, event_date, quad_class;
        """;

    /// <summary>Adds a new cluster (SQLite; the caller skips those that are not factual, dated and two-sided).</summary>
    public const string SqliteAddCluster = """
        INSERT INTO dyad_days (source_key, target_key, event_date, quad_class, events, reports, goldstein_sum, cluster_ids)
        VALUES (@source, @target, @date, @quad, 1, @reports, @goldstein, @id)
        ON CONFLICT (source_key, target_key, event_date, quad_class) DO UPDATE SET
            events = events + 1, reports = reports + excluded.reports, goldstein_sum = goldstein_sum + excluded.goldstein_sum,
            cluster_ids = cluster_ids || ',' || excluded.cluster_ids
        """;

    /// <summary>Adds a joined cluster's new reports to its day, when it is on one (SQLite).</summary>
    public const string SqliteAddReports = """
        UPDATE dyad_days SET reports = reports + @reports
        WHERE (source_key, target_key, event_date, quad_class) = (
            SELECT source_key, target_key, event_date, quad_class FROM event_clusters
            WHERE id = @id AND factual = 1 AND event_date IS NOT NULL AND target_key <> '')
        """;

    /// <summary>
    /// Adds a batch's new clusters and the new reports of the clusters it joined (PostgreSQL), in one statement
    /// that locks the rows in key order, so that concurrent batches sharing days never wait on each other in a cycle.
    /// </summary>
    public const string PostgresAdd = """
        WITH changes (source_key, target_key, event_date, quad_class, events, reports, goldstein, id) AS (
            SELECT u.source_key, u.target_key, u.event_date, u.quad_class, 1, u.reports, u.goldstein, u.id
            FROM unnest(@sources, @targets, @dates, @quads, @reports, @goldsteins, @ids)
                AS u (source_key, target_key, event_date, quad_class, reports, goldstein, id)
            UNION ALL
            SELECT c.source_key, c.target_key, c.event_date, c.quad_class, 0, j.reports, 0, NULL
            FROM unnest(@joinedIds, @joinedReports) AS j (id, reports)
            JOIN event_clusters c ON c.id = j.id
            WHERE c.factual AND c.event_date IS NOT NULL AND c.target_key <> ''
        )
        INSERT INTO dyad_days AS d (source_key, target_key, event_date, quad_class, events, reports, goldstein_sum, cluster_ids)
        SELECT source_key, target_key, event_date, quad_class, SUM(events), SUM(reports), SUM(goldstein),
               COALESCE(string_agg(id::text, ',' ORDER BY id), '')
        FROM changes
        GROUP BY source_key, target_key, event_date, quad_class
        ORDER BY source_key, target_key, event_date, quad_class
        ON CONFLICT (source_key, target_key, event_date, quad_class) DO UPDATE SET
            events = d.events + excluded.events, reports = d.reports + excluded.reports,
            goldstein_sum = d.goldstein_sum + excluded.goldstein_sum,
            cluster_ids = CASE WHEN excluded.cluster_ids = '' THEN d.cluster_ids ELSE d.cluster_ids || ',' || excluded.cluster_ids END
        """;

    /// <summary>Whether a cluster headed by <paramref name="head"/> is on a dyad day.</summary>
    public static bool OnDyadDay(PendingEvent head) => head.Factual && head.Date is not null && head.TargetKey.Length > 0;
}
