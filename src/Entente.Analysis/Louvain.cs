namespace Entente.Analysis;

/// <summary>
/// Community detection with the Louvain method (Blondel, Guillaume, Lambiotte, Lefebvre 2008): nodes move
/// greedily to the neighbouring community that raises modularity most, then each community becomes one node and
/// the moving starts again, until nothing moves. Nodes are visited in index order and ties keep the current
/// community (else the lowest-numbered one), so the result is deterministic.
/// </summary>
public static class Louvain
{
    /// <summary>
    /// Communities of an undirected graph with non-negative edge weights over nodes 0…<paramref name="nodes"/>−1.
    /// Returns the community of each node, numbered from 0 in order of each community's lowest node; nodes
    /// without edges are communities of their own.
    /// </summary>
    /// <exception cref="ArgumentException">An edge has a negative or non-finite weight, or a node outside the range.</exception>
    public static int[] Detect(int nodes, IReadOnlyList<(int A, int B, double Weight)> edges)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodes);
        ArgumentNullException.ThrowIfNull(edges);
        var adjacency = Adjacency(nodes, edges);
        var membership = Enumerable.Range(0, nodes).ToArray();
        while (true)
        {
            var local = MoveNodes(adjacency, out var moved);
            if (!moved)
            {
                break;
            }

            var count = Renumber(local);
            for (var i = 0; i < membership.Length; i++)
            {
                membership[i] = local[membership[i]];
            }

            adjacency = Aggregate(adjacency, local, count);
        }

        Renumber(membership);
        return membership;
    }

    /// <summary>Modularity of a partition: the share of weight inside communities minus its expectation under random rewiring.</summary>
    public static double Modularity(int nodes, IReadOnlyList<(int A, int B, double Weight)> edges, IReadOnlyList<int> membership)
    {
        var adjacency = Adjacency(nodes, edges);
        var total = 0.0;
        var inside = new Dictionary<int, double>();
        var degree = new Dictionary<int, double>();
        for (var i = 0; i < nodes; i++)
        {
            foreach (var (j, weight) in adjacency[i])
            {
                total += weight;
                degree[membership[i]] = degree.GetValueOrDefault(membership[i]) + weight;
                if (membership[i] == membership[j])
                {
                    inside[membership[i]] = inside.GetValueOrDefault(membership[i]) + weight;
                }
            }
        }

        if (total == 0)
        {
            return 0;
        }

        return degree.Keys.Sum(c => (inside.GetValueOrDefault(c) / total) - Math.Pow(degree[c] / total, 2));
    }

    // Symmetric adjacency: an edge adds its weight to [a][b] and [b][a]; a self-loop adds it twice to [a][a], so a
    // node's degree is always the sum of its row and twice the total weight is the sum of all rows.
    private static Dictionary<int, double>[] Adjacency(int nodes, IReadOnlyList<(int A, int B, double Weight)> edges)
    {
        var adjacency = new Dictionary<int, double>[nodes];
        for (var i = 0; i < nodes; i++)
        {
            adjacency[i] = [];
        }

        foreach (var (a, b, weight) in edges)
        {
            if (a < 0 || a >= nodes || b < 0 || b >= nodes)
            {
                throw new ArgumentException($"Edge ({a}, {b}) names a node outside 0…{nodes - 1}.", nameof(edges));
            }

            if (weight < 0 || !double.IsFinite(weight))
            {
                throw new ArgumentException($"Edge ({a}, {b}) has weight {weight}; weights must be finite and at least 0.", nameof(edges));
            }

            if (weight == 0)
            {
                continue;
            }

            adjacency[a][b] = adjacency[a].GetValueOrDefault(b) + weight;
            adjacency[b][a] = adjacency[b].GetValueOrDefault(a) + weight;
        }

        return adjacency;
    }

    private static int[] MoveNodes(Dictionary<int, double>[] adjacency, out bool movedAny)
    {
        var n = adjacency.Length;
        var community = Enumerable.Range(0, n).ToArray();
        var degree = adjacency.Select(row => row.Values.Sum()).ToArray();
        var total = degree.Sum();
        var communityDegree = (double[])degree.Clone();
        movedAny = false;
        if (total == 0)
        {
            return community;
        }

        var links = new Dictionary<int, double>();
        bool moved;
        var passes = 0;
        do
        {
            moved = false;
            for (var i = 0; i < n; i++)
            {
                var current = community[i];
                links.Clear();
                foreach (var (j, weight) in adjacency[i])
                {
                    if (j != i)
                    {
                        links[community[j]] = links.GetValueOrDefault(community[j]) + weight;
                    }
                }

                // Take the node out, then put it where the gain k_i,in − Σ_tot·k_i / 2m is largest.
                communityDegree[current] -= degree[i];
                var best = current;
                var bestGain = links.GetValueOrDefault(current) - (communityDegree[current] * degree[i] / total);
                foreach (var (candidate, weight) in links.OrderBy(pair => pair.Key))
                {
                    var gain = weight - (communityDegree[candidate] * degree[i] / total);
                    if (gain > bestGain + 1e-12)
                    {
                        best = candidate;
                        bestGain = gain;
                    }
                }

                communityDegree[best] += degree[i];
                if (best != current)
                {
                    community[i] = best;
                    moved = true;
                    movedAny = true;
                }
            }
        }
        while (moved && ++passes < 1000);

        return community;
    }

    private static Dictionary<int, double>[] Aggregate(Dictionary<int, double>[] adjacency, int[] community, int count)
    {
        var merged = new Dictionary<int, double>[count];
        for (var c = 0; c < count; c++)
        {
            merged[c] = [];
        }

        for (var i = 0; i < adjacency.Length; i++)
        {
            foreach (var (j, weight) in adjacency[i])
            {
                var (a, b) = (community[i], community[j]);
                merged[a][b] = merged[a].GetValueOrDefault(b) + weight;
            }
        }

        return merged;
    }

    /// <summary>Renumbers community labels 0, 1, … in order of first appearance; returns how many there are.</summary>
    private static int Renumber(int[] labels)
    {
        var map = new Dictionary<int, int>();
        for (var i = 0; i < labels.Length; i++)
        {
            if (!map.TryGetValue(labels[i], out var label))
            {
                label = map.Count;
                map[labels[i]] = label;
            }

            labels[i] = label;
        }

        return map.Count;
    }
}
