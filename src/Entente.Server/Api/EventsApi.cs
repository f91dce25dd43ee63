using System.Text.Json.Nodes;
using Entente.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Entente.Server.Api;

/// <summary><c>/api/events</c>: coded events with filters and paging, and one event with its evidence.</summary>
internal static class EventsApi
{
    public static void MapEventsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/events", ListAsync)
            .WithName("ListEvents")
            .WithSummary("Events, filtered and paged, ordered by event date; each with its evidence sentence and spans.");
        api.MapGet("/events/{id}", GetAsync)
            .WithName("GetEvent")
            .WithSummary("One event with its evidence sentence and the spans of source, trigger and target.");
    }

    private static async Task<Results<Ok<ResultPage<JsonObject>>, ProblemHttpResult>> ListAsync(
        IEventStore store,
        string? dyad,
        bool? directed,
        string? actor,
        string? code,
        string? quad,
        string? since,
        string? until,
        string? article,
        bool? includeNegated,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken)
    {
        var (from, to, dateError) = QueryDates.Read(since, until);
        if (dateError is not null)
        {
            return Problems.BadRequest(dateError);
        }

        var (pageNumber, size, pageError) = Paging.Read(page, pageSize);
        if (pageError is not null)
        {
            return Problems.BadRequest(pageError);
        }

        Dyad? pair = null;
        if (!string.IsNullOrWhiteSpace(dyad))
        {
            try
            {
                pair = Dyad.Parse(dyad);
            }
            catch (FormatException exception)
            {
                return Problems.BadRequest(exception.Message);
            }
        }

        if (code is { Length: > 0 } && (code.Length > 4 || !code.All(char.IsAsciiDigit)))
        {
            return Problems.BadRequest($"code must be a CAMEO code or prefix of up to four digits, such as 04 or 042; got \"{code}\".");
        }

        List<int>? quads = null;
        if (!string.IsNullOrWhiteSpace(quad))
        {
            quads = [];
            foreach (var part in quad.Split(',', StringSplitOptions.TrimEntries))
            {
                if (part is not ("1" or "2" or "3" or "4"))
                {
                    return Problems.BadRequest($"quad must list quad classes 1 to 4 separated by commas, such as 1,2; got \"{quad}\".");
                }

                quads.Add(part[0] - '0');
            }
        }

        var query = new EventQuery
        {
            Dyad = pair,
            QuadClasses = quads,
            DyadDirected = directed ?? false,
            Actor = string.IsNullOrWhiteSpace(actor) ? null : actor.Trim(),
            CodePrefix = string.IsNullOrWhiteSpace(code) ? null : code,
            Since = from,
            Until = to,
            ArticleId = string.IsNullOrWhiteSpace(article) ? null : article.Trim(),
            IncludeNegated = includeNegated ?? true,
            Offset = (pageNumber - 1) * size,
            Limit = size + 1,
        };
        var events = await store.QueryEventsAsync(query, cancellationToken);
        return TypedResults.Ok(Paging.Cut([.. events.Select(EventJson.ToJson)], pageNumber, size));
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> GetAsync(IEventStore store, string id, CancellationToken cancellationToken) =>
        await store.GetEventAsync(id, cancellationToken) is { } stored
            ? TypedResults.Ok(EventJson.ToJson(stored))
            : Problems.NotFound($"No event has the id \"{id}\".");
}
