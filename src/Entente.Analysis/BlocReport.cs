namespace Entente.Analysis;

/// <summary>
/// Communities of the cooperation/conflict network over a period, found with the Louvain method on edges
/// weighted by cooperation minus conflict (pairs with net conflict repel: they carry no weight and are reported
/// as tensions).
/// </summary>
/// <param name="Since">First day of the period, when bounded.</param>
/// <param name="Until">Last day of the period, when bounded.</param>
/// <param name="Modularity">Modularity of the partition (−0.5…1; above about 0.3 is a clear structure).</param>
/// <param name="Blocs">The communities, largest first; actors with no cooperative tie are singletons at the end.</param>
/// <param name="Edges">Every relation of the network (undirected), strongest first.</param>
public sealed record BlocReport(DateOnly? Since, DateOnly? Until, double Modularity, IReadOnlyList<Bloc> Blocs, IReadOnlyList<BlocEdge> Edges);

/// <summary>One community.</summary>
/// <param name="Id">Position in <see cref="BlocReport.Blocs"/>, from 0.</param>
/// <param name="Members">Its members (countries, or codes of actors without one), most connected first.</param>
/// <param name="InternalCooperation">Cooperation clusters between members.</param>
/// <param name="InternalConflict">Conflict clusters between members.</param>
public sealed record Bloc(int Id, IReadOnlyList<string> Members, int InternalCooperation, int InternalConflict);

/// <summary>The relation between two members of the network, both directions together.</summary>
/// <param name="A">The alphabetically first side.</param>
/// <param name="B">The other side.</param>
/// <param name="Cooperation">Cooperation clusters.</param>
/// <param name="Conflict">Conflict clusters.</param>
/// <param name="GoldsteinSum">Sum of Goldstein scores.</param>
/// <param name="Weight">Weight in the community detection: cooperation minus conflict, at least 0.</param>
/// <param name="SameBloc">True when both sides are in one bloc.</param>
/// <param name="ClusterIds">The clusters behind it.</param>
public sealed record BlocEdge(string A, string B, int Cooperation, int Conflict, double GoldsteinSum, double Weight, bool SameBloc, IReadOnlyList<long> ClusterIds);
