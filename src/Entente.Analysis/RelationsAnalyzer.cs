using System.Globalization;
using Entente.Actors.KnowledgeBase;
using Entente.Events;
using Entente.Ontology;
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
    /// <summary>Most reports read for one profile or briefing (the newest, when there are more).</summary>
    public const int MaxReports = 5000;

    /// <summary>Weeks in a trend window when no since date is given.</summary>
    public const int DefaultTrendWeeks = 26;

    private readonly IEventStore _store = store ?? throw new ArgumentNullException(nameof(store));
    private readonly ActorKnowledgeBase? _knowledgeBase = knowledgeBase;

    /// <summary>
    /// The dyad's clusters per day, week or month, with counts per quad class and Goldstein sum and mean. Sides
    /// are countries ("RUS") or codes of actors without a country; undirected unless <paramref name="directed"/>.
    /// Each point lists its clusters (the evidence) unless <paramref name="withClusterIds"/> is false, for a timeline
    /// drawn from counts whose evidence is fetched per point on demand.
    /// </summary>
    /// <exception cref="ArgumentException">A side is empty, or <paramref name="since"/> is after <paramref name="until"/>.</exception>
    public async Task<DyadSeries> DyadSeriesAsync(
        string first, string second, SeriesInterval interval = SeriesInterval.Week, DateOnly? since = null, DateOnly? until = null,
        bool directed = false, bool withClusterIds = true, CancellationToken cancellationToken = default)
    {
        CheckSides(first, second);
        CheckWindow(since, until);
        var days = await _store.DyadDailyAsync(first.Trim(), second.Trim(), since, until, directed, withClusterIds, cancellationToken);
        var points = Bucket(days, interval, since, until);
        return new DyadSeries(first.Trim(), second.Trim(), directed, interval, points, Sum(points));
    }

    /// <summary>
    /// The trend of the dyad between <paramref name="since"/> and <paramref name="until"/> (default: the 26 weeks
    /// up to the latest event of the dyad).
    /// </summary>
    /// <exception cref="ArgumentException">A side is empty, or <paramref name="since"/> is after <paramref name="until"/>.</exception>
    public async Task<DyadTrend> DyadTrendAsync(string first, string second, DateOnly? since = null, DateOnly? until = null, CancellationToken cancellationToken = default)
    {
        CheckSides(first, second);
        CheckWindow(since, until);
        (first, second) = (first.Trim(), second.Trim());
        var end = until;
        if (end is null)
        {
            // Only the last date is needed: counts without the ids.
            var all = await _store.DyadDailyAsync(first, second, since, null, directed: false, withClusterIds: false, cancellationToken);
            end = all.Count > 0 ? all[^1].Date : DateOnly.FromDateTime(DateTime.UtcNow);
        }

        var start = since ?? end.Value.AddDays((-7 * DefaultTrendWeeks) + 1);
        var days = await _store.DyadDailyAsync(first, second, start, end, directed: false, cancellationToken: cancellationToken);
        var weekly = Bucket(days, SeriesInterval.Week, start, end);
        var weeksWithEvents = weekly.Count(point => point.Events > 0);
        var (slope, error) = LeastSquares(weekly.Select(point => point.GoldsteinSum).ToList());
        var half = weekly.Count / 2;
        var firstHalf = weekly.Take(half).ToList();
        var secondHalf = weekly.Skip(half).ToList();
        var direction = weeksWithEvents < 2 ? TrendDirection.Insufficient
            : Math.Abs(slope) <= error || slope == 0 ? TrendDirection.Steady
            : slope > 0 ? TrendDirection.TowardCooperation : TrendDirection.TowardConflict;

        // The evidence: the clusters that pulled hardest the way the line goes (both ways when it is flat).
        var clusters = await ClustersAsync(new EventQuery { Dyad = new Dyad(first, second), Since = start, Until = end, IncludeNegated = false }, cancellationToken);
        var evidence = clusters
            .Where(c => direction switch
            {
                TrendDirection.TowardCooperation => c.Goldstein > 0,
                TrendDirection.TowardConflict => c.Goldstein < 0,
                _ => true,
            })
            .OrderByDescending(c => Math.Abs(c.Goldstein))
            .ThenByDescending(c => c.Date)
            .ThenBy(c => c.ClusterId)
            .Take(10)
            .ToList();
        return new DyadTrend(
            first,
            second,
            start,
            end.Value,
            direction,
            slope,
            Mean(firstHalf.Select(p => p.GoldsteinSum)),
            Mean(secondHalf.Select(p => p.GoldsteinSum)),
            CooperationShare(firstHalf),
            CooperationShare(secondHalf),
            weekly.Sum(p => p.Events),
            weekly,
            evidence);
    }

    /// <summary>
    /// The profile of an actor given by name ("Masoud Pezeshkian", case-insensitive), knowledge-base id
    /// ("masoud-pezeshkian") or code; null when neither the store nor the knowledge base knows it.
    /// </summary>
    public async Task<ActorProfile?> ActorProfileAsync(string actor, int partners = 10, int latest = 10, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentOutOfRangeException.ThrowIfNegative(partners);
        ArgumentOutOfRangeException.ThrowIfNegative(latest);
        var query = actor.Trim();
        var reports = await _store.QueryEventsAsync(new EventQuery { Actor = query, IncludeNegated = false, NewestFirst = true, Limit = MaxReports }, cancellationToken);
        var sides = new List<(StoredEvent Report, EventActor Self, EventActor? Other)>();
        foreach (var report in reports.Where(IsFactual))
        {
            var e = report.Event;
            if (Matches(e.Source, query))
            {
                sides.Add((report, e.Source, e.Target));
            }
            else if (e.Target is { } target && Matches(target, query))
            {
                sides.Add((report, target, e.Source));
            }
        }

        var actorId = Most(sides.Select(s => s.Self.ActorId).OfType<string>()) ?? (_knowledgeBase?.FindById(query) is not null ? query : null);
        var known = actorId is null ? null : _knowledgeBase?.FindById(actorId);
        if (sides.Count == 0 && known is null)
        {
            return null;
        }

        var newestFirst = sides.OrderByDescending(s => s.Report.Event.Date, StringComparer.Ordinal).ThenByDescending(s => s.Report.Event.Id, StringComparer.Ordinal).ToList();
        var name = Most(sides.Select(s => s.Self.Name).OfType<string>()) ?? known?.Name ?? query;
        var codes = Facts(newestFirst, s => s.Self.Code);
        var country = Facts(newestFirst, s => s.Self.Country).FirstOrDefault()
            ?? (known?.Country is { } kbCountry ? new ProfileFact(kbCountry, 0, []) : null);

        var roles = new List<ProfileRole>();
        if (actorId is not null && _knowledgeBase is not null)
        {
            foreach (var role in _knowledgeBase.RolesOf(actorId))
            {
                var shown = newestFirst
                    .Where(s => s.Self.Code == role.Code && EventDate(s.Report) is { } date && (role.From is null || role.From <= date) && (role.To is null || date <= role.To))
                    .Take(3)
                    .Select(s => ToEvidence(s.Report))
                    .ToList();
                roles.Add(new ProfileRole(role.Title ?? role.Code, role.Code, role.From, role.To, RoleOrigin.KnowledgeBase, shown));
            }
        }

        foreach (var group in newestFirst.Where(s => !string.IsNullOrWhiteSpace(s.Self.Role)).GroupBy(s => s.Self.Role!, StringComparer.OrdinalIgnoreCase))
        {
            var dates = group.Select(s => EventDate(s.Report)).OfType<DateOnly>().ToList();
            roles.Add(new ProfileRole(
                group.Key,
                Most(group.Select(s => s.Self.Code)),
                dates.Count > 0 ? dates.Min() : null,
                dates.Count > 0 ? dates.Max() : null,
                RoleOrigin.Text,
                group.Take(3).Select(s => ToEvidence(s.Report)).ToList()));
        }

        var clustersOf = newestFirst.GroupBy(s => ClusterIdOf(s.Report)).ToList();
        var topPartners = newestFirst
            .Where(s => s.Other is not null)
            .GroupBy(s => s.Other!.ActorId ?? s.Other.Code, StringComparer.Ordinal)
            .Select(group =>
            {
                var shared = group.GroupBy(s => ClusterIdOf(s.Report)).Select(c => c.First()).ToList();
                var other = group.First().Other!;
                return new Partner(
                    group.Key,
                    other.Name ?? other.Code,
                    other.Country,
                    shared.Count,
                    shared.Count(s => s.Report.Event.QuadClass <= 2),
                    shared.Count(s => s.Report.Event.QuadClass >= 3),
                    shared.Sum(s => s.Report.Event.Goldstein),
                    shared.Select(s => ToEvidence(s.Report)).ToList());
            })
            .OrderByDescending(p => p.Events)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(partners)
            .ToList();
        var latestEvents = clustersOf.Select(c => ToEvidence(c.First().Report)).Take(latest).ToList();
        var quotes = await _store.QueryQuotesAsync(actorId ?? query, 1000, 0, cancellationToken);
        return new ActorProfile(query, actorId, name, codes, country, roles, clustersOf.Count, sides.Count, topPartners, latestEvents, quotes.Count);
    }

    /// <summary>Communities of the cooperation/conflict network between the clusters' sides over a period.</summary>
    /// <exception cref="ArgumentException"><paramref name="since"/> is after <paramref name="until"/>.</exception>
    public async Task<BlocReport> BlocsAsync(DateOnly? since = null, DateOnly? until = null, CancellationToken cancellationToken = default)
    {
        CheckWindow(since, until);
        var directed = await _store.ClusterEdgesAsync(since, until, cancellationToken);
        var pairs = directed
            .GroupBy(e => string.CompareOrdinal(e.Source, e.Target) <= 0 ? (e.Source, e.Target) : (e.Target, e.Source))
            .Select(g => (A: g.Key.Item1, B: g.Key.Item2, Cooperation: g.Sum(e => e.Cooperation), Conflict: g.Sum(e => e.Conflict),
                Goldstein: g.Sum(e => e.GoldsteinSum), Ids: g.SelectMany(e => e.ClusterIds).Order().ToList()))
            .ToList();
        var names = pairs.SelectMany(p => new[] { p.A, p.B }).Distinct().Order(StringComparer.Ordinal).ToList();
        var index = names.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);

        // Cooperation binds, conflict repels: a pair's weight is its net cooperation, and a net-hostile pair
        // carries none (modularity needs non-negative weights); the tension still shows in the edge list.
        var weighted = pairs.Select(p => (index[p.A], index[p.B], Weight: (double)Math.Max(0, p.Cooperation - p.Conflict))).ToList();
        var membership = Louvain.Detect(names.Count, weighted);
        var modularity = Louvain.Modularity(names.Count, weighted, membership);
        var strength = new double[names.Count];
        foreach (var (a, b, weight) in weighted)
        {
            strength[a] += weight;
            strength[b] += weight;
        }

        var blocs = Enumerable.Range(0, names.Count)
            .GroupBy(i => membership[i])
            .Select(g => g.OrderByDescending(i => strength[i]).ThenBy(i => names[i], StringComparer.Ordinal).ToList())
            .OrderByDescending(members => members.Any(i => strength[i] > 0))
            .ThenByDescending(members => members.Count)
            .ThenByDescending(members => members.Sum(i => strength[i]))
            .ThenBy(members => names[members[0]], StringComparer.Ordinal)
            .Select((members, id) =>
            {
                var set = members.ToHashSet();
                var inside = pairs.Where(p => set.Contains(index[p.A]) && set.Contains(index[p.B])).ToList();
                return new Bloc(id, members.Select(i => names[i]).ToList(), inside.Sum(p => p.Cooperation), inside.Sum(p => p.Conflict));
            })
            .ToList();
        var edges = pairs
            .Select(p => new BlocEdge(p.A, p.B, p.Cooperation, p.Conflict, p.Goldstein, Math.Max(0, p.Cooperation - p.Conflict),
                membership[index[p.A]] == membership[index[p.B]], p.Ids))
            .OrderByDescending(e => e.Cooperation + e.Conflict)
            .ThenBy(e => e.A, StringComparer.Ordinal)
            .ThenBy(e => e.B, StringComparer.Ordinal)
            .ToList();
        return new BlocReport(since, until, modularity, blocs, edges);
    }

    /// <summary>A briefing on the events between two sides (countries or actor code prefixes), either direction.</summary>
    /// <exception cref="ArgumentException"><paramref name="since"/> is after <paramref name="until"/>.</exception>
    public async Task<Briefing> BriefDyadAsync(Dyad dyad, DateOnly? since = null, DateOnly? until = null, int linesPerSection = 10, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dyad);
        CheckWindow(since, until);
        var clusters = await ClustersAsync(new EventQuery { Dyad = dyad, Since = since, Until = until, IncludeNegated = false }, cancellationToken);
        var summary = Summary(clusters);
        if (clusters.Count > 0)
        {
            var trend = await DyadTrendAsync(dyad.First, dyad.Second, since, until, cancellationToken);
            summary.Add(TrendSentence(trend));
        }

        var title = $"Briefing: {dyad.First} – {dyad.Second}";
        return new Briefing(dyad.ToString(), title, since, until, summary, await SectionsAsync(clusters, linesPerSection, cancellationToken));
    }

    /// <summary>A briefing on the events of one actor (name, id or code prefix), either side.</summary>
    /// <exception cref="ArgumentException">The actor is empty, or <paramref name="since"/> is after <paramref name="until"/>.</exception>
    public async Task<Briefing> BriefActorAsync(string actor, DateOnly? since = null, DateOnly? until = null, int linesPerSection = 10, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        CheckWindow(since, until);
        var clusters = await ClustersAsync(new EventQuery { Actor = actor.Trim(), Since = since, Until = until, IncludeNegated = false }, cancellationToken);
        var summary = Summary(clusters);
        var partners = clusters
            .SelectMany(c => new[] { c.Source, c.Target ?? "" })
            .Where(side => side.Length > 0 && !string.Equals(side, actor.Trim(), StringComparison.OrdinalIgnoreCase))
            .GroupBy(side => side, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(5)
            .Select(g => $"{g.Key} ({g.Count()})")
            .ToList();
        if (partners.Count > 0)
        {
            summary.Add($"Most frequent counterparts: {string.Join(", ", partners)}.");
        }

        return new Briefing(actor.Trim(), $"Briefing: {actor.Trim()}", since, until, summary, await SectionsAsync(clusters, linesPerSection, cancellationToken));
    }

    /// <summary>The reports matching <paramref name="query"/> that the text says took place, one evidence per cluster (its earliest report), newest first.</summary>
    private async Task<List<Evidence>> ClustersAsync(EventQuery query, CancellationToken cancellationToken)
    {
        var reports = await _store.QueryEventsAsync(query with { NewestFirst = true, Limit = MaxReports }, cancellationToken);
        return reports
            .Where(IsFactual)
            .GroupBy(ClusterIdOf)
            .Select(g => ToEvidence(g.FirstOrDefault(r => r.Event.Id == r.Cluster?.HeadEventId) ?? g.First()))
            .OrderByDescending(e => e.Date)
            .ThenByDescending(e => e.ClusterId)
            .ToList();
    }

    private async Task<IReadOnlyList<BriefingSection>> SectionsAsync(List<Evidence> clusters, int linesPerSection, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(linesPerSection, 1);
        var sections = new List<BriefingSection>();
        foreach (var topic in Enum.GetValues<BriefingTopic>())
        {
            var lines = new List<BriefingLine>();
            foreach (var cluster in clusters.Where(c => BriefingTopics.Of(c.Cameo) == topic).Take(linesPerSection))
            {
                // One citation per article: the cluster's reports, the shown one first.
                var reports = cluster.ClusterId > 0 ? await _store.GetClusterEventsAsync(cluster.ClusterId, cancellationToken) : [];
                var evidence = new List<Evidence> { cluster };
                evidence.AddRange(reports
                    .Where(r => r.ArticleId != cluster.ArticleId)
                    .GroupBy(r => r.ArticleId, StringComparer.Ordinal)
                    .Select(g => ToEvidence(g.First())));
                lines.Add(new BriefingLine(cluster.Date, Describe(cluster), cluster.NumArticles, cluster.NumSources, evidence));
            }

            sections.Add(new BriefingSection(topic, BriefingTopics.Title(topic), lines));
        }

        return sections;
    }

    private static List<string> Summary(List<Evidence> clusters)
    {
        if (clusters.Count == 0)
        {
            return ["No events that took place are stored for this subject and period."];
        }

        var cooperation = clusters.Count(c => c.QuadClass <= 2);
        var dates = clusters.Select(c => c.Date).OfType<DateOnly>().ToList();
        var span = dates.Count > 0 ? $" between {dates.Min():yyyy-MM-dd} and {dates.Max():yyyy-MM-dd}" : "";
        var best = clusters.OrderByDescending(c => c.NumSources).ThenByDescending(c => c.NumArticles).First();
        return
        [
            $"{Plural(clusters.Count, "event")}{span}; {clusters.Count(c => c.NumArticles > 1)} reported by more than one article, "
                + $"the best-backed by {Plural(best.NumArticles, "article")} from {Plural(best.NumSources, "source")}.",
            $"{cooperation} cooperative and {clusters.Count - cooperation} conflictual; net Goldstein "
                + $"{clusters.Sum(c => c.Goldstein).ToString("0.0", CultureInfo.InvariantCulture)}.",
        ];
    }

    private static string TrendSentence(DyadTrend trend) => trend.Direction switch
    {
        TrendDirection.Insufficient => $"Too few weeks with events between {trend.Since:yyyy-MM-dd} and {trend.Until:yyyy-MM-dd} to read a trend.",
        TrendDirection.Steady => $"No clear trend from {trend.Since:yyyy-MM-dd} to {trend.Until:yyyy-MM-dd} (weekly net Goldstein slope {Number(trend.SlopePerWeek)}).",
        TrendDirection.TowardCooperation => $"Trend toward cooperation from {trend.Since:yyyy-MM-dd} to {trend.Until:yyyy-MM-dd} (weekly net Goldstein slope +{Number(trend.SlopePerWeek)}).",
        _ => $"Trend toward conflict from {trend.Since:yyyy-MM-dd} to {trend.Until:yyyy-MM-dd} (weekly net Goldstein slope {Number(trend.SlopePerWeek)}).",
    };

    private static string Describe(Evidence cluster)
    {
        var name = CameoCatalog.Default.Find(cluster.Cameo)?.Name ?? "event";
        var target = cluster.Target is null ? "" : $" → {cluster.Target}";
        return $"{cluster.Source}{target}: {name} (CAMEO {cluster.Cameo}, Goldstein {Number(cluster.Goldstein)})";
    }

    private static string Number(double value) => value.ToString("0.0#", CultureInfo.InvariantCulture);

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    internal static Evidence ToEvidence(StoredEvent report)
    {
        var e = report.Event;
        return new Evidence(
            ClusterIdOf(report),
            e.Id,
            report.ArticleId,
            report.ArticleTitle,
            report.ArticleUrl,
            e.Sentence,
            report.SentenceText,
            EventDate(report),
            e.Source.Name ?? e.Source.Code,
            e.Target is { } target ? target.Name ?? target.Code : null,
            e.Cameo,
            e.QuadClass,
            e.Goldstein,
            report.Cluster?.NumArticles ?? 1,
            report.Cluster?.NumSources ?? 1);
    }

    /// <summary>The cluster id; an event without one (a store mid-upgrade) stands alone under a negative number.</summary>
    private static long ClusterIdOf(StoredEvent report) => report.Cluster?.Id ?? -1 - (uint)StringComparer.Ordinal.GetHashCode(report.Event.Id);

    private static DateOnly? EventDate(StoredEvent report)
        => report.Event.Date is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    private static bool IsFactual(StoredEvent report) => !report.Event.Negated && report.Event.Modality is Modality.Asserted or Modality.Reported;

    private static bool Matches(EventActor side, string query)
        => string.Equals(side.ActorId, query, StringComparison.Ordinal)
           || string.Equals(side.Name, query, StringComparison.OrdinalIgnoreCase)
           || side.Code.StartsWith(query, StringComparison.Ordinal);

    private static string? Most(IEnumerable<string> values)
        => values.GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault()?.Key;

    private static List<ProfileFact> Facts(
        List<(StoredEvent Report, EventActor Self, EventActor? Other)> newestFirst, Func<(StoredEvent Report, EventActor Self, EventActor? Other), string?> value)
        => newestFirst
            .Where(s => value(s) is not null)
            .GroupBy(s => value(s)!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ProfileFact(g.Key, g.Count(), g.Take(3).Select(s => ToEvidence(s.Report)).ToList()))
            .ToList();

    private static List<SeriesPoint> Bucket(IReadOnlyList<DyadDay> days, SeriesInterval interval, DateOnly? since, DateOnly? until)
    {
        if (days.Count == 0 && (since is null || until is null))
        {
            return [];
        }

        var first = PeriodStart(since ?? days[0].Date, interval);
        var last = PeriodStart(until ?? days[^1].Date, interval);
        var byPeriod = days.GroupBy(day => PeriodStart(day.Date, interval)).ToDictionary(g => g.Key, g => g.ToList());
        var points = new List<SeriesPoint>();
        for (var start = first; start <= last; start = Next(start, interval))
        {
            var end = Next(start, interval).AddDays(-1);
            var group = byPeriod.GetValueOrDefault(start) ?? [];
            int Quad(int quad) => group.Where(d => d.QuadClass == quad).Sum(d => d.Events);
            var events = group.Sum(d => d.Events);
            var goldstein = group.Sum(d => d.GoldsteinSum);
            points.Add(new SeriesPoint(
                start, end, events, Quad(1), Quad(2), Quad(3), Quad(4), goldstein, events == 0 ? 0 : goldstein / events,
                group.Sum(d => d.Reports), group.SelectMany(d => d.ClusterIds).Order().ToList()));
        }

        return points;
    }

    private static SeriesPoint Sum(List<SeriesPoint> points)
    {
        var events = points.Sum(p => p.Events);
        var goldstein = points.Sum(p => p.GoldsteinSum);
        return new SeriesPoint(
            points.Count > 0 ? points[0].Start : default,
            points.Count > 0 ? points[^1].End : default,
            events,
            points.Sum(p => p.VerbalCooperation),
            points.Sum(p => p.MaterialCooperation),
            points.Sum(p => p.VerbalConflict),
            points.Sum(p => p.MaterialConflict),
            goldstein,
            events == 0 ? 0 : goldstein / events,
            points.Sum(p => p.Reports),
            points.SelectMany(p => p.ClusterIds).Order().ToList());
    }

    /// <summary>First day of the period holding <paramref name="date"/>: the day, the Monday of its ISO week, or the first of its month.</summary>
    internal static DateOnly PeriodStart(DateOnly date, SeriesInterval interval) => interval switch
    {
        SeriesInterval.Day => date,
        SeriesInterval.Week => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
        SeriesInterval.Month => new DateOnly(date.Year, date.Month, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(interval), interval, null),
    };

    private static DateOnly Next(DateOnly start, SeriesInterval interval) => interval switch
    {
        SeriesInterval.Day => start.AddDays(1),
        SeriesInterval.Week => start.AddDays(7),
        _ => start.AddMonths(1),
    };

    /// <summary>Slope of the least-squares line through (0, y0), (1, y1), … and its standard error (0 with fewer than three points).</summary>
    internal static (double Slope, double StandardError) LeastSquares(IReadOnlyList<double> values)
    {
        var n = values.Count;
        if (n < 2)
        {
            return (0, 0);
        }

        var meanX = (n - 1) / 2.0;
        var meanY = values.Average();
        double sxx = 0, sxy = 0;
        for (var i = 0; i < n; i++)
        {
            sxx += (i - meanX) * (i - meanX);
            sxy += (i - meanX) * (values[i] - meanY);
        }

        var slope = sxy / sxx;
        if (n < 3)
        {
            return (slope, 0);
        }

        var residuals = 0.0;
        for (var i = 0; i < n; i++)
        {
            var fitted = meanY + (slope * (i - meanX));
            residuals += (values[i] - fitted) * (values[i] - fitted);
        }

        return (slope, Math.Sqrt(residuals / (n - 2) / sxx));
    }

    private static double Mean(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? 0 : list.Average();
    }

    private static double CooperationShare(List<SeriesPoint> points)
    {
        var events = points.Sum(p => p.Events);
        return events == 0 ? 0 : (double)points.Sum(p => p.Cooperation) / events;
    }

    private static void CheckSides(string first, string second)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(first);
        ArgumentException.ThrowIfNullOrWhiteSpace(second);
    }

    private static void CheckWindow(DateOnly? since, DateOnly? until)
    {
        if (since > until)
        {
            throw new ArgumentException($"The period starts ({since:yyyy-MM-dd}) after it ends ({until:yyyy-MM-dd}).", nameof(since));
        }
    }
}
