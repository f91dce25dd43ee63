namespace Entente.Storage;

/// <summary>The rules by which reports are grouped into event clusters, shared by every store.</summary>
public static class EventClusters
{
    /// <summary>
    /// A report joins a cluster when its date is at most this many days from the cluster's date (the date of its
    /// first report). News dates drift by a day or two ("yesterday", time zones, late reports); anchoring on the
    /// first report rather than chaining keeps a week of daily clashes from collapsing into one cluster.
    /// </summary>
    public const int WindowDays = 2;

    /// <summary>
    /// The side of an event a cluster is keyed on: the actor's country when known (RUSGOV and RUSMIL are both
    /// RUS), else its code (IGOUNO); "" for a missing target.
    /// </summary>
    public static string SideKey(string? country, string? code) => country ?? code ?? "";
}
