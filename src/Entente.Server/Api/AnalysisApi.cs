using System.Text.Json.Nodes;
using Entente.Analysis;
using Entente.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Entente.Server.Api;

/// <summary>
/// The relations analyses: full-text search over evidence, actor profiles, briefings and blocs (from
/// <see cref="RelationsAnalyzer"/>), and event clusters with their reports.
/// </summary>
internal static class AnalysisApi
{
    public static void MapAnalysisApi(this RouteGroupBuilder api)
    {
        api.MapGet("/search", SearchAsync)
            .WithName("SearchEvidence")
            .WithSummary("Full-text search over article sentences (the evidence); all words must occur, \"quoted phrases\" as written.")
            .Produces<ResultPage<EvidenceHit>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/profiles/{name}", ProfileAsync)
            .WithName("GetProfile")
            .WithSummary("An actor's profile (name, id or code): codes, country, roles with dates, partners, latest events — each with evidence.")
            .Produces<ActorProfile>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/briefings/{subject}", BriefingAsync)
            .WithName("GetBriefing")
            .WithSummary("A briefing on a dyad (RUS:IRN) or an actor, as JSON, Markdown (format=markdown) or HTML (format=html).")
            .Produces<Briefing>()
            .Produces<string>(StatusCodes.Status200OK, "text/markdown", "text/html")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/blocs", BlocsAsync)
            .WithName("GetBlocs")
            .WithSummary("Communities (Louvain) of the cooperation/conflict network over a period, with every edge.")
            .Produces<BlocReport>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/clusters/{id:long}", ClusterAsync)
            .WithName("GetCluster")
            .WithSummary("Every report of one event cluster, each with its evidence sentence.")
            .Produces<JsonArray>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> SearchAsync(IEventStore store, string? q, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return Problems.BadRequest("q is required: the words to search the evidence sentences for.");
        }

        var (pageNumber, size, pageError) = Paging.Read(page, pageSize);
        return pageError is not null
            ? Problems.BadRequest(pageError)
            : await AnalysisCall.RunAsync(async () =>
            {
                var hits = await store.SearchEvidenceAsync(q, size + 1, (pageNumber - 1) * size, cancellationToken);
                return TypedResults.Ok(Paging.Cut(hits, pageNumber, size));
            });
    }

    private static Task<IResult> ProfileAsync(RelationsAnalyzer analyzer, string name, CancellationToken cancellationToken) =>
        AnalysisCall.RunAsync(async () =>
            await analyzer.ActorProfileAsync(name, cancellationToken: cancellationToken) is { } profile
                ? TypedResults.Ok(profile)
                : Problems.NotFound($"Neither the store nor the knowledge base knows an actor \"{name}\"."));

    private static async Task<IResult> BriefingAsync(
        HttpRequest request,
        RelationsAnalyzer analyzer,
        string subject,
        string? format,
        string? since,
        string? until,
        CancellationToken cancellationToken)
    {
        var (from, to, dateError) = QueryDates.Read(since, until);
        if (dateError is not null)
        {
            return Problems.BadRequest(dateError);
        }

        // format= wins; else an Accept header asking for Markdown or HTML picks it, so curl -H works as well.
        var accept = request.Headers.Accept.ToString();
        var kind = !string.IsNullOrWhiteSpace(format) ? format.Trim().ToLowerInvariant()
            : accept.Contains("text/markdown", StringComparison.OrdinalIgnoreCase) ? "markdown"
            : accept.Contains("text/html", StringComparison.OrdinalIgnoreCase) ? "html"
            : "json";
        if (kind is not ("json" or "markdown" or "md" or "html"))
        {
            return Problems.BadRequest($"format must be json, markdown or html; got \"{format}\".");
        }

        return await AnalysisCall.RunAsync(async () =>
        {
            Briefing briefing;
            if (subject.Contains(':', StringComparison.Ordinal))
            {
                Dyad dyad;
                try
                {
                    dyad = Dyad.Parse(subject);
                }
                catch (FormatException exception)
                {
                    return Problems.BadRequest(exception.Message);
                }

                briefing = await analyzer.BriefDyadAsync(dyad, from, to, cancellationToken: cancellationToken);
            }
            else
            {
                briefing = await analyzer.BriefActorAsync(subject, from, to, cancellationToken: cancellationToken);
            }

            return kind switch
            {
                "markdown" or "md" => TypedResults.Text(briefing.ToMarkdown(), "text/markdown; charset=utf-8"),

                // The renderer escapes every stored text; the page adds it to the DOM inside a sandboxed frame.
                "html" => TypedResults.Text(briefing.ToHtml(), "text/html; charset=utf-8"),
                _ => TypedResults.Ok(briefing),
            };
        });
    }

    private static async Task<IResult> BlocsAsync(RelationsAnalyzer analyzer, string? since, string? until, CancellationToken cancellationToken)
    {
        var (from, to, dateError) = QueryDates.Read(since, until);
        return dateError is not null
            ? Problems.BadRequest(dateError)
            : await AnalysisCall.RunAsync(async () => TypedResults.Ok(await analyzer.BlocsAsync(from, to, cancellationToken)));
    }

    private static Task<IResult> ClusterAsync(IEventStore store, long id, CancellationToken cancellationToken) =>
        AnalysisCall.RunAsync(async () =>
        {
            var events = await store.GetClusterEventsAsync(id, cancellationToken);
            return events.Count == 0
                ? Problems.NotFound($"No event cluster has the id {id}.")
                : TypedResults.Ok(new JsonArray([.. events.Select(EventJson.ToJson)]));
        });
}
