using System.Globalization;
using System.Runtime.CompilerServices;
using Dapper;
using Entente.Events;
using Entente.Pipeline;
using Entente.Storage.Schema;
using Entente.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Entente.Storage;

/// <summary>
/// The event store in one SQLite file: WAL journal (readers never wait for the writer), a busy timeout (writers
/// from other processes wait their turn instead of failing), foreign keys enforced, and a versioned schema
/// brought up to date on open.
/// </summary>
/// <remarks>
/// Each batch is one transaction and nothing is written outside one, so a process killed at any moment leaves
/// every article either fully stored or absent; running the ingest again stores what is missing. Each call
/// takes its own pooled connection, so the store may be shared between threads.
/// </remarks>
public sealed class SqliteEventStore : IEventStore
{
    private const int BusyTimeoutMilliseconds = 30_000;

    private const string EventSelect = """
        SELECT e.*, a.title AS article_title, a.published_on AS article_published, a.url AS article_url,
               a.source AS article_source, a.ingested_at AS article_ingested_at,
               s.text AS sentence_text, s.start_char AS sentence_start,
               c.head_event_id AS cluster_head, c.num_events AS cluster_events, c.num_articles AS cluster_articles,
               c.num_sources AS cluster_sources
        FROM events e
        JOIN articles a ON a.id = e.article_id
        JOIN sentences s ON s.article_id = e.article_id AND s.sentence_index = e.sentence_index
        LEFT JOIN event_clusters c ON c.id = e.cluster_id
        """;

    private const string QuoteSelect = """
        SELECT q.*, a.title AS article_title, a.published_on AS article_published, a.url AS article_url,
               s.text AS sentence_text, s.start_char AS sentence_start
        FROM quotes q
        JOIN articles a ON a.id = q.article_id
        JOIN sentences s ON s.article_id = q.article_id AND s.sentence_index = q.sentence_index
        """;

    private readonly string _connectionString;
    private int _disposed;

    static SqliteEventStore() => SnakeCaseColumns.EnsureRegistered();

    private SqliteEventStore(string path, string connectionString)
    {
        Path = path;
        _connectionString = connectionString;
    }

    /// <summary>Full path of the database file.</summary>
    public string Path { get; }

    /// <summary>
    /// Opens the store at <paramref name="path"/>, creating the file (and its folder) when missing and upgrading
    /// an older schema.
    /// </summary>
    /// <exception cref="EventStoreException">The file is not a SQLite database, or was written by a newer Entente.</exception>
    public static Task<SqliteEventStore> OpenAsync(string path, CancellationToken cancellationToken = default)
        => OpenAsync(path, SqliteMigrations.All, cancellationToken);

