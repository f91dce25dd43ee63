namespace Entente.Storage.Schema;

/// <summary>Cluster statements of the SQLite store, one row at a time (PostgreSQL writes the same rows in batches with unnest).</summary>
internal static class ClusterSql
{
    /// <summary>Inserts a cluster with its counts (those of the batch that makes it) and returns its id.</summary>
    public const string Insert = """
        INSERT INTO event_clusters (cluster_key, source_key, target_key, root, quad_class, goldstein, event_date, place, factual,
                                    head_event_id, num_events, num_articles, num_sources)
        VALUES (@key, @sourceKey, @targetKey, @root, @quadClass, @goldstein, @date, @place, @factual, @head, @events, @articles, @sources)
        RETURNING id
        """;

    /// <summary>Adds a batch's reports, articles and newly counted sources to a cluster it joined.</summary>
    public const string AddCounts = """
        UPDATE event_clusters SET num_events = num_events + @events, num_articles = num_articles + @articles, num_sources = num_sources + @sources
        WHERE id = @id
        """;

    /// <summary>
    /// Whether a stored report of the cluster already counts for the source (the rule of <see cref="Recount"/>);
    /// it stops at the first such report.
    /// </summary>
    public const string SourceCounted = """
        SELECT EXISTS (
            SELECT 1 FROM events e JOIN articles a ON a.id = e.article_id
            WHERE e.cluster_id = @id AND COALESCE(a.source, 'article:' || a.id) = @source)
        """;

    /// <summary>Fills in the place of a cluster whose first reports did not know it.</summary>
    public const string SetPlace = "UPDATE event_clusters SET place = @place WHERE id = @id";

    /// <summary>
    /// Recounts a cluster from its stored reports (the backfill of events stored before clusters existed; a batch
    /// keeps its clusters' counts up to date with <see cref="ClusterCounts"/> instead). Sources are outlets; an article without one counts as its own
    /// source, so that unattributed reports are never merged into one outlet.
    /// </summary>
    public const string Recount = """
        UPDATE event_clusters SET (num_events, num_articles, num_sources) = (
            SELECT COUNT(*), COUNT(DISTINCT e.article_id), COUNT(DISTINCT COALESCE(a.source, 'article:' || a.id))
            FROM events e JOIN articles a ON a.id = e.article_id
            WHERE e.cluster_id = @id)
        WHERE id = @id
        """;

    /// <summary>The columns of an events row that clustering reads (for events stored before clusters existed).</summary>
    public const string UnclusteredColumns = """
        id, source_country, source_code, target_country, target_code, root, quad_class, goldstein,
        location_geonames_id, location_name, negated, modality
        """;
}

/// <summary>An events row as read for clustering by the backfill.</summary>
internal sealed class UnclusteredRow
{
    public string Id { get; set; } = "";
    public string? SourceCountry { get; set; }
    public string SourceCode { get; set; } = "";
    public string? TargetCountry { get; set; }
    public string? TargetCode { get; set; }
    public string Root { get; set; } = "";
    public long QuadClass { get; set; }
    public double Goldstein { get; set; }
    public string? EventDate { get; set; }
    public long? LocationGeonamesId { get; set; }
    public string? LocationName { get; set; }
    public bool Negated { get; set; }
    public string Modality { get; set; } = "";

    public PendingEvent ToPending() => PendingEvent.Of(
        Id, SourceCountry, SourceCode, TargetCountry, TargetCode, Root, StoredValues.Int(QuadClass), Goldstein,
        StoredValues.Date(EventDate), LocationGeonamesId, LocationName, Negated, Modality);
}

/// <summary>A cluster row as read when looking for clusters to join.</summary>
internal sealed class CandidateRow
{
    public long Id { get; set; }
    public string ClusterKey { get; set; } = "";
    public string EventDate { get; set; } = "";
    public string? Place { get; set; }

    public ClusterCandidate ToCandidate() => new(Id, ClusterKey, StoredValues.Date(EventDate)!.Value, Place);
}
