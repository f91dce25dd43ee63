using Entente.Pipeline;

namespace Entente.Storage;

/// <summary>
/// Where extractions are kept and read back: articles with their sentences, actor mentions, coded events and
/// quotes. Every implementation (SQLite today, PostgreSQL next) passes the same store tests.
/// </summary>
/// <remarks>
/// Articles are identified by their content hash (<see cref="Documents.Article.Id"/>), so saving is idempotent:
/// an ingest interrupted at any point can be run again over the same input without loss or doubling.
/// Implementations are safe to call from several threads at once.
/// </remarks>
public interface IEventStore : IAsyncDisposable
{
    /// <summary>
    /// Stores a batch of extractions in one transaction: either the whole batch is stored or none of it.
    /// An article whose id is already stored, or that appeared earlier in the same batch, is skipped.
    /// </summary>
    /// <exception cref="EventStoreException">An extraction is inconsistent or the database refused a row; nothing of the batch is stored.</exception>
    Task<SaveResult> SaveBatchAsync(IReadOnlyList<Extraction> batch, CancellationToken cancellationToken = default);

    /// <summary>True when an article with this id is stored.</summary>
    Task<bool> ContainsArticleAsync(string articleId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Events matching <paramref name="query"/>, ordered by event date (undated last; newest first when
    /// <see cref="EventQuery.NewestFirst"/>), article, sentence and trigger position.
    /// </summary>
    Task<IReadOnlyList<StoredEvent>> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every event matching the filters of <paramref name="query"/> (its <see cref="EventQuery.Limit"/> and
    /// <see cref="EventQuery.Offset"/> are not applied), in the order of <see cref="QueryEventsAsync"/>, read one
    /// row at a time from a single snapshot so that exports of millions of events keep memory flat. The
    /// enumeration holds a connection open until it ends or is disposed.
    /// </summary>
    IAsyncEnumerable<StoredEvent> StreamEventsAsync(EventQuery query, CancellationToken cancellationToken = default);

    /// <summary>One event by its id, or null when no such event is stored.</summary>
    Task<StoredEvent?> GetEventAsync(string eventId, CancellationToken cancellationToken = default);

    /// <summary>
    /// One row per actor (code and name) seen in mentions or events, with how often it was mentioned and in how
    /// many events it was source or target; most active first.
    /// </summary>
    Task<IReadOnlyList<ActorSummary>> ListActorsAsync(CancellationToken cancellationToken = default);

    /// <summary>A page of stored articles, newest publication date first (undated last).</summary>
    Task<IReadOnlyList<ArticleSummary>> ListArticlesAsync(int limit, int offset, CancellationToken cancellationToken = default);

    /// <summary>One article with its sentences and quotes, or null when no such article is stored.</summary>
    Task<StoredArticle?> GetArticleAsync(string articleId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The country pairs (unordered) with the most events between them, with counts per quad class and Goldstein
    /// totals. Only events that the text says took place count: not negated, modality asserted or reported, both
    /// sides with a country. <paramref name="since"/> and <paramref name="until"/> bound the event date, inclusive.
    /// </summary>
    Task<IReadOnlyList<DyadSummary>> TopDyadsAsync(int limit, DateOnly? since, DateOnly? until, CancellationToken cancellationToken = default);

    /// <summary>
    /// Quotes, optionally only those of one speaker (an actor code prefix such as "RUS", an actor id, or a name,
    /// case-insensitive), ordered by article publication date, article and position.
    /// </summary>
    Task<IReadOnlyList<StoredQuote>> QueryQuotesAsync(string? speaker, int limit = 100, int offset = 0, CancellationToken cancellationToken = default);

    /// <summary>How many rows of each kind the store holds.</summary>
    Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Per day and quad class, the event clusters between two cluster sides (countries such as "RUS" and "IRN",
    /// or codes of actors without a country; see <see cref="EventClusters.SideKey"/>), ordered by date then
    /// quad class. Only clusters of events that took place count (not negated, asserted or reported), each once
    /// whatever the number of its reports. Undirected unless <paramref name="directed"/> (then first → second).
    /// </summary>
    /// <remarks>
    /// Reads the <c>dyad_days</c> table kept on write; the dyad timelines are built from it. Without
    /// <paramref name="withClusterIds"/> every day's <see cref="DyadDay.ClusterIds"/> is empty: a timeline drawn from
    /// counts alone skips reading and sorting thousands of ids per busy dyad, and finds a number's evidence later
    /// through <see cref="QueryEventsAsync"/> (the dyad, the day and the quad class).
    /// </remarks>
    Task<IReadOnlyList<DyadDay>> DyadDailyAsync(string first, string second, DateOnly? since, DateOnly? until, bool directed = false, bool withClusterIds = true, CancellationToken cancellationToken = default);

    /// <summary>
    /// The directed relations between cluster sides over a period: cooperation and conflict clusters per
    /// (source, target) with Goldstein totals, domestic pairs and one-sided events left out. Same counting rules
    /// as <see cref="DyadDailyAsync"/>.
    /// </summary>
    Task<IReadOnlyList<ClusterEdge>> ClusterEdgesAsync(DateOnly? since, DateOnly? until, CancellationToken cancellationToken = default);

    /// <summary>Every stored report of one event cluster, in the order of <see cref="QueryEventsAsync"/>; empty for an unknown id.</summary>
    Task<IReadOnlyList<StoredEvent>> GetClusterEventsAsync(long clusterId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Full-text search over article sentences (the evidence of events): words of <paramref name="text"/> must
    /// all occur (stemmed, case-insensitive); a phrase in double quotes must occur as written. Best match first.
    /// </summary>
    /// <exception cref="ArgumentException">The text holds no word to search for.</exception>
    Task<IReadOnlyList<EvidenceHit>> SearchEvidenceAsync(string text, int limit = 50, int offset = 0, CancellationToken cancellationToken = default);
}
