using System.Globalization;
using System.Xml;
using Entente.Events;
using Entente.Storage;

namespace Entente.Cli.Exporting;

/// <summary>
/// The actor network as GraphML (for Gephi, Cytoscape, networkx, igraph): one node per actor code, one directed
/// edge per source → target pair with its events counted by quad class and its Goldstein sum and mean.
/// </summary>
/// <remarks>
/// Only events the text says took place count, as in <see cref="IEventStore.TopDyadsAsync"/>: not negated,
/// asserted or reported, with a target. Events are counted, not reports: an event cluster counts once, through
/// its head (first stored report), with its code and Goldstein score; <c>reports</c> counts every stored report.
/// The events stream past and only the per-actor and per-edge totals stay in memory, so the graph's size, not
/// the store's, bounds memory.
/// </remarks>
internal static class GraphMlExport
{
    /// <summary>The GraphML namespace.</summary>
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private const int NamesPerNode = 5;

    private static bool IsUnknown(string code, string? country) => country is null && code.StartsWith("---", StringComparison.Ordinal);

    /// <summary>Writes the network of <paramref name="events"/>; returns how many events (clusters) were counted in it.</summary>
    public static async Task<long> WriteAsync(IAsyncEnumerable<StoredEvent> events, TextWriter output, CancellationToken cancellationToken)
    {
        var nodes = new Dictionary<string, NodeTotals>(StringComparer.Ordinal);
        var edges = new Dictionary<(string Source, string Target), EdgeTotals>();
        long counted = 0;
        await foreach (var stored in events.WithCancellation(cancellationToken))
        {
            var e = stored.Event;
            if (e.Target is not { } target || e.Negated || e.Modality is not (Modality.Asserted or Modality.Reported))
            {
                continue;
            }

            if (IsUnknown(e.Source.Code, e.Source.Country) || IsUnknown(target.Code, target.Country))
            {
                // "---" is every actor of no known country at once ("gunmen", "a car bomb"): no node of the network.
                continue;
            }

            var key = (e.Source.Code, target.Code);
            if (!edges.TryGetValue(key, out var edge))
            {
                edge = new EdgeTotals();
                edges.Add(key, edge);
            }

            edge.Reports++;
            if (stored.Cluster is { } cluster && cluster.HeadEventId != e.Id)
            {
                // A further report of an event already counted through its head.
                continue;
            }

            Node(nodes, e.Source).Events++;
            Node(nodes, target).Events++;
            edge.ByQuadClass[Math.Clamp(e.QuadClass, 1, 4) - 1]++;
            edge.GoldsteinSum += e.Goldstein;
            counted++;
        }

        var settings = new XmlWriterSettings { Async = true, Indent = true, CloseOutput = false };
        await using var xml = XmlWriter.Create(output, settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "graphml", Namespace);
        await WriteKeyAsync(xml, "label", "node", "label", "string");
        await WriteKeyAsync(xml, "names", "node", "names", "string");
        await WriteKeyAsync(xml, "country", "node", "country", "string");
        await WriteKeyAsync(xml, "sector", "node", "sector", "string");
        await WriteKeyAsync(xml, "nodeEvents", "node", "events", "int");
        await WriteKeyAsync(xml, "events", "edge", "events", "int");
        await WriteKeyAsync(xml, "reports", "edge", "reports", "int");
        await WriteKeyAsync(xml, "verbalCooperation", "edge", "verbalCooperation", "int");
        await WriteKeyAsync(xml, "materialCooperation", "edge", "materialCooperation", "int");
        await WriteKeyAsync(xml, "verbalConflict", "edge", "verbalConflict", "int");
        await WriteKeyAsync(xml, "materialConflict", "edge", "materialConflict", "int");
        await WriteKeyAsync(xml, "goldsteinSum", "edge", "goldsteinSum", "double");
        await WriteKeyAsync(xml, "goldsteinMean", "edge", "goldsteinMean", "double");

        await xml.WriteStartElementAsync(null, "graph", Namespace);
        await xml.WriteAttributeStringAsync(null, "id", null, "entente");
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed");
        foreach (var (code, node) in nodes.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await xml.WriteStartElementAsync(null, "node", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, code);
            await WriteDataAsync(xml, "label", code);
            var names = node.Names.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal)
                .Take(NamesPerNode).Select(pair => pair.Key).ToList();
            if (names.Count > 0)
            {
                await WriteDataAsync(xml, "names", string.Join("; ", names));
            }

            await WriteDataAsync(xml, "country", node.Country);
            await WriteDataAsync(xml, "sector", node.Sector);
            await WriteDataAsync(xml, "nodeEvents", Number(node.Events));
            await xml.WriteEndElementAsync();
        }

