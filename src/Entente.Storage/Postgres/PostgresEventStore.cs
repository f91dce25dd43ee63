using System.Data;
using System.Runtime.CompilerServices;
using Dapper;
using Entente.Documents;
using Entente.Events;
using Entente.Pipeline;
using Entente.Storage.Schema;
using Npgsql;

namespace Entente.Storage.Postgres;

/// <summary>
/// The event store in a PostgreSQL database: the same tables, queries and results as the SQLite store, plus a
/// shared ingest queue (<see cref="IArticleQueue"/>) so that several ingest processes can work on one database.
/// </summary>
/// <remarks>
/// Each batch is one transaction written with binary COPY, so a process killed at any moment leaves every
/// article either fully stored or absent. Connections come from a pool owned by the store, so the store may be
/// shared between threads; disposing it closes the pool.
/// </remarks>
public sealed class PostgresEventStore : IEventStore, IArticleQueue
{
    private static readonly string EventSelect = $"""
        SELECT {PostgresColumns.Of(StoreTables.Events, "e")},
               a.title AS article_title, {PostgresColumns.Read("a", "published_on", "article_published")}, a.url AS article_url,
               a.source AS article_source, {PostgresColumns.Read("a", "ingested_at", "article_ingested_at")},
               s.text AS sentence_text, s.start_char AS sentence_start,
               c.head_event_id AS cluster_head, c.num_events AS cluster_events, c.num_articles AS cluster_articles,
               c.num_sources AS cluster_sources
        FROM events e
        JOIN articles a ON a.id = e.article_id
        JOIN sentences s ON s.article_id = e.article_id AND s.sentence_index = e.sentence_index
        LEFT JOIN event_clusters c ON c.id = e.cluster_id
        """;

    private static readonly string QuoteSelect = $"""
        SELECT {PostgresColumns.Of(StoreTables.Quotes, "q")},
               a.title AS article_title, {PostgresColumns.Read("a", "published_on", "article_published")}, a.url AS article_url,
               s.text AS sentence_text, s.start_char AS sentence_start
        FROM quotes q
        JOIN articles a ON a.id = q.article_id
        JOIN sentences s ON s.article_id = q.article_id AND s.sentence_index = q.sentence_index
        """;

    private readonly NpgsqlDataSource _dataSource;
    private int _disposed;

    static PostgresEventStore() => SnakeCaseColumns.EnsureRegistered();

    private PostgresEventStore(NpgsqlDataSource dataSource, string location)
    {
        _dataSource = dataSource;
        Location = location;
    }

    /// <summary>The database as a URL without the password ("postgres://entente@db:5432/events"), for messages.</summary>
    public string Location { get; }

    /// <summary>
    /// Opens the store in the database named by <paramref name="spec"/>, a URL ("postgres://user:password@host:port/database",
    /// "postgresql://…") or an Npgsql connection string ("Host=…;Database=…"), creating the tables of an empty
    /// database and upgrading an older schema. The database itself must exist.
    /// </summary>
    /// <exception cref="ArgumentException">The spec is not a valid URL or connection string.</exception>
    /// <exception cref="EventStoreException">The server cannot be reached or refused the login, or the schema is newer than this code.</exception>
    public static Task<PostgresEventStore> OpenAsync(string spec, CancellationToken cancellationToken = default)
        => OpenAsync(spec, PostgresMigrations.All, cancellationToken);

