namespace Entente.Storage;

/// <summary>
/// The event clusters of one dyad on one day in one quad class, as returned by
/// <see cref="IEventStore.DyadDailyAsync"/>: the building block of dyad timelines.
/// </summary>
/// <param name="Date">The cluster date (the date of its first report).</param>
/// <param name="QuadClass">1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</param>
/// <param name="Events">How many event clusters.</param>
/// <param name="Reports">How many stored events (reports) those clusters hold.</param>
/// <param name="GoldsteinSum">Sum of the clusters' Goldstein scores (one score per cluster).</param>
/// <param name="ClusterIds">The clusters counted, ascending: the evidence behind the numbers.</param>
public sealed record DyadDay(DateOnly Date, int QuadClass, int Events, int Reports, double GoldsteinSum, IReadOnlyList<long> ClusterIds);
