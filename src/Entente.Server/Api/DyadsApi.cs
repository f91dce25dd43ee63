using System.Globalization;
using Entente.Analysis;
using Entente.Events;
using Entente.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Entente.Server.Api;

/// <summary><c>/api/dyads</c>: the most active country pairs, and one pair's summary, series and trend.</summary>
internal static class DyadsApi
{
    /// <summary>Most events read for one dyad's series.</summary>
    internal const int MaxEventsPerDyad = 50_000;

    public static void MapDyadsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/dyads", TopAsync)
            .WithName("TopDyads")
            .WithSummary("Country pairs with the most events between them (either direction), with counts per quad class.");
        api.MapGet("/dyads/{a}/{b}", GetAsync)
            .WithName("GetDyad")
            .WithSummary("Events between two actors (code prefixes, either direction): summary, series per interval and trend; clusters=true lists each point's event clusters.");
    }

    private static async Task<Results<Ok<IReadOnlyList<DyadSummary>>, ProblemHttpResult>> TopAsync(
        IEventStore store,
        int? limit,
        string? since,
        string? until,
        CancellationToken cancellationToken)
    {
        var (from, to, dateError) = QueryDates.Read(since, until);
        if (dateError is not null)
        {
            return Problems.BadRequest(dateError);
        }

        var count = limit ?? 20;
        if (count is < 1 or > 500)
        {
            return Problems.BadRequest($"limit must be between 1 and 500; got {count}.");
        }

        return TypedResults.Ok(await store.TopDyadsAsync(count, from, to, cancellationToken));
    }

    private static async Task<Results<Ok<DyadView>, ProblemHttpResult>> GetAsync(
        IEventStore store,
        RelationsAnalyzer analyzer,
        string a,
        string b,
        string? since,
        string? until,
        string? interval,
        bool? clusters,
        CancellationToken cancellationToken)
    {
        var (from, to, dateError) = QueryDates.Read(since, until);
        if (dateError is not null)
        {
            return Problems.BadRequest(dateError);
        }

        if (!TryInterval(interval, out var step))
        {
            return Problems.BadRequest($"interval must be day, week or month; got \"{interval}\".");
        }

        if (!IsActorCode(a) || !IsActorCode(b))
        {
            return Problems.BadRequest($"A dyad is two actor codes or prefixes of letters and digits, such as RUS and IRN; got \"{a}\" and \"{b}\".");
        }

        var events = await store.QueryEventsAsync(
            new EventQuery { Dyad = new Dyad(a.ToUpperInvariant(), b.ToUpperInvariant()), Since = from, Until = to, IncludeNegated = false, Limit = MaxEventsPerDyad },
            cancellationToken);
        var first = a.ToUpperInvariant();
        var second = b.ToUpperInvariant();
        var reports = DyadReport.From(first, second, step, events.Where(Counts).ToList(), events.Count >= MaxEventsPerDyad);
        var seriesInterval = step switch { "day" => SeriesInterval.Day, "week" => SeriesInterval.Week, _ => SeriesInterval.Month };
        DyadSeries? series = null;
        DyadTrend? trend = null;
        try
        {
            // Each point's cluster ids only on request (?clusters=true): the UI drills down by dyad and dates, and a busy
            // dyad's whole history has tens of thousands of them.
            series = await analyzer.DyadSeriesAsync(first, second, seriesInterval, from, to, withClusterIds: clusters ?? false, cancellationToken: cancellationToken);
            trend = await analyzer.DyadTrendAsync(first, second, from, to, cancellationToken);
        }
        catch (NotImplementedException)
        {
            // Cluster analytics not in this build: the report counts still stand on their own.
        }

        return TypedResults.Ok(new DyadView(first, second, reports, series, trend));
    }

    /// <summary>The rule of <see cref="IEventStore.TopDyadsAsync"/>: only events the text says took place count.</summary>
    internal static bool Counts(StoredEvent stored) =>
        !stored.Event.Negated && stored.Event.Modality is Modality.Asserted or Modality.Reported;

    private static bool IsActorCode(string code) => code.Length is > 0 and <= 32 && code.All(char.IsAsciiLetterOrDigit);

    private static bool TryInterval(string? text, out string interval)
    {
        interval = string.IsNullOrWhiteSpace(text) ? "month" : text.Trim().ToLowerInvariant();
        return interval is "day" or "week" or "month";
    }

    /// <summary>The first day of the bucket that holds <paramref name="date"/>.</summary>
    internal static DateOnly BucketStart(DateOnly date, string interval) => interval switch
    {
        "day" => date,
        "week" => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
        _ => new DateOnly(date.Year, date.Month, 1),
    };

    /// <summary>The last day of the bucket that starts on <paramref name="start"/>.</summary>
    internal static DateOnly BucketEnd(DateOnly start, string interval) => interval switch
    {
        "day" => start,
        "week" => start.AddDays(6),
        _ => start.AddMonths(1).AddDays(-1),
    };

    /// <summary>Parses an event's yyyy-MM-dd date.</summary>
    internal static DateOnly? EventDate(StoredEvent stored) =>
        DateOnly.TryParseExact(stored.Event.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
