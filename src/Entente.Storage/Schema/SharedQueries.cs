namespace Entente.Storage.Schema;

/// <summary>SQL that reads the same on SQLite and PostgreSQL, kept once so the stores cannot drift apart.</summary>
internal static class SharedQueries
{
    /// <summary>
    /// One row per actor, keyed by code and name (a missing name grouped as '' because NULLs never compare
    /// equal); events counted distinct, so an actor that is both source and target of one event counts it once.
    /// </summary>
    public const string ActorSummaries = """
        WITH appearances AS (
            SELECT actor_code AS code, COALESCE(actor_name, '') AS name, actor_country AS country,
                   actor_sector AS sector, actor_kind AS kind, 1 AS mention, NULL AS event_id
            FROM mentions
            UNION ALL
            SELECT source_code, COALESCE(source_name, ''), source_country, source_sector, NULL, 0, id
            FROM events
            UNION ALL
            SELECT target_code, COALESCE(target_name, ''), target_country, target_sector, NULL, 0, id
            FROM events WHERE target_code IS NOT NULL
        )
        SELECT code, name, MAX(country) AS country, MAX(sector) AS sector, MAX(kind) AS kind,
               SUM(mention) AS mentions, COUNT(DISTINCT event_id) AS events
        FROM appearances
        GROUP BY code, name
        ORDER BY events DESC, mentions DESC, code, name
        """;

    /// <summary>The reports of one cluster (<c>@clusterId</c>), appended to a store's event select, in event order.</summary>
    public const string ClusterEventsFilter =
        "\nWHERE e.cluster_id = @clusterId\nORDER BY e.event_date NULLS LAST, e.article_id, e.sentence_index, e.trigger_start, e.id";
}
