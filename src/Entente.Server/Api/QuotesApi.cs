using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Entente.Serialization;
using Entente.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Entente.Server.Api;

/// <summary><c>/api/quotes</c>: quotes with their speaker, sentence and article.</summary>
internal static class QuotesApi
{
    public static void MapQuotesApi(this RouteGroupBuilder api) =>
        api.MapGet("/quotes", ListAsync)
            .WithName("ListQuotes")
            .WithSummary("Quotes, optionally of one speaker (code prefix, actor id or name), with their sentence and article.");

    /// <summary>A quote as the API sends it.</summary>
    internal static JsonObject ToJson(StoredQuote stored)
    {
        var record = JsonSerializer.SerializeToNode(stored.Quote, EntenteJson.Compact)!.AsObject();
        record["article"] = new JsonObject
        {
            ["id"] = stored.ArticleId,
            ["title"] = stored.ArticleTitle,
            ["publishedOn"] = stored.ArticlePublished?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["url"] = stored.ArticleUrl,
        };
        record["evidence"] = new JsonObject { ["text"] = stored.SentenceText, ["start"] = stored.SentenceStart };
        return record;
    }

    private static async Task<Results<Ok<ResultPage<JsonObject>>, ProblemHttpResult>> ListAsync(
        IEventStore store,
        string? speaker,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken)
    {
        var (pageNumber, size, pageError) = Paging.Read(page, pageSize);
        if (pageError is not null)
        {
            return Problems.BadRequest(pageError);
        }

        var quotes = await store.QueryQuotesAsync(string.IsNullOrWhiteSpace(speaker) ? null : speaker.Trim(), size + 1, (pageNumber - 1) * size, cancellationToken);
        return TypedResults.Ok(Paging.Cut([.. quotes.Select(ToJson)], pageNumber, size));
    }
}
