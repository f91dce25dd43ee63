using Entente.Analysis;

namespace Entente.Tests.Analysis;

public sealed class LouvainTests
{
    /// <summary>A ring of <paramref name="count"/> cliques of <paramref name="size"/> nodes, each clique tied to the next by one edge.</summary>
    private static List<(int A, int B, double Weight)> RingOfCliques(int count, int size)
    {
        var edges = new List<(int, int, double)>();
        for (var c = 0; c < count; c++)
        {
            for (var i = 0; i < size; i++)
            {
                for (var j = i + 1; j < size; j++)
                {
                    edges.Add(((c * size) + i, (c * size) + j, 1));
                }
            }

            edges.Add(((c * size) + size - 1, (((c + 1) % count) * size) % (count * size), 1));
        }

        return edges;
    }

    [Fact]
    public void ARingOfCliquesSplitsIntoItsCliquesWithTheirKnownModularity()
    {
        var edges = RingOfCliques(6, 5);

        var membership = Louvain.Detect(30, edges);

        for (var node = 0; node < 30; node++)
        {
            membership[node].ShouldBe(node / 5, $"node {node}");
        }

        // Six communities of 10 internal edges, degree sum 22 each, 66 edges in all: Q = 6 (10/66 − (22/132)²).
        Louvain.Modularity(30, edges, membership).ShouldBe(6 * ((10.0 / 66) - Math.Pow(22.0 / 132, 2)), 1e-9);
    }

    [Fact]
    public void TwoTightGroupsJoinedByAWeakTieAreTwoCommunities()
    {
        var edges = new List<(int, int, double)>
        {
            (0, 1, 5), (1, 2, 5), (0, 2, 5),
            (3, 4, 5), (4, 5, 5), (3, 5, 5),
            (2, 3, 1),
        };

        var membership = Louvain.Detect(6, edges);

        membership.ShouldBe([0, 0, 0, 1, 1, 1]);
        Louvain.Modularity(6, edges, membership).ShouldBeGreaterThan(0.4);
    }

    [Fact]
    public void NodesWithoutEdgesStayAlone()
    {
        var membership = Louvain.Detect(4, [(0, 1, 2)]);

        membership.ShouldBe([0, 0, 1, 2]);
        Louvain.Detect(3, []).ShouldBe([0, 1, 2]);
        Louvain.Modularity(3, [], [0, 1, 2]).ShouldBe(0);
    }

    [Fact]
    public void TheSameGraphGivesTheSamePartitionEveryTime()
    {
        var edges = RingOfCliques(4, 4);
        Louvain.Detect(16, edges).ShouldBe(Louvain.Detect(16, edges));
    }

    [Fact]
    public void NegativeWeightsAndUnknownNodesAreRefused()
    {
        Should.Throw<ArgumentException>(() => Louvain.Detect(2, [(0, 1, -1)])).Message.ShouldContain("at least 0");
        Should.Throw<ArgumentException>(() => Louvain.Detect(2, [(0, 2, 1)])).Message.ShouldContain("outside");
    }
}
