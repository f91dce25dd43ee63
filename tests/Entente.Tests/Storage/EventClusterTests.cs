using Entente.Actors;
using Entente.Events;
using Entente.Pipeline;
using Entente.Storage;

namespace Entente.Tests.Storage;

/// <summary>
/// Event clusters, dyad days, cluster edges and evidence search: the store behaviour the analytics stand on,
/// run on every provider.
/// </summary>
public abstract class EventClusterTests(TestDatabase database) : IAsyncLifetime
{
    private IEventStore? _store;

    protected IEventStore Store => _store ?? throw new InvalidOperationException("The store is not open.");

    public async Task InitializeAsync() => _store = await database.OpenAsync();

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        await database.DisposeAsync();
    }

    /// <summary>One report of "Putin met Pezeshkian in Ashgabat", written by <paramref name="source"/> on <paramref name="date"/>.</summary>
    internal static ExtractionBuilder MeetingReport(string source, string date, string wording = "met", bool withPlace = true, string? extra = null)
    {
        var text = $"Vladimir Putin {wording} Masoud Pezeshkian in Ashgabat, {source} reported.{extra}";
        return Some.Article(text, $"Putin and Pezeshkian ({source}, {date}{extra})", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), source: source)
            .Event("Vladimir Putin", Some.Putin, wording, "Masoud Pezeshkian", Some.Pezeshkian, "044", 1, 1.0, date,
                e => withPlace ? e with { Location = Some.Ashgabat } : e);
    }

    internal static ExtractionBuilder StrikeReport(string source, string date)
        => Some.Article($"Israeli jets struck Iran, {source} reported.", $"Strike ({source}, {date})", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), source: source)
            .Event("Israeli jets", Some.IsraeliMilitary, "struck", "Iran", Some.Iran, "195", 4, -10, date);

    private async Task<StoredEvent> EventAsync(Extraction extraction, int index = 0)
        => (await Store.GetEventAsync(extraction.Events[index].Id)).ShouldNotBeNull();

    [Fact]
    public async Task TheSameEventInTwoArticlesFromTwoSourcesIsOneClusterOfTwoArticlesAndTwoSources()
    {
        var tass = MeetingReport("tass.ru", "2024-10-11").Build();
        var irna = MeetingReport("irna.ir", "2024-10-12", wording: "held talks with").Build();

        await Store.SaveBatchAsync([tass]);
        await Store.SaveBatchAsync([irna]);

        var first = await EventAsync(tass);
        var second = await EventAsync(irna);
        first.Cluster.ShouldNotBeNull();
        second.Cluster.ShouldBe(first.Cluster);
        first.Cluster.ShouldBe(new EventCluster(first.Cluster.Id, tass.Events[0].Id, 2, 2, 2));
        (await Store.GetClusterEventsAsync(first.Cluster.Id)).Select(e => e.Event.Id).ShouldBe([tass.Events[0].Id, irna.Events[0].Id]);
    }

    [Fact]
    public async Task TwoArticlesOfOneSourceMakeOneClusterOfTwoArticlesButOneSource()
    {
        var morning = MeetingReport("tass.ru", "2024-10-11").Build();
        var evening = MeetingReport("tass.ru", "2024-10-11", extra: " Talks lasted three hours.").Build();

        await Store.SaveBatchAsync([morning, evening]);

        var cluster = (await EventAsync(evening)).Cluster.ShouldNotBeNull();
        (cluster.NumEvents, cluster.NumArticles, cluster.NumSources).ShouldBe((2, 2, 1));
    }

    [Fact]
    public async Task TheSameDyadAndCodeFarApartInTimeAreTwoClusters()
    {
        var october = MeetingReport("tass.ru", "2024-10-11").Build();
        var december = MeetingReport("irna.ir", "2024-12-20").Build();

        await Store.SaveBatchAsync([october, december]);

        var first = (await EventAsync(october)).Cluster.ShouldNotBeNull();
        var second = (await EventAsync(december)).Cluster.ShouldNotBeNull();
        second.Id.ShouldNotBe(first.Id);
        (first.NumArticles, second.NumArticles).ShouldBe((1, 1));
    }

    [Fact]
    public async Task ReportsJoinWithinTheWindowAndNotOneDayBeyondIt()
    {
        var anchor = MeetingReport("tass.ru", "2024-10-11").Build();
        var inside = MeetingReport("irna.ir", $"2024-10-{11 + EventClusters.WindowDays}").Build();
        var outside = MeetingReport("voanews.com", $"2024-10-{12 + EventClusters.WindowDays}").Build();

        await Store.SaveBatchAsync([anchor]);
        await Store.SaveBatchAsync([inside]);
        await Store.SaveBatchAsync([outside]);

        var cluster = (await EventAsync(anchor)).Cluster!.Id;
        (await EventAsync(inside)).Cluster!.Id.ShouldBe(cluster);
        (await EventAsync(outside)).Cluster!.Id.ShouldNotBe(cluster);
    }

    [Fact]
    public async Task AnotherPlaceMakesAnotherClusterWhileAnUnknownPlaceJoins()
    {
        var ashgabat = MeetingReport("tass.ru", "2024-10-11").Build();
        var unplaced = MeetingReport("irna.ir", "2024-10-11", withPlace: false).Build();
        var kazan = MeetingReport("voanews.com", "2024-10-11").With(x => x.Events[0] = x.Events[0] with
        {
            Location = Some.Ashgabat with { Name = "Kazan", GeonamesId = 551487, Country = "RUS" },
        }).Build();

        // One batch each, in this order: an unknown place joins the nearest cluster, whichever place it has.
        await Store.SaveBatchAsync([ashgabat]);
        await Store.SaveBatchAsync([unplaced]);
        await Store.SaveBatchAsync([kazan]);

        var cluster = (await EventAsync(ashgabat)).Cluster!;
        (await EventAsync(unplaced)).Cluster!.Id.ShouldBe(cluster.Id);
        (await EventAsync(kazan)).Cluster!.Id.ShouldNotBe(cluster.Id);
        cluster.NumArticles.ShouldBe(2);
    }

    [Fact]
    public async Task AMeetingReportedWithTheSidesSwappedIsTheSameCluster()
    {
        var tass = MeetingReport("tass.ru", "2024-10-11").Build();
        var irna = Some.Article("Masoud Pezeshkian met Vladimir Putin.", "Pezeshkian meets Putin", new DateOnly(2024, 10, 11), source: "irna.ir")
            .Event("Masoud Pezeshkian", Some.Pezeshkian, "met", "Vladimir Putin", Some.Putin, "040", 1, 1.0, "2024-10-11")
            .Build();

        await Store.SaveBatchAsync([tass, irna]);

        (await EventAsync(irna)).Cluster!.Id.ShouldBe((await EventAsync(tass)).Cluster!.Id);
    }

    [Fact]
    public async Task AReportThatSaysTheEventDidNotHappenIsNotMergedWithOnesThatSayItDid()
    {
        var tass = MeetingReport("tass.ru", "2024-10-11").Build();
        var denial = MeetingReport("irna.ir", "2024-10-11").With(x => x.Events[0] = x.Events[0] with { Negated = true }).Build();

        await Store.SaveBatchAsync([tass, denial]);

        (await EventAsync(denial)).Cluster!.Id.ShouldNotBe((await EventAsync(tass)).Cluster!.Id);
    }

    [Fact]
    public async Task UndatedEventsAreClustersOfTheirOwn()
    {
        var first = MeetingReport("tass.ru", "2024-10-11").With(x => x.Events[0] = x.Events[0] with { Date = null }).Build();
        var second = MeetingReport("irna.ir", "2024-10-11").With(x => x.Events[0] = x.Events[0] with { Date = null }).Build();

        await Store.SaveBatchAsync([first, second]);

        (await EventAsync(first)).Cluster!.Id.ShouldNotBe((await EventAsync(second)).Cluster!.Id);
    }

    [Fact]
    public async Task OneSidedEventsAreClustersOfTheirOwn()
    {
        var first = Some.Article("Iran condemned the strikes.", "Iran condemns", new DateOnly(2024, 10, 26), source: "irna.ir")
            .Event("Iran", Some.Iran, "condemned", null, null, "111", 3, -2, "2024-10-26").Build();
        var second = Some.Article("Iran condemned the attack.", "Iran condemns attack", new DateOnly(2024, 10, 26), source: "presstv.ir")
            .Event("Iran", Some.Iran, "condemned", null, null, "111", 3, -2, "2024-10-26").Build();

        await Store.SaveBatchAsync([first, second]);

        (await EventAsync(first)).Cluster!.Id.ShouldNotBe((await EventAsync(second)).Cluster!.Id);
    }

    [Fact]
    public async Task DyadDaysCountClustersNotReportsAndCarryTheClusterIds()
    {
        await Store.SaveBatchAsync([
            MeetingReport("tass.ru", "2024-10-11"), MeetingReport("irna.ir", "2024-10-11"), MeetingReport("voanews.com", "2024-10-12"),
            StrikeReport("voanews.com", "2024-10-26"), StrikeReport("timesofisrael.com", "2024-10-26"),
        ]);
        var meeting = (await Store.QueryEventsAsync(new EventQuery { CodePrefix = "044" }))[0].Cluster!.Id;

        var days = await Store.DyadDailyAsync("RUS", "IRN", null, null);

        days.ShouldBe([new DyadDay(new DateOnly(2024, 10, 11), 1, 1, 3, 1.0, [meeting])], new DyadDayComparer());
        (await Store.DyadDailyAsync("IRN", "RUS", null, null)).Count.ShouldBe(1);
        (await Store.DyadDailyAsync("IRN", "RUS", null, null, directed: true)).ShouldBeEmpty();
        (await Store.DyadDailyAsync("RUS", "IRN", new DateOnly(2024, 10, 12), null)).ShouldBeEmpty();
        var strike = (await Store.DyadDailyAsync("ISR", "IRN", null, new DateOnly(2024, 10, 31))).ShouldHaveSingleItem();
        (strike.QuadClass, strike.Events, strike.Reports, strike.GoldsteinSum).ShouldBe((4, 1, 2, -10.0));
    }

    [Fact]
    public async Task DyadDaysWithoutClusterIdsHaveTheSameCountsAndNoIds()
    {
        await Store.SaveBatchAsync([
            MeetingReport("tass.ru", "2024-10-11"), MeetingReport("irna.ir", "2024-10-11"), MeetingReport("voanews.com", "2024-10-12"),
            StrikeReport("voanews.com", "2024-10-26"),
        ]);

        var full = await Store.DyadDailyAsync("IRN", "RUS", null, null);
        var counts = await Store.DyadDailyAsync("IRN", "RUS", null, null, withClusterIds: false);

        full.ShouldHaveSingleItem().ClusterIds.ShouldNotBeEmpty();
        counts.Select(d => (d.Date, d.QuadClass, d.Events, d.Reports, d.GoldsteinSum)).ShouldBe(full.Select(d => (d.Date, d.QuadClass, d.Events, d.Reports, d.GoldsteinSum)));
        counts.ShouldAllBe(d => d.ClusterIds.Count == 0);
    }

    [Fact]
    public async Task DyadDaysLeaveOutEventsThatDidNotHappen()
    {
        await Store.SaveBatchAsync([
            MeetingReport("tass.ru", "2024-10-11").With(x => x.Events[0] = x.Events[0] with { Negated = true }),
            MeetingReport("irna.ir", "2024-10-20").With(x => x.Events[0] = x.Events[0] with { Modality = Modality.Hypothetical }),
        ]);

        (await Store.DyadDailyAsync("RUS", "IRN", null, null)).ShouldBeEmpty();
    }

    [Fact]
    public async Task ClusterEdgesSumCooperationAndConflictPerDirectedPair()
    {
        await Store.SaveBatchAsync([
            MeetingReport("tass.ru", "2024-10-11"), MeetingReport("irna.ir", "2024-10-11"), StrikeReport("voanews.com", "2024-10-26"),
        ]);

        var edges = await Store.ClusterEdgesAsync(null, null);

        edges.Select(e => (e.Source, e.Target, e.Cooperation, e.Conflict, e.Reports, e.ClusterIds.Count))
            .ShouldBe([("ISR", "IRN", 0, 1, 1, 1), ("RUS", "IRN", 1, 0, 2, 1)]);
        (await Store.ClusterEdgesAsync(new DateOnly(2024, 10, 20), null)).ShouldHaveSingleItem().Source.ShouldBe("ISR");
    }

    [Fact]
    public async Task AnActorOfNoKnownCountryIsNoNodeOfTheNetwork()
    {
        var unknown = new ActorRef { Code = "---", Kind = ActorKind.Group };
        await Store.SaveBatchAsync([
            StrikeReport("voanews.com", "2024-10-26"),
            Some.Article("Gunmen struck Iran, irna.ir reported.", "Gunmen (irna.ir)", new DateOnly(2024, 10, 27), source: "irna.ir")
                .Event("Gunmen", unknown, "struck", "Iran", Some.Iran, "190", 4, -10, "2024-10-27"),
        ]);

        var edges = await Store.ClusterEdgesAsync(null, null);

        edges.ShouldHaveSingleItem().Source.ShouldBe("ISR");
    }

    [Fact]
    public async Task EvidenceSearchFindsStemmedWordsAndPhrasesWithTheirEvents()
    {
        var tass = MeetingReport("tass.ru", "2024-10-11").Build();
        var strike = StrikeReport("voanews.com", "2024-10-26").Build();
        await Store.SaveBatchAsync([tass, strike]);

        var hit = (await Store.SearchEvidenceAsync("reporting PEZESHKIAN")).ShouldHaveSingleItem();
        hit.ArticleId.ShouldBe(tass.Article.Id);
        hit.SentenceText.ShouldStartWith("Vladimir Putin met Masoud Pezeshkian");
        hit.EventIds.ShouldBe([tass.Events[0].Id]);
        hit.ArticleUrl.ShouldBe(tass.Article.Url);

        (await Store.SearchEvidenceAsync("\"jets struck\"")).ShouldHaveSingleItem().ArticleId.ShouldBe(strike.Article.Id);
        (await Store.SearchEvidenceAsync("\"struck jets\"")).ShouldBeEmpty();
        (await Store.SearchEvidenceAsync("reported")).Count.ShouldBe(2);
        (await Store.SearchEvidenceAsync("reported", limit: 1, offset: 1)).Count.ShouldBe(1);
        (await Store.SearchEvidenceAsync("Iran OR -(NEAR* jets")).ShouldBeEmpty();
        await Should.ThrowAsync<ArgumentException>(() => Store.SearchEvidenceAsync(" ?! "));
    }

    [Fact]
    public async Task ClusterIdsOfADyadDayResolveToTheirReports()
    {
        await Store.SaveBatchAsync([MeetingReport("tass.ru", "2024-10-11"), MeetingReport("irna.ir", "2024-10-12")]);

        var day = (await Store.DyadDailyAsync("RUS", "IRN", null, null)).ShouldHaveSingleItem();
        var reports = await Store.GetClusterEventsAsync(day.ClusterIds[0]);

        reports.Select(r => r.ArticlePublished).ShouldBe([new DateOnly(2024, 10, 11), new DateOnly(2024, 10, 12)]);
        (await Store.GetClusterEventsAsync(987654)).ShouldBeEmpty();
    }

    private sealed class DyadDayComparer : IEqualityComparer<DyadDay>
    {
        public bool Equals(DyadDay? x, DyadDay? y) => x is not null && y is not null
            && (x.Date, x.QuadClass, x.Events, x.Reports, x.GoldsteinSum) == (y.Date, y.QuadClass, y.Events, y.Reports, y.GoldsteinSum)
            && x.ClusterIds.SequenceEqual(y.ClusterIds);

        public int GetHashCode(DyadDay obj) => obj.Date.GetHashCode();
    }
}

public sealed class SqliteEventClusterTests() : EventClusterTests(new SqliteTestDatabase());

public sealed class PostgresEventClusterTests() : EventClusterTests(new PostgresTestDatabase());