        var edgeNumber = 0;
        foreach (var ((source, target), edge) in edges.OrderBy(pair => pair.Key.Source, StringComparer.Ordinal).ThenBy(pair => pair.Key.Target, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var total = edge.ByQuadClass.Sum();
            if (total == 0)
            {
                // Only reports of events counted on another edge (their heads name other actor codes).
                continue;
            }

            await xml.WriteStartElementAsync(null, "edge", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, "e" + Number(edgeNumber++));
            await xml.WriteAttributeStringAsync(null, "source", null, source);
            await xml.WriteAttributeStringAsync(null, "target", null, target);
            await WriteDataAsync(xml, "events", Number(total));
            await WriteDataAsync(xml, "reports", Number(edge.Reports));
            await WriteDataAsync(xml, "verbalCooperation", Number(edge.ByQuadClass[0]));
            await WriteDataAsync(xml, "materialCooperation", Number(edge.ByQuadClass[1]));
            await WriteDataAsync(xml, "verbalConflict", Number(edge.ByQuadClass[2]));
            await WriteDataAsync(xml, "materialConflict", Number(edge.ByQuadClass[3]));
            await WriteDataAsync(xml, "goldsteinSum", Round(edge.GoldsteinSum).ToString("R", CultureInfo.InvariantCulture));
            await WriteDataAsync(xml, "goldsteinMean", Round(edge.GoldsteinSum / total).ToString("R", CultureInfo.InvariantCulture));
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
        return counted;
    }

    private static NodeTotals Node(Dictionary<string, NodeTotals> nodes, EventActor actor)
    {
        if (!nodes.TryGetValue(actor.Code, out var node))
        {
            node = new NodeTotals();
            nodes.Add(actor.Code, node);
        }

        node.Country ??= actor.Country;
        node.Sector ??= actor.Sector;
        if (actor.Name is { Length: > 0 } name)
        {
            node.Names[name] = node.Names.GetValueOrDefault(name) + 1;
        }

        return node;
    }

    private static async Task WriteKeyAsync(XmlWriter xml, string id, string domain, string name, string type)
    {
        await xml.WriteStartElementAsync(null, "key", Namespace);
        await xml.WriteAttributeStringAsync(null, "id", null, id);
        await xml.WriteAttributeStringAsync(null, "for", null, domain);
        await xml.WriteAttributeStringAsync(null, "attr.name", null, name);
        await xml.WriteAttributeStringAsync(null, "attr.type", null, type);
        await xml.WriteEndElementAsync();
    }

    private static async Task WriteDataAsync(XmlWriter xml, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        await xml.WriteStartElementAsync(null, "data", Namespace);
        await xml.WriteAttributeStringAsync(null, "key", null, key);
        await xml.WriteStringAsync(value);
        await xml.WriteEndElementAsync();
    }

    // Sums of one-decimal scores pick up binary noise (3.4000000000000004); round it away.
    private static double Round(double value) => Math.Round(value, 6);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed class NodeTotals
    {
        public string? Country { get; set; }

        public string? Sector { get; set; }

        public long Events { get; set; }

        public Dictionary<string, long> Names { get; } = new(StringComparer.Ordinal);
    }

    private sealed class EdgeTotals
    {
        public long[] ByQuadClass { get; } = new long[4];

        public long Reports { get; set; }

        public double GoldsteinSum { get; set; }
    }
}
