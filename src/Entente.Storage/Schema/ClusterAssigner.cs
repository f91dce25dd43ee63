using System.Globalization;
using Entente.Events;

namespace Entente.Storage.Schema;

/// <summary>What clustering needs to know of one event about to be stored (or stored before clustering existed).</summary>
/// <param name="EventId">The event.</param>
/// <param name="Key">Cluster key: sides, root and factual status; reports of one event share it.</param>
/// <param name="SourceKey">Source side.</param>
/// <param name="TargetKey">Target side ("" for one-sided events).</param>
/// <param name="Root">CAMEO root code.</param>
/// <param name="QuadClass">Quad class.</param>
/// <param name="Goldstein">Goldstein score.</param>
/// <param name="Date">Event date; undated events are never merged.</param>
/// <param name="Place">Place key (GeoNames id, else lower-case name), null when unknown.</param>
/// <param name="Factual">True when the text says it took place: not negated, asserted or reported.</param>
internal sealed record PendingEvent(
    string EventId, string Key, string SourceKey, string TargetKey, string Root, int QuadClass, double Goldstein, DateOnly? Date, string? Place, bool Factual)
{
    /// <summary>The clustering facts of a coded event.</summary>
    public static PendingEvent Of(CodedEvent coded) => Of(
        coded.Id,
        coded.Source.Country,
        coded.Source.Code,
        coded.Target?.Country,
        coded.Target?.Code,
        coded.Root,
        coded.QuadClass,
        coded.Goldstein,
        coded.Date is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        coded.Location?.GeonamesId,
        coded.Location?.Name,
        coded.Negated,
        EnumText.From(coded.Modality));

    /// <summary>The clustering facts from an event's stored columns.</summary>
    public static PendingEvent Of(
        string eventId, string? sourceCountry, string? sourceCode, string? targetCountry, string? targetCode, string root, int quadClass,
        double goldstein, DateOnly? date, long? geonamesId, string? placeName, bool negated, string modality)
    {
        var source = EventClusters.SideKey(sourceCountry, sourceCode);
        var target = EventClusters.SideKey(targetCountry, targetCode);
        var factual = !negated && modality is "asserted" or "reported";

        // A meeting is one event whoever the sentence names first ("Putin met Pezeshkian", "Pezeshkian met
        // Putin"), so consultations are keyed on the unordered pair; every other root keeps its direction.
        var (first, second) = root == "04" && string.CompareOrdinal(target, source) < 0 ? (target, source) : (source, target);
        var status = negated ? "negated" : factual ? "fact" : modality;
        var place = geonamesId is { } id ? id.ToString(CultureInfo.InvariantCulture)
            : string.IsNullOrWhiteSpace(placeName) ? null : placeName.Trim().ToLowerInvariant();
        return new PendingEvent(eventId, $"{first}|{second}|{root}|{status}", source, target, root, quadClass, goldstein, date, place, factual);
    }
}

/// <summary>A stored cluster that pending events may join.</summary>
/// <param name="Id">Cluster id.</param>
/// <param name="Key">Cluster key.</param>
/// <param name="Date">Cluster date.</param>
/// <param name="Place">Place key, null when unknown.</param>
internal sealed record ClusterCandidate(long Id, string Key, DateOnly Date, string? Place);

/// <summary>A cluster as assigned in one batch: an existing one being joined, or a new one headed by a pending event.</summary>
internal sealed class ClusterSlot
{
    /// <summary>The stored id; set by the store once a new cluster is inserted.</summary>
    public long Id { get; set; }

    /// <summary>True for a cluster created by this batch.</summary>
    public bool IsNew { get; init; }

    /// <summary>The first report of a new cluster.</summary>
    public PendingEvent? Head { get; init; }

    public required string Key { get; init; }

    public DateOnly? Date { get; init; }

    /// <summary>Place key; an unknown place is filled in by the first report that knows it.</summary>
    public string? Place { get; set; }

    /// <summary>True when an existing cluster's place was filled in and must be written back.</summary>
    public bool PlaceChanged { get; set; }
}

/// <summary>
/// Decides which cluster each pending event joins. Pure and deterministic: the provider loads the candidate
/// clusters (under whatever lock makes the lookup race-free), calls <see cref="Assign"/>, then writes the result.
/// </summary>
internal static class ClusterAssigner
{
    /// <summary>What one assignment decided.</summary>
    /// <param name="ByEvent">The slot of every pending event.</param>
    /// <param name="New">New clusters to insert, in head order.</param>
    /// <param name="Touched">Existing clusters joined (their counts must be recomputed; some have a new place).</param>
    public sealed record Result(IReadOnlyDictionary<string, ClusterSlot> ByEvent, IReadOnlyList<ClusterSlot> New, IReadOnlyList<ClusterSlot> Touched);

