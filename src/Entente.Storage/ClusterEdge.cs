namespace Entente.Storage;

/// <summary>
/// Directed relation between two cluster sides (countries, or codes of actors without a country) over a period,
/// as returned by <see cref="IEventStore.ClusterEdgesAsync"/>: the edges of the cooperation/conflict network.
/// </summary>
/// <param name="Source">Source side (<see cref="EventClusters.SideKey"/>).</param>
/// <param name="Target">Target side.</param>
/// <param name="Cooperation">Clusters in quad classes 1 and 2.</param>
/// <param name="Conflict">Clusters in quad classes 3 and 4.</param>
/// <param name="GoldsteinSum">Sum of the clusters' Goldstein scores.</param>
/// <param name="Reports">Stored events (reports) behind the clusters.</param>
/// <param name="ClusterIds">The clusters counted, ascending.</param>
public sealed record ClusterEdge(string Source, string Target, int Cooperation, int Conflict, double GoldsteinSum, int Reports, IReadOnlyList<long> ClusterIds);
