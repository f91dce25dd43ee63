using Entente.Storage;

namespace Entente.Server.Api;

/// <summary>One dyad over time: counts per quad class, a series per interval, and the trend of its Goldstein balance.</summary>
/// <param name="First">The first actor code or prefix.</param>
/// <param name="Second">The second actor code or prefix.</param>
/// <param name="Interval">day, week or month.</param>
/// <param name="Events">Counted events (not negated; asserted or reported), either direction.</param>
/// <param name="QuadClasses">Counted events per quad class 1–4 (index 0 is quad class 1).</param>
/// <param name="GoldsteinSum">Sum of their Goldstein scores.</param>
/// <param name="GoldsteinMean">Mean Goldstein score (0 without events).</param>
/// <param name="Articles">Distinct articles the events came from.</param>
/// <param name="Truncated">True when the dyad had more events than one report reads.</param>
/// <param name="Series">One point per interval with events, in date order.</param>
/// <param name="Trend">The direction of the series.</param>
public sealed record DyadReport(
    string First,
    string Second,
    string Interval,
    int Events,
    IReadOnlyList<int> QuadClasses,
    double GoldsteinSum,
    double GoldsteinMean,
    int Articles,
    bool Truncated,
    IReadOnlyList<DyadPoint> Series,
    DyadTrendLine Trend)
{
    /// <summary>Builds the report from the dyad's counted events.</summary>
    internal static DyadReport From(string first, string second, string interval, IReadOnlyList<StoredEvent> events, bool truncated)
    {
        var quads = new int[4];
        foreach (var e in events)
        {
            if (e.Event.QuadClass is >= 1 and <= 4)
            {
                quads[e.Event.QuadClass - 1]++;
            }
        }

        var series = events
            .Select(e => (Event: e, Date: DyadsApi.EventDate(e)))
            .Where(x => x.Date is not null)
            .GroupBy(x => DyadsApi.BucketStart(x.Date!.Value, interval))
            .OrderBy(group => group.Key)
            .Select(group =>
            {
                var q = new int[4];
                foreach (var (e, _) in group)
                {
                    if (e.Event.QuadClass is >= 1 and <= 4)
                    {
                        q[e.Event.QuadClass - 1]++;
                    }
                }

                var sum = group.Sum(x => x.Event.Event.Goldstein);
                return new DyadPoint(group.Key, DyadsApi.BucketEnd(group.Key, interval), group.Count(), q, Math.Round(sum, 2), Math.Round(sum / group.Count(), 2));
            })
            .ToList();

        var total = events.Sum(e => e.Event.Goldstein);
        return new DyadReport(
            first,
            second,
            interval,
            events.Count,
            quads,
            Math.Round(total, 2),
            events.Count == 0 ? 0 : Math.Round(total / events.Count, 2),
            events.Select(e => e.ArticleId).Distinct().Count(),
            truncated,
            series,
            DyadTrendLine.Fit(series));
    }
}
