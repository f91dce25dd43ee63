namespace Entente.Storage;

/// <summary>
/// The event cluster a stored event belongs to: every report of one real-world event (same dyad, same CAMEO root,
/// dates within <see cref="EventClusters.WindowDays"/> days, same or unknown place) from any article. Analytics
/// count clusters, not reports; <see cref="NumArticles"/> and <see cref="NumSources"/> say how well backed each is.
/// </summary>
/// <param name="Id">Cluster id, unique within one store.</param>
/// <param name="HeadEventId">The first stored report of the cluster, which gives its code, date and Goldstein score.</param>
/// <param name="NumEvents">How many stored events (reports) the cluster holds.</param>
/// <param name="NumArticles">How many distinct articles report it.</param>
/// <param name="NumSources">How many distinct sources (outlets; an article without a source counts as its own) report it.</param>
public sealed record EventCluster(long Id, string HeadEventId, int NumEvents, int NumArticles, int NumSources);
