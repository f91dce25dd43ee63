using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Entente.Serialization;
using Entente.Server.Hosting;
using Entente.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Entente.Server.Api;

/// <summary><c>/api/articles</c>: stored articles, one article with its sentences, events and quotes, and ingestion.</summary>
internal static class ArticlesApi
{
    /// <summary>Events of one article sent with it; longer articles are read through /api/events?article=.</summary>
    private const int EventsPerArticle = 1000;

    public static void MapArticlesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/articles", ListAsync)
            .WithName("ListArticles")
            .WithSummary("Stored articles, newest publication date first, paged.");
        api.MapGet("/articles/{id}", GetAsync)
            .WithName("GetArticle")
            .WithSummary("One article: its text (to be shown as text), sentences, events and quotes.");
        api.MapPost("/articles", PostAsync)
            .WithName("IngestArticles")
            .WithSummary("Codes one article (or an array of up to 50) with the pipeline and stores it; needs the API key.")
            .Accepts<ArticleInput>("application/json")
            .Produces<IReadOnlyList<IngestedArticle>>(StatusCodes.Status201Created)
            .Produces<IReadOnlyList<IngestedArticle>>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireRateLimiting(EntenteServer.IngestPolicy);
    }

    private static async Task<Results<Ok<ResultPage<ArticleSummary>>, ProblemHttpResult>> ListAsync(
        IEventStore store,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken)
    {
        var (pageNumber, size, pageError) = Paging.Read(page, pageSize);
        if (pageError is not null)
        {
            return Problems.BadRequest(pageError);
        }

        var articles = await store.ListArticlesAsync(size + 1, (pageNumber - 1) * size, cancellationToken);
        return TypedResults.Ok(Paging.Cut(articles, pageNumber, size));
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> GetAsync(IEventStore store, string id, CancellationToken cancellationToken)
    {
        if (await store.GetArticleAsync(id, cancellationToken) is not { } stored)
        {
            return Problems.NotFound($"No article has the id \"{id}\".");
        }

        var article = stored.Article;
        var events = await store.QueryEventsAsync(new EventQuery { ArticleId = id, Limit = EventsPerArticle }, cancellationToken);
        var sentences = new JsonArray();
        foreach (var sentence in stored.Sentences)
        {
            sentences.Add(JsonSerializer.SerializeToNode(sentence, EntenteJson.Compact));
        }

        var quotes = new JsonArray();
        foreach (var quote in stored.Quotes)
        {
            quotes.Add(JsonSerializer.SerializeToNode(quote, EntenteJson.Compact));
        }

        var eventRecords = new JsonArray();
        foreach (var e in events)
        {
            eventRecords.Add(EventJson.ToJson(e));
        }

        return TypedResults.Ok(new JsonObject
        {
            ["id"] = article.Id,
            ["title"] = article.Title,
            ["publishedOn"] = article.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["url"] = article.Url,
            ["source"] = article.Source,
            ["origin"] = article.Origin,
            ["ingestedAt"] = stored.IngestedAt,
            ["text"] = article.Text,
            ["eventCount"] = stored.EventCount,
            ["mentionCount"] = stored.MentionCount,
            ["sentences"] = sentences,
            ["events"] = eventRecords,
            ["quotes"] = quotes,
        });
    }

    private static async Task<IResult> PostAsync(HttpRequest request, ApiKeyCheck keys, ArticleIngest ingest, CancellationToken cancellationToken)
    {
        if (keys.Refusal(request) is { } refusal)
        {
            return refusal;
        }

        if (!request.HasJsonContentType())
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "The body must be JSON",
                detail: $"Send Content-Type: application/json; got \"{request.ContentType}\".");
        }

        List<ArticleInput?> inputs;
        try
        {
            var body = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken);
            inputs = body switch
            {
                JsonArray array => [.. array.Select(item => item?.Deserialize<ArticleInput>(EntenteJson.Compact))],
                JsonObject single => [single.Deserialize<ArticleInput>(EntenteJson.Compact)],
                _ => [],
            };
        }
        catch (JsonException exception)
        {
            return Problems.BadRequest($"The body is not valid JSON for an article: {exception.Message}");
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "The body is too large",
                detail: exception.Message);
        }

        var (articles, error) = ArticleIngest.Validate(inputs);
        if (error is not null)
        {
            return Problems.BadRequest(error);
        }

        IReadOnlyList<IngestedArticle> results;
        try
        {
            results = await ingest.IngestAsync(articles, cancellationToken);
        }
        catch (EventStoreException exception)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "The store refused the articles",
                detail: $"Nothing of this request was stored: {exception.Message}");
        }

        return results.Any(result => result.Added)
            ? TypedResults.Created(results[0].Location, results)
            : TypedResults.Ok(results);
    }
}
