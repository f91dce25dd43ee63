namespace Entente.Analysis;

/// <summary>A dyad's event clusters over time, one point per period (periods without events included, with zeros).</summary>
/// <param name="First">First side (country such as "RUS", or the code of an actor without a country).</param>
/// <param name="Second">Second side.</param>
/// <param name="Directed">True when only first → second events count.</param>
/// <param name="Interval">Width of a point.</param>
/// <param name="Points">The periods in date order, from the first period with events (or the since date) to the last (or the until date).</param>
/// <param name="Total">All points together (its period is the whole span); Start/End are default when there are no events.</param>
public sealed record DyadSeries(
    string First,
    string Second,
    bool Directed,
    SeriesInterval Interval,
    IReadOnlyList<SeriesPoint> Points,
    SeriesPoint Total);

/// <summary>The event clusters of one period of a dyad series.</summary>
/// <param name="Start">First day of the period.</param>
/// <param name="End">Last day of the period, inclusive.</param>
/// <param name="Events">Event clusters (each real-world event once).</param>
/// <param name="VerbalCooperation">Clusters in quad class 1.</param>
/// <param name="MaterialCooperation">Clusters in quad class 2.</param>
/// <param name="VerbalConflict">Clusters in quad class 3.</param>
/// <param name="MaterialConflict">Clusters in quad class 4.</param>
/// <param name="GoldsteinSum">Sum of the clusters' Goldstein scores.</param>
/// <param name="GoldsteinMean">Mean Goldstein score per cluster; 0 without events.</param>
/// <param name="Reports">Stored reports behind the clusters.</param>
/// <param name="ClusterIds">The clusters counted: the evidence; <see cref="Storage.IEventStore.GetClusterEventsAsync"/> gives their reports.</param>
public sealed record SeriesPoint(
    DateOnly Start,
    DateOnly End,
    int Events,
    int VerbalCooperation,
    int MaterialCooperation,
    int VerbalConflict,
    int MaterialConflict,
    double GoldsteinSum,
    double GoldsteinMean,
    int Reports,
    IReadOnlyList<long> ClusterIds)
{
    /// <summary>Cooperation clusters (quad classes 1 and 2).</summary>
    public int Cooperation => VerbalCooperation + MaterialCooperation;

    /// <summary>Conflict clusters (quad classes 3 and 4).</summary>
    public int Conflict => VerbalConflict + MaterialConflict;
}
