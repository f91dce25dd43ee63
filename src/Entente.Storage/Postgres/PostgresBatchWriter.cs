using System.Globalization;
using System.Text.RegularExpressions;
using Entente.Documents;
using Entente.Pipeline;
using Entente.Storage.Schema;
using Npgsql;
using NpgsqlTypes;

namespace Entente.Storage.Postgres;

/// <summary>
/// Writes one batch of extractions inside the caller's transaction with binary COPY, the fastest way into
/// PostgreSQL: the articles go through a temporary table so that those already stored are skipped with
/// ON CONFLICT, and the rows of the new articles are copied straight into their tables.
/// </summary>
internal static partial class PostgresBatchWriter
{
    /// <summary>Stores the articles of <paramref name="batch"/> that are not stored yet, with everything extracted from them.</summary>
    /// <exception cref="EventStoreException">An extraction is inconsistent or a row was refused; the caller's transaction must be rolled back.</exception>
    public static Task<SaveResult> WriteAsync(
        NpgsqlConnection connection, IReadOnlyList<Extraction> batch, DateTimeOffset ingestedAt, CancellationToken cancellationToken)
        => WriteAsync(connection, batch, ingestedAt, PostgresClusterWriter.AssignBatchAsync, cancellationToken);

    /// <summary>
    /// Stores the articles of <paramref name="batch"/> that are not stored yet, giving their events the clusters
    /// <paramref name="cluster"/> returns; it is called once with the new articles, before their events are
    /// copied, and must have written the clusters (the events refer to them).
    /// </summary>
    /// <exception cref="EventStoreException">An extraction is inconsistent or a row was refused; the caller's transaction must be rolled back.</exception>
    public static async Task<SaveResult> WriteAsync(
        NpgsqlConnection connection,
        IReadOnlyList<Extraction> batch,
        DateTimeOffset ingestedAt,
        Func<NpgsqlConnection, IReadOnlyList<Extraction>, CancellationToken, Task<ClusterAssigner.Result>> cluster,
        CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unique = new List<Extraction>(batch.Count);
        foreach (var extraction in batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ExtractionChecks.Validate(extraction);
            if (seen.Add(extraction.Article.Id))
            {
                unique.Add(extraction);
            }
        }

        if (unique.Count == 0)
        {
            return new SaveResult(0, batch.Count, 0);
        }

        var added = await InsertArticlesAsync(connection, unique, ingestedAt, cancellationToken);
        var fresh = unique.Where(extraction => added.Contains(extraction.Article.Id)).ToList();
        await CopyAsync(
            connection,
            StoreTables.Sentences,
            fresh.SelectMany(e => e.Document.Sentences.Select(s => (new SentenceInsert(e.Article.Id, e.Article.Text, s), e.Article))),
            cancellationToken);
        await CopyAsync(
            connection,
            StoreTables.Mentions,
            fresh.SelectMany(e => e.Mentions.Select((m, i) => (new MentionInsert(e.Article.Id, i, m), e.Article))),
            cancellationToken);
        var clusters = await cluster(connection, fresh, cancellationToken);
        await CopyAsync(
            connection,
            StoreTables.Events,
            fresh.SelectMany(e => e.Events.Select(coded => (new EventInsert(e.Article.Id, coded, clusters.ByEvent[coded.Id].Id), e.Article))),
            cancellationToken);
        await CopyAsync(
            connection,
            StoreTables.Quotes,
            fresh.SelectMany(e => e.Quotes.Select((q, i) => (new QuoteInsert(e.Article.Id, i, q), e.Article))),
            cancellationToken);
        return new SaveResult(fresh.Count, batch.Count - fresh.Count, fresh.Sum(extraction => extraction.Events.Count));
    }