    /// <summary>Opens the store with a given schema history (tests use a shorter one to make an older database).</summary>
    internal static async Task<SqliteEventStore> OpenAsync(string path, IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        if (System.IO.Path.GetDirectoryName(fullPath) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
        }.ToString();
        var store = new SqliteEventStore(fullPath, connectionString);
        try
        {
            await using var connection = await store.OpenConnectionAsync(cancellationToken);

            // WAL is a property of the file: set once here, it holds for every later connection and process.
            var journal = await connection.ExecuteScalarAsync<string>(new CommandDefinition("PRAGMA journal_mode = WAL", cancellationToken: cancellationToken));
            if (!string.Equals(journal, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new EventStoreException($"The event store {fullPath} could not switch to WAL journal mode (got \"{journal}\").");
            }

            await SqliteMigrator.ApplyAsync(connection, fullPath, migrations, cancellationToken);
            if (migrations.Any(step => step.Version == SqliteMigrations.ClustersVersion))
            {
                await SqliteClusterWriter.BackfillAsync(connection, cancellationToken);
            }

            return store;
        }
        catch (SqliteException exception)
        {
            await store.DisposeAsync();
            throw new EventStoreException($"Cannot open the event store {fullPath}: {exception.Message}", exception);
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<SaveResult> SaveBatchAsync(IReadOnlyList<Extraction> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var ingestedAt = DateTimeOffset.UtcNow;
        int added = 0, skipped = 0, events = 0;
        await using var connection = await OpenConnectionAsync(cancellationToken);

        // IMMEDIATE: take the write lock now, so a concurrent writer waits on the busy timeout here rather than
        // failing half-way when a read transaction would need upgrading.
        using var transaction = connection.BeginTransaction(deferred: false);
        using var writer = new SqliteBatchWriter(connection, transaction);
        foreach (var extraction in batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ExtractionChecks.Validate(extraction);
            bool written;
            try
            {
                written = await writer.WriteAsync(extraction, ingestedAt, cancellationToken);
            }
            catch (SqliteException exception)
            {
                throw new EventStoreException($"{ExtractionChecks.Describe(extraction.Article)} could not be stored: {exception.Message}", exception);
            }

            if (written)
            {
                added++;
                events += extraction.Events.Count;
            }
            else
            {
                skipped++;
            }
        }

        await writer.WriteEventsAsync(cancellationToken);

        // Leaving without this commit (an exception, a cancellation, a killed process) rolls the whole batch back.
        await transaction.CommitAsync(cancellationToken);
        return new SaveResult(added, skipped, events);
    }

    /// <inheritdoc />
    public async Task<bool> ContainsArticleAsync(string articleId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM articles WHERE id = @articleId", new { articleId }, cancellationToken: cancellationToken)) > 0;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredEvent>> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        CheckPage(query.Limit, query.Offset);
        var (where, parameters) = EventQueryFilter.Build(query, SqlDialect.Sqlite);
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
        var (where, parameters) = EventQueryFilter.Build(query, SqlDialect.Sqlite);
        var sql = $"""
            {EventSelect}
            {where}
            {EventQueryFilter.OrderBy(query)}
            """;
        await using var connection = await OpenConnectionAsync(cancellationToken);

        // One read transaction: the whole export comes from one snapshot, however long it takes and whatever
        // an ingest commits meanwhile (WAL lets that writer go on).
        using var transaction = connection.BeginTransaction(deferred: true);
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
        const string sql = """
            SELECT a.id, a.title, a.published_on, a.url, a.source, a.origin, a.ingested_at,
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

        // One read transaction: the article, its sentences and its quotes come from the same snapshot.
        using var transaction = connection.BeginTransaction(deferred: true);
        var article = await connection.QuerySingleOrDefaultAsync<ArticleRow>(new CommandDefinition(
            """
            SELECT a.*,
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
            "SELECT * FROM sentences WHERE article_id = @articleId ORDER BY sentence_index",
            new { articleId },
            transaction,
            cancellationToken: cancellationToken));
        var quotes = await connection.QueryAsync<QuoteRow>(new CommandDefinition(
            "SELECT * FROM quotes WHERE article_id = @articleId ORDER BY quote_index",
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
            "negated = 0",
            "modality IN (@asserted, @reported)",
        };
        var parameters = new DynamicParameters();
        parameters.Add("asserted", EnumText.From(Modality.Asserted));
        parameters.Add("reported", EnumText.From(Modality.Reported));
        parameters.Add("limit", limit);
        if (since is { } from)
        {
            parameters.Add("since", IsoDate(from));
            conditions.Add("event_date >= @since");
        }

        if (until is { } to)
        {
            parameters.Add("until", IsoDate(to));
            conditions.Add("event_date <= @until");
        }

        var sql = $"""
            SELECT CASE WHEN source_country <= target_country THEN source_country ELSE target_country END AS country_a,
                   CASE WHEN source_country <= target_country THEN target_country ELSE source_country END AS country_b,
                   COUNT(*) AS events,
                   SUM(CASE WHEN quad_class = 1 THEN 1 ELSE 0 END) AS verbal_cooperation,
                   SUM(CASE WHEN quad_class = 2 THEN 1 ELSE 0 END) AS material_cooperation,
                   SUM(CASE WHEN quad_class = 3 THEN 1 ELSE 0 END) AS verbal_conflict,
                   SUM(CASE WHEN quad_class = 4 THEN 1 ELSE 0 END) AS material_conflict,
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
                   OR q.speaker_actor_id = @speaker OR q.speaker_name = @speaker COLLATE NOCASE
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
        var ids = withClusterIds ? "cluster_ids" : "'' AS cluster_ids";

        // One primary-key range of dyad_days per direction, each read in key order (day, quad class), merged here:
        // a UNION ALL grouped in SQL sorted both ranges again, which was half the time of a busy dyad at 10M events.
        string Range(string source, string target) => $"""
            SELECT event_date, quad_class, events, reports, goldstein_sum, {ids} FROM dyad_days
            WHERE source_key = {source} AND target_key = {target}{dates}
            ORDER BY event_date, quad_class
            """;
        await using var connection = await OpenConnectionAsync(cancellationToken);

        // One read transaction: both directions from one snapshot.
        using var transaction = connection.BeginTransaction(deferred: true);
        var forward = (await connection.QueryAsync<DyadDayRow>(new CommandDefinition(
            Range("@first", "@second"), parameters, transaction, cancellationToken: cancellationToken))).ToList();
        if (directed || first.Trim() == second.Trim())
        {
            return forward.Select(row => row.ToDay()).ToList();
        }

        var backward = (await connection.QueryAsync<DyadDayRow>(new CommandDefinition(
            Range("@second", "@first"), parameters, transaction, cancellationToken: cancellationToken))).ToList();
        return DyadDayRow.Merge(forward, backward);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ClusterEdge>> ClusterEdgesAsync(DateOnly? since, DateOnly? until, CancellationToken cancellationToken = default)
    {
        var parameters = new DynamicParameters();
        var dates = DateConditions(parameters, since, until);
        var sql = $"""
            SELECT source_key, target_key,
                   SUM(CASE WHEN quad_class <= 2 THEN 1 ELSE 0 END) AS cooperation,
                   SUM(CASE WHEN quad_class >= 3 THEN 1 ELSE 0 END) AS conflict,
                   SUM(goldstein) AS goldstein_sum, SUM(num_events) AS reports, group_concat(id) AS cluster_ids
            FROM event_clusters
            WHERE factual = 1 AND target_key <> '' AND source_key <> target_key AND source_key NOT LIKE '---%' AND target_key NOT LIKE '---%'{dates}
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
        var query = SearchTerms.ToFts5(SearchTerms.Parse(text));
        const string sql = """
            SELECT s.article_id, a.title AS article_title, a.published_on AS article_published, a.url AS article_url,
                   s.sentence_index, s.start_char AS sentence_start, s.text AS sentence_text, -f.rank AS rank,
                   (SELECT group_concat(e.id) FROM events e
                    WHERE e.article_id = s.article_id AND e.sentence_index = s.sentence_index) AS event_ids
            FROM sentences_fts f
            JOIN sentences s ON s.rowid = f.rowid
            JOIN articles a ON a.id = s.article_id
            WHERE sentences_fts MATCH @query
            ORDER BY f.rank, s.article_id, s.sentence_index
            LIMIT @limit OFFSET @offset
            """;
        await using var connection = await OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<EvidenceRow>(new CommandDefinition(sql, new { query, limit, offset }, cancellationToken: cancellationToken));
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

    /// <summary>Releases the pooled connections, which also lets SQLite fold the WAL back into the database file.</summary>
    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            using var connection = new SqliteConnection(_connectionString);
            SqliteConnection.ClearPool(connection);
        }

        return ValueTask.CompletedTask;
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);

            // Per-connection settings. synchronous=NORMAL is safe with WAL against a killed process (a committed
            // batch survives); only a power loss may drop the last batches, which a re-run then stores again.
            await connection.ExecuteAsync(new CommandDefinition(
                $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds.ToString(CultureInfo.InvariantCulture)}; PRAGMA synchronous = NORMAL;",
                cancellationToken: cancellationToken));
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>" AND event_date …" conditions for the bounds given, with their parameters.</summary>
    private static string DateConditions(DynamicParameters parameters, DateOnly? since, DateOnly? until)
    {
        var sql = "";
        if (since is { } from)
        {
            parameters.Add("since", IsoDate(from));
            sql += " AND event_date >= @since";
        }

        if (until is { } to)
        {
            parameters.Add("until", IsoDate(to));
            sql += " AND event_date <= @until";
        }

        return sql;
    }

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void CheckPage(int limit, int offset)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
    }
}
