using Entente.Actors.KnowledgeBase;
using Entente.Analysis;
using Entente.Pipeline;
using Entente.Storage;
using Entente.Tests.Storage;

namespace Entente.Tests.Analysis;

/// <summary>The analyses on hand-built stores, where every number is known in advance.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit 2 disposes test classes through IAsyncLifetime.")]
public sealed class RelationsAnalyzerTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private IEventStore? _store;

    private IEventStore Store => _store ?? throw new InvalidOperationException("The store is not open.");

    public async Task InitializeAsync() => _store = await _database.OpenAsync();

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    private static ExtractionBuilder Dyadic(string text, string source, string date, string cameo, int quad, double goldstein,
        Entente.Actors.ActorRef from, string fromWords, Entente.Actors.ActorRef to, string toWords, string trigger)
        => Some.Article(text, $"{text} ({source})", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), source: source)
            .Event(fromWords, from, trigger, toWords, to, cameo, quad, goldstein, date);

    private static ExtractionBuilder Praise(string source, string date)
        => Dyadic($"Russia praised Iran on {date}.", source, date, "051", 1, 3.4, Some.Russia, "Russia", Some.Iran, "Iran", "praised");

    private static ExtractionBuilder Condemn(string source, string date)
        => Dyadic($"Russia condemned Iran on {date}.", source, date, "111", 3, -2, Some.Russia, "Russia", Some.Iran, "Iran", "condemned");

    [Fact]
    public async Task AWeeklySeriesCountsEachEventOnceWithItsReportsAndFillsEmptyWeeks()
    {
        // Wednesday 2024-10-09 in two outlets, the next day in a third (one cluster), and a condemnation two weeks on.
        await Store.SaveBatchAsync([Praise("tass.ru", "2024-10-09"), Praise("irna.ir", "2024-10-09"), Praise("voanews.com", "2024-10-10"), Condemn("tass.ru", "2024-10-23")]);
        var analyzer = new RelationsAnalyzer(Store);

        var series = await analyzer.DyadSeriesAsync("IRN", "RUS", SeriesInterval.Week);

        series.Points.Select(p => (p.Start, p.End, p.Events, p.VerbalCooperation, p.VerbalConflict, p.Reports, p.GoldsteinSum)).ShouldBe([
            (new DateOnly(2024, 10, 7), new DateOnly(2024, 10, 13), 1, 1, 0, 3, 3.4),
            (new DateOnly(2024, 10, 14), new DateOnly(2024, 10, 20), 0, 0, 0, 0, 0.0),
            (new DateOnly(2024, 10, 21), new DateOnly(2024, 10, 27), 1, 0, 1, 1, -2.0),
        ]);
        series.Total.Events.ShouldBe(2);
        series.Total.GoldsteinMean.ShouldBe(0.7, 1e-9);
        var reports = await Store.GetClusterEventsAsync(series.Points[0].ClusterIds.ShouldHaveSingleItem());
        reports.Select(r => r.ArticleUrl).ShouldBe(["https://tass.ru/russia-praised-iran-on-2024-10-09---tass-ru-", "https://irna.ir/russia-praised-iran-on-2024-10-09---irna-ir-", "https://voanews.com/russia-praised-iran-on-2024-10-10---voanews-com-"], ignoreOrder: true);

        var monthly = await analyzer.DyadSeriesAsync("RUS", "IRN", SeriesInterval.Month);
        monthly.Points.ShouldHaveSingleItem().Events.ShouldBe(2);
        var daily = await analyzer.DyadSeriesAsync("RUS", "IRN", SeriesInterval.Day, new DateOnly(2024, 10, 8), new DateOnly(2024, 10, 10));
        daily.Points.Select(p => p.Events).ShouldBe([0, 1, 0]);
        await Should.ThrowAsync<ArgumentException>(() => analyzer.DyadSeriesAsync("RUS", "IRN", since: new DateOnly(2024, 11, 1), until: new DateOnly(2024, 10, 1)));
    }

    [Fact]
    public async Task ATrendFromConflictToCooperationRisesAndCitesTheCooperation()
    {
        var batch = new List<Extraction>();
        var monday = new DateOnly(2024, 1, 1);
        for (var week = 0; week < 8; week++)
        {
            var date = monday.AddDays(7 * week).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            batch.Add(week < 4 ? Condemn("tass.ru", date) : Praise("tass.ru", date));
        }

        await Store.SaveBatchAsync(batch);
        var analyzer = new RelationsAnalyzer(Store);

        var trend = await analyzer.DyadTrendAsync("RUS", "IRN", monday, monday.AddDays(55));

        trend.Direction.ShouldBe(TrendDirection.TowardCooperation);
        trend.Weekly.Count.ShouldBe(8);
        trend.SlopePerWeek.ShouldBeGreaterThan(0);
        (trend.FirstHalfMean, trend.SecondHalfMean).ShouldBe((-2.0, 3.4));
        (trend.CooperationShareFirstHalf, trend.CooperationShareSecondHalf).ShouldBe((0.0, 1.0));
        trend.Evidence.Count.ShouldBe(4);
        trend.Evidence.ShouldAllBe(e => e.Cameo == "051" && e.Sentence.StartsWith("Russia praised Iran", StringComparison.Ordinal));

        var reversed = await analyzer.DyadTrendAsync("RUS", "IRN", monday.AddDays(21), monday.AddDays(34));
        reversed.Direction.ShouldBe(TrendDirection.TowardCooperation);
        var flat = await analyzer.DyadTrendAsync("RUS", "IRN", monday, monday.AddDays(20));
        flat.Direction.ShouldBe(TrendDirection.Steady);
        (await analyzer.DyadTrendAsync("RUS", "IRN", monday, monday.AddDays(6))).Direction.ShouldBe(TrendDirection.Insufficient);
    }

    [Fact]
    public async Task AProfileHasTheKnowledgeBaseRolesTheTextRolesPartnersAndLatestEventsWithEvidence()
    {
        var meeting = EventClusterTests.MeetingReport("tass.ru", "2024-10-11").Build();
        var second = EventClusterTests.MeetingReport("irna.ir", "2024-10-11").Build();
        var strike = EventClusterTests.StrikeReport("voanews.com", "2024-10-26").Build();
        await Store.SaveBatchAsync([meeting, second, strike]);
        var analyzer = new RelationsAnalyzer(Store, ActorKnowledgeBase.Default);

        var profile = (await analyzer.ActorProfileAsync("masoud PEZESHKIAN")).ShouldNotBeNull();

        profile.Name.ShouldBe("Masoud Pezeshkian");
        profile.ActorId.ShouldBe("masoud-pezeshkian");
        profile.Country.ShouldNotBeNull().Value.ShouldBe("IRN");
        profile.Codes.ShouldHaveSingleItem().ShouldBe(profile.Codes[0] with { Value = "IRNGOV", Count = 2 });
        (profile.Events, profile.Reports).ShouldBe((1, 2));

        var president = profile.Roles.First(r => r.Origin == RoleOrigin.KnowledgeBase && r.Code == "IRNGOV");
        (president.Title, president.From, president.To).ShouldBe(("President of Iran", new DateOnly(2024, 7, 28), (DateOnly?)null));
        president.Evidence.Select(e => e.EventId).ShouldBe([second.Events[0].Id, meeting.Events[0].Id], ignoreOrder: true);
        profile.Roles.ShouldContain(r => r.Origin == RoleOrigin.KnowledgeBase && r.Code == "IRNLEG" && r.To == new DateOnly(2024, 7, 27));
        var fromText = profile.Roles.Single(r => r.Origin == RoleOrigin.Text);
        (fromText.Title, fromText.From, fromText.To).ShouldBe(("President of Iran", new DateOnly(2024, 10, 11), new DateOnly(2024, 10, 11)));

        var partner = profile.TopPartners.ShouldHaveSingleItem();
        (partner.Key, partner.Name, partner.Events, partner.Cooperation).ShouldBe(("vladimir-putin", "Vladimir Putin", 1, 1));
        partner.Evidence.ShouldHaveSingleItem().NumSources.ShouldBe(2);
        profile.LatestEvents.ShouldHaveSingleItem().Sentence.ShouldStartWith("Vladimir Putin met Masoud Pezeshkian in Ashgabat");

        (await analyzer.ActorProfileAsync("Nobody Anybody")).ShouldBeNull();
        var known = (await analyzer.ActorProfileAsync("vladimir-putin")).ShouldNotBeNull();
        known.TopPartners.ShouldHaveSingleItem().Key.ShouldBe("masoud-pezeshkian");
    }

    [Fact]
    public async Task BlocsSeparateTwoCooperatingGroupsInConflictWithEachOther()
    {
        var usa = new Entente.Actors.ActorRef { Code = "USA", ActorId = "usa", Name = "United States", Country = "USA" };
        var gbr = new Entente.Actors.ActorRef { Code = "GBR", ActorId = "gbr", Name = "United Kingdom", Country = "GBR" };
        var fra = new Entente.Actors.ActorRef { Code = "FRA", ActorId = "fra", Name = "France", Country = "FRA" };
        var chn = new Entente.Actors.ActorRef { Code = "CHN", ActorId = "chn", Name = "China", Country = "CHN" };
        ExtractionBuilder Tie(Entente.Actors.ActorRef a, Entente.Actors.ActorRef b, string cameo, int quad, double goldstein, string day)
            => Dyadic($"{a.Name} and {b.Name} acted on {day}.", "wire.example", day, cameo, quad, goldstein, a, a.Name!, b, b.Name!, "acted");

        await Store.SaveBatchAsync([
            Tie(usa, gbr, "051", 1, 3.4, "2024-03-01"), Tie(gbr, fra, "051", 1, 3.4, "2024-03-05"), Tie(usa, fra, "057", 1, 8, "2024-03-09"),
            Tie(Some.Russia, Some.Iran, "062", 2, 7.4, "2024-03-01"), Tie(Some.Iran, chn, "061", 2, 6.4, "2024-03-05"), Tie(chn, Some.Russia, "057", 1, 8, "2024-03-09"),
            Tie(usa, Some.Russia, "111", 3, -2, "2024-03-02"), Tie(fra, Some.Iran, "163", 4, -8, "2024-03-03"),
        ]);

        var report = await new RelationsAnalyzer(Store).BlocsAsync(new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31));

        report.Blocs.Select(b => b.Members.Order(StringComparer.Ordinal).ToList()).ShouldBe([["CHN", "IRN", "RUS"], ["FRA", "GBR", "USA"]], ignoreOrder: true);
        report.Blocs.ShouldAllBe(b => b.InternalCooperation == 3 && b.InternalConflict == 0);
        report.Modularity.ShouldBe(0.5, 1e-9);
        var tension = report.Edges.Single(e => e.A == "RUS" && e.B == "USA");
        (tension.Conflict, tension.Weight, tension.SameBloc).ShouldBe((1, 0.0, false));
        tension.ClusterIds.ShouldHaveSingleItem();
        (await new RelationsAnalyzer(Store).BlocsAsync(new DateOnly(2025, 1, 1))).Blocs.ShouldBeEmpty();
    }

    [Fact]
    public async Task ABriefingSortsEventsIntoSectionsAndCitesEveryArticle()
    {
        await Store.SaveBatchAsync([
            EventClusterTests.MeetingReport("tass.ru", "2024-10-11"), EventClusterTests.MeetingReport("irna.ir", "2024-10-12"),
            Dyadic("Russia sent drones to Iran.", "voanews.com", "2024-10-20", "072", 2, 7.4, Some.Russia, "Russia", Some.Iran, "Iran", "sent"),
            Condemn("tass.ru", "2024-10-23"),
        ]);

        var briefing = await new RelationsAnalyzer(Store).BriefDyadAsync(Dyad.Parse("RUS:IRN"));

        briefing.Sections.Select(s => (s.Topic, s.Lines.Count)).ShouldBe([
            (BriefingTopic.Diplomatic, 1), (BriefingTopic.Military, 1), (BriefingTopic.Economic, 0), (BriefingTopic.Conflict, 1),
        ]);
        var meeting = briefing.Sections[0].Lines.ShouldHaveSingleItem();
        (meeting.NumArticles, meeting.NumSources, meeting.Evidence.Count).ShouldBe((2, 2, 2));
        meeting.Text.ShouldContain("CAMEO 044");
        briefing.Summary[0].ShouldStartWith("3 events between 2024-10-11 and 2024-10-23; 1 reported by more than one article");

        var markdown = briefing.ToMarkdown();
        markdown.ShouldContain("## Military");
        markdown.ShouldContain("> Russia sent drones to Iran.");
        markdown.ShouldContain("(<https://tass.ru/");
        markdown.ShouldContain("(<https://irna.ir/");
        var html = briefing.ToHtml();
        html.ShouldContain("<section data-topic=\"conflict\">");
        html.ShouldContain($"data-event-id=\"{meeting.Evidence[1].EventId}\"");

        var actor = await new RelationsAnalyzer(Store).BriefActorAsync("Vladimir Putin");
        actor.Sections[0].Lines.ShouldHaveSingleItem().Text.ShouldStartWith("Vladimir Putin → Masoud Pezeshkian");
        actor.Sections.Skip(1).ShouldAllBe(s => s.Lines.Count == 0);
    }

    [Fact]
    public async Task ABriefingShowsMarkupFromArticlesAsTextAndLinksOnlyWebAddresses()
    {
        var hostile = Some.Article(
                "Russia praised Iran <script>alert(1)</script> and <img src=x onerror=alert(2)> [link](javascript:alert(3)).",
                "<b>Headline</b>", new DateOnly(2024, 10, 9), source: "evil.example")
            .Event("Russia", Some.Russia, "praised", "Iran", Some.Iran, "051", 1, 3.4, "2024-10-09")
            .Build();
        await Store.SaveBatchAsync([hostile]);

        var briefing = await new RelationsAnalyzer(Store).BriefDyadAsync(Dyad.Parse("RUS:IRN"));

        var html = briefing.ToHtml();
        html.ShouldNotContain("<script>");
        html.ShouldNotContain("<img");
        html.ShouldNotContain("<b>");
        html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        html.ShouldContain("&lt;b&gt;Headline&lt;/b&gt;");
        var markdown = briefing.ToMarkdown();
        markdown.ShouldNotContain("<script>");
        markdown.ShouldNotContain("<img");
        markdown.ShouldNotContain("[link](javascript");
        markdown.ShouldContain("&lt;script&gt;");
    }
}
