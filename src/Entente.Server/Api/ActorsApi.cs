using Entente.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Entente.Server.Api;

/// <summary><c>/api/actors</c>: the actors seen in the store, most active first.</summary>
internal static class ActorsApi
{
    public static void MapActorsApi(this RouteGroupBuilder api) =>
        api.MapGet("/actors", ListAsync)
            .WithName("ListActors")
            .WithSummary("Actors (code and name) with their mention and event counts, most active first; q filters by code, name or country.");

    private static async Task<Results<Ok<ResultPage<ActorSummary>>, ProblemHttpResult>> ListAsync(
        IEventStore store,
        string? q,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken)
    {
        var (pageNumber, size, pageError) = Paging.Read(page, pageSize);
        if (pageError is not null)
        {
            return Problems.BadRequest(pageError);
        }

        IEnumerable<ActorSummary> actors = await store.ListActorsAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            actors = actors.Where(actor =>
                actor.Code.StartsWith(term, StringComparison.OrdinalIgnoreCase)
                || (actor.Country?.Equals(term, StringComparison.OrdinalIgnoreCase) ?? false)
                || (actor.Name?.Contains(term, StringComparison.OrdinalIgnoreCase) ?? false));
        }

        var fetched = actors.Skip((pageNumber - 1) * size).Take(size + 1).ToList();
        return TypedResults.Ok(Paging.Cut(fetched, pageNumber, size));
    }
}
