using Entente.Actors.KnowledgeBase;
using Entente.Storage;

namespace Entente.Analysis;

/// <summary>
/// Reads relations out of an event store: dyad timelines and trends, actor profiles, blocs and briefings. Every
/// analytic counts event clusters (each real-world event once, however many articles report it) and carries the
/// cluster, event and article ids that make its numbers, so a reader can drill down to the sentences.
/// </summary>
/// <remarks>Stateless apart from the store; safe to share between threads and requests.</remarks>
/// <param name="store">The store to read.</param>
/// <param name="knowledgeBase">The actor knowledge base for profile roles; null leaves knowledge-base roles out.</param>
public sealed class RelationsAnalyzer(IEventStore store, ActorKnowledgeBase? knowledgeBase = null)
{
    /// <summary>Most reports read for one profile or briefing (newest first beyond that are left out).</summary>
    public const int MaxReports = 5000;

    private readonly IEventStore _store = store ?? throw new ArgumentNullException(nameof(store));
    private readonly ActorKnowledgeBase? _knowledgeBase = knowledgeBase;

    /// <summary>
    /// The dyad's clusters per day, week or month, with counts per quad class and Goldstein sum and mean. Sides
    /// are countries ("RUS") or codes of actors without a country; undirected unless <paramref name="directed"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A side is empty, or <paramref name="since"/> is after <paramref name="until"/>.</exception>
    public Task<DyadSeries> DyadSeriesAsync(
        string first, string second, SeriesInterval interval = SeriesInterval.Week, DateOnly? since = null, DateOnly? until = null,
        bool directed = false, CancellationToken cancellationToken = default)
        => throw new NotImplementedException();

    /// <summary>
    /// The trend of the dyad between <paramref name="since"/> and <paramref name="until"/> (default: the 26 weeks
    /// up to the latest event of the dyad).
    /// </summary>
    /// <exception cref="ArgumentException">A side is empty, or <paramref name="since"/> is after <paramref name="until"/>.</exception>
    public Task<DyadTrend> DyadTrendAsync(string first, string second, DateOnly? since = null, DateOnly? until = null, CancellationToken cancellationToken = default)
        => throw new NotImplementedException();

    /// <summary>
    /// The profile of an actor given by name ("Masoud Pezeshkian", case-insensitive), knowledge-base id
    /// ("masoud-pezeshkian") or code; null when neither the store nor the knowledge base knows it.
    /// </summary>
    public Task<ActorProfile?> ActorProfileAsync(string actor, int partners = 10, int latest = 10, CancellationToken cancellationToken = default)
        => throw new NotImplementedException();

    /// <summary>Communities of the cooperation/conflict network between the clusters' sides over a period.</summary>
    public Task<BlocReport> BlocsAsync(DateOnly? since = null, DateOnly? until = null, CancellationToken cancellationToken = default)
        => throw new NotImplementedException();

    /// <summary>A briefing on the events between two sides (countries or actor code prefixes), either direction.</summary>
    public Task<Briefing> BriefDyadAsync(Dyad dyad, DateOnly? since = null, DateOnly? until = null, int linesPerSection = 10, CancellationToken cancellationToken = default)
        => throw new NotImplementedException();

    /// <summary>A briefing on the events of one actor (name, id or code prefix), either side.</summary>
    public Task<Briefing> BriefActorAsync(string actor, DateOnly? since = null, DateOnly? until = null, int linesPerSection = 10, CancellationToken cancellationToken = default)
        => throw new NotImplementedException();
}