    /// <summary>Per cluster key, the date range in which stored clusters may be joined by the pending events.</summary>
    public static IReadOnlyList<(string Key, DateOnly From, DateOnly To)> KeyRanges(IEnumerable<PendingEvent> pending)
        => pending
            .Where(Mergeable)
            .GroupBy(e => e.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Min(e => e.Date!.Value).AddDays(-EventClusters.WindowDays), g.Max(e => e.Date!.Value).AddDays(EventClusters.WindowDays)))
            .ToList();

    /// <summary>
    /// Assigns every pending event, in date then id order, to the nearest-dated cluster of its key within the
    /// window whose place is the same or unknown (on either side); ties go to the older cluster. An event that
    /// joins none heads a new cluster, which later events of the batch may join. Undated and one-sided events head their own.
    /// </summary>
    public static Result Assign(IReadOnlyList<PendingEvent> pending, IEnumerable<ClusterCandidate> candidates)
    {
        var byKey = new Dictionary<string, List<ClusterSlot>>(StringComparer.Ordinal);
        var existing = new Dictionary<long, ClusterSlot>();
        foreach (var candidate in candidates.OrderBy(c => c.Id))
        {
            var slot = new ClusterSlot { Id = candidate.Id, Key = candidate.Key, Date = candidate.Date, Place = candidate.Place };
            existing[candidate.Id] = slot;
            SlotsOf(byKey, candidate.Key).Add(slot);
        }

        var byEvent = new Dictionary<string, ClusterSlot>(StringComparer.Ordinal);
        var created = new List<ClusterSlot>();
        var touched = new HashSet<ClusterSlot>();
        var order = pending
            .OrderBy(e => e.Date ?? DateOnly.MaxValue)
            .ThenBy(e => e.Date is null)
            .ThenBy(e => e.EventId, StringComparer.Ordinal);
        foreach (var report in order)
        {
            // A repeated id is left to the database, which refuses the second row and names its article.
            if (byEvent.ContainsKey(report.EventId))
            {
                continue;
            }

            var slot = Mergeable(report) ? Nearest(SlotsOf(byKey, report.Key), report.Date!.Value, report.Place) : null;
            if (slot is null)
            {
                slot = new ClusterSlot { IsNew = true, Head = report, Key = report.Key, Date = report.Date, Place = report.Place };
                created.Add(slot);
                if (Mergeable(report))
                {
                    SlotsOf(byKey, report.Key).Add(slot);
                }
            }
            else
            {
                if (slot.Place is null && report.Place is not null)
                {
                    slot.Place = report.Place;
                    slot.PlaceChanged = !slot.IsNew;
                }

                if (!slot.IsNew)
                {
                    touched.Add(slot);
                }
            }

            byEvent[report.EventId] = slot;
        }

        return new Result(byEvent, created, touched.OrderBy(s => s.Id).ToList());
    }

    /// <summary>
    /// Only dated events with two sides are merged. Without a date nothing says two reports are of one moment;
    /// without a target, "the United States said" on one day would lump every American statement together.
    /// </summary>
    public static bool Mergeable(PendingEvent report) => report.Date is not null && report.TargetKey.Length > 0;

    private static List<ClusterSlot> SlotsOf(Dictionary<string, List<ClusterSlot>> byKey, string key)
    {
        if (!byKey.TryGetValue(key, out var slots))
        {
            slots = [];
            byKey[key] = slots;
        }

        return slots;
    }

    private static ClusterSlot? Nearest(List<ClusterSlot> slots, DateOnly date, string? place)
    {
        ClusterSlot? best = null;
        var bestGap = int.MaxValue;
        foreach (var slot in slots)
        {
            var gap = Math.Abs(slot.Date!.Value.DayNumber - date.DayNumber);
            if (gap > EventClusters.WindowDays || (place is not null && slot.Place is not null && slot.Place != place))
            {
                continue;
            }

            // Slots are in age order (stored by id, then new ones in creation order), so a strict improvement
            // keeps the older cluster on a tie.
            if (gap < bestGap)
            {
                best = slot;
                bestGap = gap;
            }
        }

        return best;
    }
}