    /// <summary>Opens the store with a given schema history (tests use a shorter one to make an older database).</summary>
    internal static async Task<PostgresEventStore> OpenAsync(string spec, IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        var settings = PostgresConnectionStrings.Parse(spec);
        var location = PostgresConnectionStrings.Describe(settings);
        var store = new PostgresEventStore(NpgsqlDataSource.Create(settings), location);
        try
        {
            await PostgresMigrator.ApplyAsync(store._dataSource, location, migrations, cancellationToken);
            if (migrations.Any(step => step.Version == PostgresMigrations.ClustersVersion))
            {
                await PostgresClusterWriter.BackfillAsync(store._dataSource, cancellationToken);
            }

            return store;
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            await store.DisposeAsync();
            throw new EventStoreException($"Cannot open the event store {location}: {exception.Message}", exception);
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public Task<SaveResult> SaveBatchAsync(IReadOnlyList<Extraction> batch, CancellationToken cancellationToken = default)
        => SaveAsync(batch, dequeue: false, cancellationToken);

    /// <inheritdoc />
    public async Task<bool> ContainsArticleAsync(string articleId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM articles WHERE id = @articleId)", new { articleId }, cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredEvent>> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        CheckPage(query.Limit, query.Offset);
        var (where, parameters) = EventQueryFilter.Build(query, SqlDialect.Postgres);
        var sql = $"""
            {EventSelect}
            {where}
            {EventQueryFilter.OrderBy(query)}
            LIMIT @limit OFFSET @offset
            """;
        await using var connection = await OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<EventRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToStoredEvent()).ToList();
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredEvent> StreamEventsAsync(EventQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (where, parameters) = EventQueryFilter.Build(query, SqlDialect.Postgres);
        var sql = $"""
            {EventSelect}
            {where}
            {EventQueryFilter.OrderBy(query)}
            """;
        await using var connection = await OpenConnectionAsync(cancellationToken);

        // REPEATABLE READ: the whole export comes from one snapshot while ingests go on committing. Npgsql reads
        // rows off the socket as they come, so the client holds one row at a time, never the result set.
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await foreach (var row in EventRowStream.ReadAsync(connection, transaction, sql, parameters, cancellationToken))
        {
            yield return row.ToStoredEvent();
        }
    }

    /// <inheritdoc />
    public async Task<StoredEvent?> GetEventAsync(string eventId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<EventRow>(new CommandDefinition(
            EventSelect + "\nWHERE e.id = @eventId", new { eventId }, cancellationToken: cancellationToken));
        return row?.ToStoredEvent();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ActorSummary>> ListActorsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<ActorRow>(new CommandDefinition(SharedQueries.ActorSummaries, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToSummary()).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ArticleSummary>> ListArticlesAsync(int limit, int offset, CancellationToken cancellationToken = default)
    {
        CheckPage(limit, offset);
        var sql = $"""
            SELECT a.id, a.title, {PostgresColumns.Read("a", "published_on", "published_on")}, a.url, a.source, a.origin,
                   {PostgresColumns.Read("a", "ingested_at", "ingested_at")},
                   (SELECT COUNT(*) FROM sentences s WHERE s.article_id = a.id) AS sentences,
                   (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS events,
                   (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id) AS quotes
            FROM articles a
            ORDER BY a.published_on DESC NULLS LAST, a.id
            LIMIT @limit OFFSET @offset
            """;
        await using var connection = await OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<ArticleRow>(new CommandDefinition(sql, new { limit, offset }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToSummary()).ToList();
    }

    /// <inheritdoc />
    public async Task<StoredArticle?> GetArticleAsync(string articleId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        await using var connection = await OpenConnectionAsync(cancellationToken);

        // One snapshot: the article, its sentences and its quotes are read as of the same moment.
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var article = await connection.QuerySingleOrDefaultAsync<ArticleRow>(new CommandDefinition(
            $"""
            SELECT {PostgresColumns.Of(StoreTables.Articles, "a")},
                   (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS events,
                   (SELECT COUNT(*) FROM mentions m WHERE m.article_id = a.id) AS mentions
            FROM articles a WHERE a.id = @articleId
            """,
            new { articleId },
            transaction,
            cancellationToken: cancellationToken));
        if (article is null)
        {
            return null;
        }

        var sentences = await connection.QueryAsync<SentenceRow>(new CommandDefinition(
            $"SELECT {PostgresColumns.Of(StoreTables.Sentences, "s")} FROM sentences s WHERE s.article_id = @articleId ORDER BY s.sentence_index",
            new { articleId },
            transaction,
            cancellationToken: cancellationToken));
        var quotes = await connection.QueryAsync<QuoteRow>(new CommandDefinition(
            $"SELECT {PostgresColumns.Of(StoreTables.Quotes, "q")} FROM quotes q WHERE q.article_id = @articleId ORDER BY q.quote_index",
            new { articleId },
            transaction,
            cancellationToken: cancellationToken));
        return new StoredArticle(
            article.ToArticle(),
            StoredValues.Time(article.IngestedAt),
            sentences.Select(row => row.ToStoredSentence()).ToList(),
            StoredValues.Int(article.Events),
            StoredValues.Int(article.Mentions),
            quotes.Select(row => row.ToQuote()).ToList());
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DyadSummary>> TopDyadsAsync(int limit, DateOnly? since, DateOnly? until, CancellationToken cancellationToken = default)
    {
        CheckPage(limit, 0);
        var conditions = new List<string>
        {
            "source_country IS NOT NULL",
            "target_country IS NOT NULL",
            "NOT negated",
            "modality IN (@asserted, @reported)",
        };
        var parameters = new DynamicParameters();
        parameters.Add("asserted", EnumText.From(Modality.Asserted));
        parameters.Add("reported", EnumText.From(Modality.Reported));
        parameters.Add("limit", limit);
        if (since is { } from)
        {
            parameters.Add("since", from.ToDateTime(TimeOnly.MinValue), DbType.Date);
            conditions.Add("event_date >= @since");
        }

        if (until is { } to)
        {
            parameters.Add("until", to.ToDateTime(TimeOnly.MinValue), DbType.Date);
            conditions.Add("event_date <= @until");
        }

        var sql = $"""
            SELECT CASE WHEN source_country <= target_country THEN source_country ELSE target_country END AS country_a,
                   CASE WHEN source_country <= target_country THEN target_country ELSE source_country END AS country_b,
                   COUNT(*) AS events,
                   COUNT(*) FILTER (WHERE quad_class = 1) AS verbal_cooperation,
                   COUNT(*) FILTER (WHERE quad_class = 2) AS material_cooperation,
                   COUNT(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
                   COUNT(*) FILTER (WHERE quad_class = 4) AS material_conflict,
                   SUM(goldstein) AS goldstein_sum,
                   AVG(goldstein) AS goldstein_mean,
                   COUNT(DISTINCT article_id) AS articles
            FROM events
            WHERE {string.Join("\n  AND ", conditions)}
            GROUP BY country_a, country_b
            ORDER BY events DESC, country_a, country_b
            LIMIT @limit
            """;
        await using var connection = await OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<DyadRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToSummary()).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredQuote>> QueryQuotesAsync(string? speaker, int limit = 100, int offset = 0, CancellationToken cancellationToken = default)
    {
        CheckPage(limit, offset);
        var parameters = new DynamicParameters();
        parameters.Add("limit", limit);
        parameters.Add("offset", offset);
        var where = "";
        if (!string.IsNullOrWhiteSpace(speaker))
        {
            var name = speaker.Trim();
            var codes = PrefixRange.Of(name);
            parameters.Add("speaker", name);
            parameters.Add("speakerFrom", codes.From);
            parameters.Add("speakerBefore", codes.Before);
            where = """
                WHERE (q.speaker_code >= @speakerFrom AND q.speaker_code < @speakerBefore)
                   OR q.speaker_actor_id = @speaker OR lower(q.speaker_name) = lower(@speaker)
                """;
        }

        var sql = $"""
            {QuoteSelect}
            {where}
            ORDER BY a.published_on NULLS LAST, q.article_id, q.quote_index
            LIMIT @limit OFFSET @offset
            """;
        await using var connection = await OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<QuoteRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToStoredQuote()).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DyadDay>> DyadDailyAsync(
        string first, string second, DateOnly? since, DateOnly? until, bool directed = false, bool withClusterIds = true, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(first);
        ArgumentException.ThrowIfNullOrWhiteSpace(second);
        var parameters = new DynamicParameters(new { first = first.Trim(), second = second.Trim() });
        var dates = DateConditions(parameters, since, until);
        var ids = withClusterIds ? "string_agg(cluster_ids, ',')" : "''";
        var pair = directed || first.Trim() == second.Trim()
            ? "source_key = @first AND target_key = @second"
            : "((source_key = @first AND target_key = @second) OR (source_key = @second AND target_key = @first))";
        var sql = $"""
            SELECT to_char(event_date, 'YYYY-MM-DD') AS event_date, quad_class, SUM(events) AS events, SUM(reports) AS reports,
                   SUM(goldstein_sum) AS goldstein_sum, {ids} AS cluster_ids
            FROM dyad_days
            WHERE {pair}{dates}
            GROUP BY event_date, quad_class
            ORDER BY event_date, quad_class
            """;
        await using var connection = await OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<DyadDayRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToDay()).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ClusterEdge>> ClusterEdgesAsync(DateOnly? since, DateOnly? until, CancellationToken cancellationToken = default)
    {
        var parameters = new DynamicParameters();
        var dates = DateConditions(parameters, since, until);
        var sql = $"""
            SELECT source_key, target_key,
                   COUNT(*) FILTER (WHERE quad_class <= 2) AS cooperation,
                   COUNT(*) FILTER (WHERE quad_class >= 3) AS conflict,
                   SUM(goldstein) AS goldstein_sum, SUM(num_events) AS reports, string_agg(id::text, ',' ORDER BY id) AS cluster_ids
            FROM event_clusters
            WHERE factual AND target_key <> '' AND source_key <> target_key AND source_key NOT LIKE '---%' AND target_key NOT LIKE '---%'{dates}
            GROUP BY source_key, target_key
            ORDER BY source_key, target_key
            """;
        await using var connection = await OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<ClusterEdgeRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToEdge()).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredEvent>> GetClusterEventsAsync(long clusterId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<EventRow>(new CommandDefinition(
            EventSelect + SharedQueries.ClusterEventsFilter,
            new { clusterId },
            cancellationToken: cancellationToken));
        return rows.Select(row => row.ToStoredEvent()).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<EvidenceHit>> SearchEvidenceAsync(string text, int limit = 50, int offset = 0, CancellationToken cancellationToken = default)
    {
        CheckPage(limit, offset);
        var terms = SearchTerms.Parse(text);
        var parameters = new DynamicParameters(new { limit, offset });
        for (var i = 0; i < terms.Count; i++)
        {
            parameters.Add($"term{i}", terms[i]);
        }

        // Every term a phrase query (a single word is a one-word phrase), all required: the same meaning as the
        // FTS5 query of the SQLite store, with English stemming on both.
        var query = string.Join(" && ", terms.Select((_, i) => $"phraseto_tsquery('english', @term{i})"));
        var sql = $"""
            SELECT s.article_id, a.title AS article_title, {PostgresColumns.Read("a", "published_on", "article_published")}, a.url AS article_url,
                   s.sentence_index, s.start_char AS sentence_start, s.text AS sentence_text, ts_rank(s.search, q.query) AS rank,
                   (SELECT string_agg(e.id, ',') FROM events e
                    WHERE e.article_id = s.article_id AND e.sentence_index = s.sentence_index) AS event_ids
            FROM (SELECT {query} AS query) q
            JOIN sentences s ON s.search @@ q.query
            JOIN articles a ON a.id = s.article_id
            ORDER BY rank DESC, s.article_id, s.sentence_index
            LIMIT @limit OFFSET @offset
            """;
        await using var connection = await OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<EvidenceRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToHit()).ToList();
    }

    /// <inheritdoc />
    public async Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        const string sql = """
            SELECT (SELECT COUNT(*) FROM articles) AS articles,
                   (SELECT COUNT(*) FROM sentences) AS sentences,
                   (SELECT COUNT(*) FROM events) AS events,
                   (SELECT COUNT(*) FROM mentions) AS mentions,
                   (SELECT COUNT(*) FROM quotes) AS quotes
            """;
        await using var connection = await OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<StatsRow>(new CommandDefinition(sql, cancellationToken: cancellationToken));
        return row.ToStats();
    }

    /// <inheritdoc />
    public async Task<int> EnqueueAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unique = articles.Where(article => seen.Add(article.Id)).OrderBy(article => article.Id, StringComparer.Ordinal).ToList();
        if (unique.Count == 0)
        {
            return 0;
        }

        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO ingest_queue (article_id, title, text, published_on, url, source, origin)
            SELECT u.* FROM unnest(@ids, @titles, @texts, @published, @urls, @sources, @origins)
                AS u (article_id, title, text, published_on, url, source, origin)
            WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = u.article_id)
            ON CONFLICT (article_id) DO NOTHING
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter<string[]>("ids", unique.Select(a => a.Id).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string?[]>("titles", unique.Select(a => a.Title).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("texts", unique.Select(a => a.Text).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<DateOnly?[]>("published", unique.Select(a => a.PublishedOn).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string?[]>("urls", unique.Select(a => a.Url).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string?[]>("sources", unique.Select(a => a.Source).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string?[]>("origins", unique.Select(a => a.Origin).ToArray()));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Article>> ClaimAsync(int max, string worker, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(worker);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);

        // SKIP LOCKED: rows another worker is claiming right now are passed over rather than waited for, and a
        // row claimed and committed meanwhile is re-checked against the WHERE clause, so no row is handed out twice.
        var sql = $"""
            WITH next AS (
                SELECT article_id FROM ingest_queue
                WHERE lease_until IS NULL OR lease_until < clock_timestamp()
                ORDER BY enqueued_at, article_id
                LIMIT @max
                FOR UPDATE SKIP LOCKED
            ), claimed AS (
                UPDATE ingest_queue q
                SET claimed_by = @worker, claimed_at = clock_timestamp(),
                    lease_until = clock_timestamp() + make_interval(secs => @leaseSeconds), attempts = q.attempts + 1
                FROM next
                WHERE q.article_id = next.article_id
                RETURNING q.article_id AS id, q.title, q.text, {PostgresColumns.Read("q", "published_on", "published")},
                          q.url, q.source, q.origin, q.enqueued_at
            )
            SELECT id, title, text, published, url, source, origin FROM claimed ORDER BY enqueued_at, id
            """;
        await using var connection = await OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<QueuedArticleRow>(new CommandDefinition(
            sql, new { max, worker, leaseSeconds = lease.TotalSeconds }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToArticle()).ToList();
    }

    /// <inheritdoc />
    public Task<SaveResult> CompleteAsync(IReadOnlyList<Extraction> batch, CancellationToken cancellationToken = default)
        => SaveAsync(batch, dequeue: true, cancellationToken);

    /// <inheritdoc />
    public async Task<int> ReleaseAsync(IReadOnlyList<string> articleIds, string worker, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        ArgumentException.ThrowIfNullOrWhiteSpace(worker);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            UPDATE ingest_queue SET claimed_by = NULL, claimed_at = NULL, lease_until = NULL
            WHERE article_id = ANY (@ids) AND claimed_by = @worker
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter<string[]>("ids", articleIds.ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string>("worker", worker));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> RenewAsync(IReadOnlyList<string> articleIds, string worker, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        ArgumentException.ThrowIfNullOrWhiteSpace(worker);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            UPDATE ingest_queue SET lease_until = clock_timestamp() + make_interval(secs => @leaseSeconds)
            WHERE article_id = ANY (@ids) AND claimed_by = @worker
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter<string[]>("ids", articleIds.ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string>("worker", worker));
        command.Parameters.Add(new NpgsqlParameter<double>("leaseSeconds", lease.TotalSeconds));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> CountPendingAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT COUNT(*)::integer FROM ingest_queue", cancellationToken: cancellationToken));
    }

    /// <summary>Closes the pooled connections.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await _dataSource.DisposeAsync();
        }
    }

    private async Task<SaveResult> SaveAsync(IReadOnlyList<Extraction> batch, bool dequeue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        cancellationToken.ThrowIfCancellationRequested();
        var ingestedAt = DateTimeOffset.UtcNow;
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await PostgresBatchWriter.WriteAsync(connection, batch, ingestedAt, cancellationToken);
        if (dequeue && batch.Count > 0)
        {
            // In the transaction of the save: an article leaves the queue exactly when its extraction is stored
            // (or found stored already, when a worker whose lease ran out finished it first).
            await using var delete = new NpgsqlCommand("DELETE FROM ingest_queue WHERE article_id = ANY (@ids)", connection);
            delete.Parameters.Add(new NpgsqlParameter<string[]>("ids", batch.Select(extraction => extraction.Article.Id).Distinct().ToArray()));
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        // Leaving without this commit (an exception, a cancellation, a killed process) rolls the whole batch back.
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private async Task<NpgsqlConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        return await _dataSource.OpenConnectionAsync(cancellationToken);
    }

    /// <summary>" AND event_date …" conditions for the bounds given, with their parameters.</summary>
    private static string DateConditions(DynamicParameters parameters, DateOnly? since, DateOnly? until)
    {
        var sql = "";
        if (since is { } from)
        {
            parameters.Add("since", from.ToDateTime(TimeOnly.MinValue), DbType.Date);
            sql += " AND event_date >= @since";
        }

        if (until is { } to)
        {
            parameters.Add("until", to.ToDateTime(TimeOnly.MinValue), DbType.Date);
            sql += " AND event_date <= @until";
        }

        return sql;
    }

    private static void CheckPage(int limit, int offset)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
    }
}
