namespace Entente.Server.Api;

/// <summary>The least-squares line through a series' Goldstein sums, one step per interval with events.</summary>
/// <param name="Slope">Change of the Goldstein sum per interval; positive is towards cooperation.</param>
/// <param name="Direction">rising cooperation, rising conflict, flat, or too few points.</param>
/// <param name="Points">Intervals the line was fitted on.</param>
public sealed record DyadTrendLine(double Slope, string Direction, int Points)
{
    /// <summary>Fits the line; fewer than three points give no direction.</summary>
    internal static DyadTrendLine Fit(IReadOnlyList<DyadPoint> series)
    {
        if (series.Count < 3)
        {
            return new DyadTrendLine(0, "too few points", series.Count);
        }

        var n = series.Count;
        var meanX = (n - 1) / 2.0;
        var meanY = series.Average(point => point.GoldsteinSum);
        double numerator = 0, denominator = 0;
        for (var i = 0; i < n; i++)
        {
            numerator += (i - meanX) * (series[i].GoldsteinSum - meanY);
            denominator += (i - meanX) * (i - meanX);
        }

        var slope = Math.Round(numerator / denominator, 3);

        // Within a tenth of a Goldstein point per interval the line says nothing an analyst could act on.
        var direction = slope > 0.1 ? "rising cooperation" : slope < -0.1 ? "rising conflict" : "flat";
        return new DyadTrendLine(slope, direction, n);
    }
}