    /// <summary>Inserts the articles not stored yet and returns their ids.</summary>
    private static async Task<HashSet<string>> InsertArticlesAsync(
        NpgsqlConnection connection, List<Extraction> unique, DateTimeOffset ingestedAt, CancellationToken cancellationToken)
    {
        var columns = string.Join(", ", StoreTables.Articles.Columns.Select(column => column.Name));
        await using (var create = new NpgsqlCommand("CREATE TEMP TABLE article_batch (LIKE articles) ON COMMIT DROP", connection))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        // Sorted by id, so that concurrent batches sharing articles lock them in one order and cannot deadlock:
        // the second waits for the first to commit, then skips what it stored.
        await CopyAsync(
            connection,
            StoreTables.Articles with { Name = "article_batch" },
            unique.OrderBy(e => e.Article.Id, StringComparer.Ordinal).Select(e => (new ArticleInsert(e.Article, ingestedAt), e.Article)),
            cancellationToken);
        await using var insert = new NpgsqlCommand(
            $"""
            INSERT INTO articles ({columns})
            SELECT {columns} FROM article_batch ORDER BY id
            ON CONFLICT (id) DO NOTHING
            RETURNING id
            """,
            connection);
        var added = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await insert.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            added.Add(reader.GetString(0));
        }

        return added;
    }

    /// <summary>Copies rows into <paramref name="table"/>; a refused row is reported with the article it belongs to.</summary>
    public static async Task CopyAsync<T>(
        NpgsqlConnection connection, StoreTable<T> table, IEnumerable<(T Row, Article Article)> rows, CancellationToken cancellationToken)
    {
        var articles = new List<Article>();
        var copy = $"COPY {table.Name} ({string.Join(", ", table.Columns.Select(column => column.Name))}) FROM STDIN (FORMAT BINARY)";
        try
        {
            await using var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
            foreach (var (row, article) in rows)
            {
                articles.Add(article);
                await importer.StartRowAsync(cancellationToken);
                foreach (var column in table.Columns)
                {
                    await WriteAsync(importer, column.Value(row), cancellationToken);
                }
            }

            await importer.CompleteAsync(cancellationToken);
        }
        catch (PostgresException exception)
        {
            throw new EventStoreException($"{Culprit(exception, articles)} could not be stored: {exception.MessageText}", exception);
        }
    }

    // The value types of StoreColumn, each written as the column type the migrations give it.
    private static Task WriteAsync(NpgsqlBinaryImporter importer, object? value, CancellationToken cancellationToken) => value switch
    {
        null => importer.WriteNullAsync(cancellationToken),
        string text => importer.WriteAsync(text, NpgsqlDbType.Text, cancellationToken),
        int number => importer.WriteAsync(number, NpgsqlDbType.Integer, cancellationToken),
        long number => importer.WriteAsync(number, NpgsqlDbType.Bigint, cancellationToken),
        double number => importer.WriteAsync(number, NpgsqlDbType.Double, cancellationToken),
        bool flag => importer.WriteAsync(flag, NpgsqlDbType.Boolean, cancellationToken),
        DateOnly date => importer.WriteAsync(date, NpgsqlDbType.Date, cancellationToken),
        DateTimeOffset time => importer.WriteAsync(time.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken),
        _ => throw new InvalidOperationException($"No PostgreSQL type is set for stored values of type {value.GetType().Name}."),
    };

    /// <summary>The article whose row the server refused: COPY names the line (1-based) it was reading.</summary>
    private static string Culprit(PostgresException exception, List<Article> articles)
    {
        var line = CopyLine().Match(exception.Where ?? "");
        if (line.Success && int.TryParse(line.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= articles.Count)
        {
            return ExtractionChecks.Describe(articles[number - 1]);
        }

        var ids = articles.Select(article => article.Id).Distinct().ToList();
        return ids.Count == 1 ? ExtractionChecks.Describe(articles[0]) : $"One of articles {string.Join(", ", ids)}";
    }

    [GeneratedRegex(@"COPY \w+, line (\d+)")]
    private static partial Regex CopyLine();
}
