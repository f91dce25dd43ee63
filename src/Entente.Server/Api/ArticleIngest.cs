using System.Globalization;
using Entente.Documents;
using Entente.Pipeline;
using Entente.Storage;

namespace Entente.Server.Api;

/// <summary>
/// Codes posted articles with the pipeline and stores them in one batch. The pipeline is built on first use
/// (loading the models takes seconds) and coding runs at most one article per core at a time, so a burst of
/// posts queues rather than starving the readers.
/// </summary>
internal sealed class ArticleIngest(IEventStore store, Func<EntentePipeline> pipelineFactory) : IDisposable
{
    /// <summary>Most articles accepted in one request.</summary>
    public const int MaxArticlesPerRequest = 50;

    private readonly Lazy<EntentePipeline> _pipeline = new(pipelineFactory, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly SemaphoreSlim _coders = new(Environment.ProcessorCount, Environment.ProcessorCount);

    /// <summary>Turns the inputs into articles, or names the first one that is not valid (and stores nothing).</summary>
    public static (IReadOnlyList<Article> Articles, string? Error) Validate(IReadOnlyList<ArticleInput?> inputs)
    {
        if (inputs.Count == 0)
        {
            return ([], "The body holds no article: send {\"text\": \"…\"} or an array of such objects.");
        }

        if (inputs.Count > MaxArticlesPerRequest)
        {
            return ([], $"At most {MaxArticlesPerRequest} articles per request; got {inputs.Count}.");
        }

        var articles = new List<Article>(inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            var where = inputs.Count == 1 ? "The article" : $"Article {i + 1}";
            var input = inputs[i];
            if (input is null)
            {
                return ([], $"{where} is null; each article is an object with at least \"text\".");
            }

            if (string.IsNullOrWhiteSpace(input.Text))
            {
                return ([], $"{where} has no text: \"text\" is required and may not be blank.");
            }

            DateOnly? published = null;
            if (!string.IsNullOrWhiteSpace(input.PublishedOn))
            {
                if (!DateOnly.TryParseExact(input.PublishedOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return ([], $"{where} has publishedOn \"{input.PublishedOn}\"; write it yyyy-MM-dd.");
                }

                published = date;
            }

            if (input.Url is { Length: > 0 } url && !Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                return ([], $"{where} has url \"{url}\", which is not an absolute URL.");
            }

            articles.Add(new Article(input.Text)
            {
                Title = string.IsNullOrWhiteSpace(input.Title) ? null : input.Title.Trim(),
                PublishedOn = published,
                Url = string.IsNullOrWhiteSpace(input.Url) ? null : input.Url.Trim(),
                Source = string.IsNullOrWhiteSpace(input.Source) ? null : input.Source.Trim(),
                Origin = "api",
            });
        }

        return (articles, null);
    }

    /// <summary>Codes and stores the articles in one transaction; those stored already are left as they are.</summary>
    /// <exception cref="EventStoreException">The store refused the batch; nothing of it is stored.</exception>
    public async Task<IReadOnlyList<IngestedArticle>> IngestAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        var known = new Dictionary<string, bool>();
        var extractions = new List<Extraction>();
        foreach (var article in articles)
        {
            if (known.ContainsKey(article.Id))
            {
                continue;
            }

            var stored = await store.ContainsArticleAsync(article.Id, cancellationToken);
            known[article.Id] = stored;
            if (!stored)
            {
                extractions.Add(await CodeAsync(article, cancellationToken));
            }
        }

        if (extractions.Count > 0)
        {
            await store.SaveBatchAsync(extractions, cancellationToken);
        }

        var results = new List<IngestedArticle>(articles.Count);
        foreach (var id in known.Keys)
        {
            var article = await store.GetArticleAsync(id, cancellationToken);
            results.Add(new IngestedArticle(id, !known[id], article?.EventCount ?? 0, $"/api/articles/{id}"));
        }

        return results;
    }

    /// <inheritdoc />
    public void Dispose() => _coders.Dispose();

    private async Task<Extraction> CodeAsync(Article article, CancellationToken cancellationToken)
    {
        await _coders.WaitAsync(cancellationToken);
        try
        {
            return await Task.Run(() => _pipeline.Value.Process(article), cancellationToken);
        }
        finally
        {
            _coders.Release();
        }
    }
}
