namespace Entente.Analysis;

/// <summary>Which way a dyad's relations moved over a window.</summary>
public enum TrendDirection
{
    /// <summary>Fewer than two weeks with events: no trend can be read.</summary>
    Insufficient,

    /// <summary>No clear movement: the slope is within the noise.</summary>
    Steady,

    /// <summary>Net Goldstein per week rising: cooperation growing or conflict easing.</summary>
    TowardCooperation,

    /// <summary>Net Goldstein per week falling: conflict growing or cooperation fading.</summary>
    TowardConflict,
}

/// <summary>
/// The trend of a dyad over a window: a least-squares line through the weekly net Goldstein (sum over the
/// week's event clusters), the means of the first and second half, and the events that moved it most.
/// </summary>
/// <param name="First">First side.</param>
/// <param name="Second">Second side.</param>
/// <param name="Since">First day of the window.</param>
/// <param name="Until">Last day of the window.</param>
/// <param name="Direction">The reading of the slope.</param>
/// <param name="SlopePerWeek">Change in weekly net Goldstein per week (least squares over all weeks of the window, empty weeks as 0).</param>
/// <param name="FirstHalfMean">Mean weekly net Goldstein over the first half of the weeks.</param>
/// <param name="SecondHalfMean">Mean weekly net Goldstein over the second half.</param>
/// <param name="CooperationShareFirstHalf">Share of cooperation clusters in the first half (0 without events).</param>
/// <param name="CooperationShareSecondHalf">Share of cooperation clusters in the second half.</param>
/// <param name="Events">Event clusters in the window.</param>
/// <param name="Weekly">The weekly points the line was fitted to.</param>
/// <param name="Evidence">The clusters with the largest Goldstein scores in the direction of the trend (or both ways when steady), strongest first.</param>
public sealed record DyadTrend(
    string First,
    string Second,
    DateOnly Since,
    DateOnly Until,
    TrendDirection Direction,
    double SlopePerWeek,
    double FirstHalfMean,
    double SecondHalfMean,
    double CooperationShareFirstHalf,
    double CooperationShareSecondHalf,
    int Events,
    IReadOnlyList<SeriesPoint> Weekly,
    IReadOnlyList<Evidence> Evidence);
