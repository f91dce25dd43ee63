using Entente.Pipeline;

namespace Entente.Storage.Schema;

/// <summary>
/// The clustering state of a bulk import, held in memory: every cluster that later reports may join (dated,
/// two-sided), indexed by key and day, with its counts and the sources it counts. A batch is assigned by
/// <see cref="ClusterAssigner"/> itself, against the clusters this index holds instead of those a store's lookup
/// reads, and the cluster rows come out with their ids and final-so-far counts, so the store is never read.
/// </summary>
internal sealed class InMemoryClusters
{
    private readonly Dictionary<(string Key, int Day), Cluster> _byDay = [];
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
    private long _lastId;

    /// <summary>Clusters held: those later reports may join.</summary>
    public int Held { get; private set; }

    /// <summary>Clusters made, held or not (undated and one-sided ones are never joined, so never held).</summary>
    public long Total => _lastId;

    /// <summary>What one batch changed: the assignment, the clusters to insert and the joined clusters' new values.</summary>
    /// <param name="Assignment">The cluster of every event (with the ids this index gave the new clusters).</param>
    /// <param name="New">New clusters, in id order, with their counts.</param>
    /// <param name="Joined">Clusters of earlier batches that this one joined, with their counts and place as they now stand.</param>
    public sealed record Batch(ClusterAssigner.Result Assignment, IReadOnlyList<ClusterInsert> New, IReadOnlyList<ClusterUpdate> Joined);

    /// <summary>
    /// Assigns the events of <paramref name="fresh"/> (articles new to the store) exactly as a store's batch would:
    /// the candidates are the held clusters of each event's key within <see cref="EventClusters.WindowDays"/> of
    /// its date. That is fewer than the date range a store's lookup reads, but holds every cluster the assigner may
    /// choose, since it never chooses one further away; the assigner orders candidates by id, so the result is the same.
    /// </summary>
    public Batch Assign(IReadOnlyList<Extraction> fresh)
    {
        var pending = fresh.SelectMany(extraction => extraction.Events).Select(PendingEvent.Of).ToList();
        var found = new Dictionary<long, Cluster>();
        var looked = new HashSet<(string, int)>();
        foreach (var report in pending)
        {
            if (!ClusterAssigner.Mergeable(report) || !looked.Add((report.Key, report.Date!.Value.DayNumber)))
            {
                continue;
            }

            var day = report.Date!.Value.DayNumber;
            for (var near = day - EventClusters.WindowDays; near <= day + EventClusters.WindowDays; near++)
            {
                for (var cluster = _byDay.GetValueOrDefault((report.Key, near)); cluster is not null; cluster = cluster.NextOnDay)
                {
                    found.TryAdd(cluster.Id, cluster);
                }
            }
        }

        var result = ClusterAssigner.Assign(pending, found.Values.Select(cluster => new ClusterCandidate(cluster.Id, cluster.Key, cluster.Date, cluster.Place)));
        var additions = ClusterCounts.Additions(result, fresh);
        var inserts = new List<ClusterInsert>(result.New.Count);
        foreach (var slot in result.New)
        {
            slot.Id = ++_lastId;
            var counts = additions[slot];
            inserts.Add(new ClusterInsert(slot, counts));
            if (ClusterAssigner.Mergeable(slot.Head!))
            {
                Hold(slot, counts);
            }
        }

        var updates = new List<ClusterUpdate>(result.Touched.Count);
        foreach (var slot in result.Touched)
        {
            var cluster = found[slot.Id];
            var counts = additions[slot];
            cluster.Place = slot.Place;
            cluster.Events += counts.Reports;
            cluster.Articles += counts.Articles.Count;
            foreach (var source in counts.Sources)
            {
                cluster.CountSource(source);
            }

            updates.Add(new ClusterUpdate(cluster.Id, cluster.Place, cluster.Events, cluster.Articles, cluster.Sources));
        }

        return new Batch(result, inserts, updates);
    }

    private void Hold(ClusterSlot slot, ClusterAddition counts)
    {
        // One string per key, however many clusters share it: millions of clusters, a few hundred thousand keys.
        if (!_keys.TryGetValue(slot.Key, out var key))
        {
            key = slot.Key;
            _keys[key] = key;
        }

        var day = (key, slot.Date!.Value.DayNumber);
        var cluster = new Cluster(slot.Id, key, slot.Date.Value)
        {
            Place = slot.Place,
            Events = counts.Reports,
            Articles = counts.Articles.Count,
            NextOnDay = _byDay.GetValueOrDefault(day),
        };
        foreach (var source in counts.Sources)
        {
            cluster.CountSource(source);
        }

        _byDay[day] = cluster;
        Held++;
    }

    /// <summary>A held cluster; one day's clusters of a key are chained, most of them alone.</summary>
    private sealed class Cluster(long id, string key, DateOnly date)
    {
        private string? _firstSource;
        private List<string>? _moreSources;

        public long Id { get; } = id;

        public string Key { get; } = key;

        public DateOnly Date { get; } = date;

        public string? Place { get; set; }

        public int Events { get; set; }

        public int Articles { get; set; }

        public int Sources => _firstSource is null ? 0 : 1 + (_moreSources?.Count ?? 0);

        public Cluster? NextOnDay { get; init; }

        public void CountSource(string source)
        {
            if (_firstSource is null)
            {
                _firstSource = source;
            }
            else if (_firstSource != source && _moreSources?.Contains(source) != true)
            {
                (_moreSources ??= []).Add(source);
            }
        }
    }
}

/// <summary>A joined cluster's counts and place as they stand after a bulk-import batch.</summary>
internal readonly record struct ClusterUpdate(long Id, string? Place, int Events, int Articles, int Sources);
