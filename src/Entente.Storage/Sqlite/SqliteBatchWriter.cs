using Entente.Pipeline;
using Entente.Storage.Schema;
using Microsoft.Data.Sqlite;

namespace Entente.Storage.Sqlite;

/// <summary>Writes the extractions of one batch through prepared inserts, all inside the batch's transaction.</summary>
internal sealed class SqliteBatchWriter : IDisposable
{
    private readonly SqlitePreparedInsert<ArticleInsert> _articles;
    private readonly SqlitePreparedInsert<SentenceInsert> _sentences;
    private readonly SqlitePreparedInsert<MentionInsert> _mentions;
    private readonly SqlitePreparedInsert<EventInsert> _events;
    private readonly SqlitePreparedInsert<QuoteInsert> _quotes;
    private readonly SqliteClusterWriter _clusters;
    private readonly List<Extraction> _fresh = [];

    /// <summary>Prepares the inserts of every table.</summary>
    public SqliteBatchWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        // An article already stored, or met earlier in this batch, conflicts on its id and is left as it is.
        _articles = new(connection, transaction, StoreTables.Articles, "ON CONFLICT (id) DO NOTHING");
        _sentences = new(connection, transaction, StoreTables.Sentences);
        _mentions = new(connection, transaction, StoreTables.Mentions);
        _events = new(connection, transaction, StoreTables.Events);
        _quotes = new(connection, transaction, StoreTables.Quotes);
        _clusters = new(connection, transaction);
    }

    /// <summary>
    /// Writes one extraction but its events, which <see cref="WriteEventsAsync(CancellationToken)"/> writes for the whole batch at
    /// once; returns false, writing nothing, when its article is already stored.
    /// </summary>
    public async Task<bool> WriteAsync(Extraction extraction, DateTimeOffset ingestedAt, CancellationToken cancellationToken)
    {
        var article = extraction.Article;
        if (await _articles.ExecuteAsync(new ArticleInsert(article, ingestedAt), cancellationToken) == 0)
        {
            return false;
        }

        var id = article.Id;
        foreach (var sentence in extraction.Document.Sentences)
        {
            await _sentences.ExecuteAsync(new SentenceInsert(id, article.Text, sentence), cancellationToken);
        }

        for (var i = 0; i < extraction.Mentions.Count; i++)
        {
            await _mentions.ExecuteAsync(new MentionInsert(id, i, extraction.Mentions[i]), cancellationToken);
        }

        for (var i = 0; i < extraction.Quotes.Count; i++)
        {
            await _quotes.ExecuteAsync(new QuoteInsert(id, i, extraction.Quotes[i]), cancellationToken);
        }

        _fresh.Add(extraction);
        return true;
    }

    /// <summary>
    /// Assigns the events of the articles written so far to event clusters (joining stored clusters or making
    /// new ones, with their counts kept up to date) and writes the events with their cluster.
    /// </summary>
    public Task WriteEventsAsync(CancellationToken cancellationToken)
        => WriteEventsAsync(_clusters.AssignBatchAsync, cancellationToken);

    /// <summary>
    /// Writes the events of the articles written so far with the clusters <paramref name="cluster"/> gives them;
    /// it is called once with those articles and must have written the clusters (the events refer to them).
    /// </summary>
    public async Task WriteEventsAsync(
        Func<IReadOnlyList<Extraction>, CancellationToken, Task<ClusterAssigner.Result>> cluster, CancellationToken cancellationToken)
    {
        if (!_fresh.Any(extraction => extraction.Events.Count > 0))
        {
            _fresh.Clear();
            return;
        }

        var clusters = await cluster(_fresh, cancellationToken);
        foreach (var extraction in _fresh)
        {
            foreach (var coded in extraction.Events)
            {
                try
                {
                    await _events.ExecuteAsync(new EventInsert(extraction.Article.Id, coded, clusters.ByEvent[coded.Id].Id), cancellationToken);
                }
                catch (SqliteException exception)
                {
                    throw new EventStoreException($"{ExtractionChecks.Describe(extraction.Article)} could not be stored: {exception.Message}", exception);
                }
            }
        }

        _fresh.Clear();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _articles.Dispose();
        _sentences.Dispose();
        _mentions.Dispose();
        _events.Dispose();
        _quotes.Dispose();
        _clusters.Dispose();
    }
}
