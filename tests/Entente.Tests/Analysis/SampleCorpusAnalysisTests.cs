using Entente.Actors.KnowledgeBase;
using Entente.Analysis;
using Entente.Storage;

namespace Entente.Tests.Analysis;

/// <summary>
/// The analyses on real extractions of the bundled samples. Extraction improves over time, so these tests pin
/// what the samples say (who met whom, when, in which article) rather than exact counts.
/// </summary>
[Collection(SampleCorpusCollection.Name)]
public sealed class SampleCorpusAnalysisTests(SampleCorpusFixture corpus)
{
    private readonly RelationsAnalyzer _analyzer = new(corpus.Store, ActorKnowledgeBase.Default);

    [Fact]
    public async Task TheRussiaIranSeriesIsTheSeedArticlesCooperationEachClusterResolvingToItsSentences()
    {
        var series = await _analyzer.DyadSeriesAsync("RUS", "IRN", SeriesInterval.Month);

        var october = series.Points.Single(p => p.Start == new DateOnly(2024, 10, 1));
        october.Events.ShouldBeGreaterThan(0);
        october.Cooperation.ShouldBeGreaterThan(october.Conflict);
        october.Reports.ShouldBeGreaterThanOrEqualTo(october.Events);
        october.GoldsteinSum.ShouldBeGreaterThan(0);
        foreach (var id in october.ClusterIds)
        {
            var reports = await corpus.Store.GetClusterEventsAsync(id);
            reports.ShouldNotBeEmpty();
            reports.ShouldAllBe(r => r.ArticleId == corpus.Seed.Id && r.Cluster!.Id == id);
            reports.ShouldAllBe(r => r.SentenceText.Length > 0);
        }

        // The same article mentions the meeting many times: those reports are one event, not many.
        var all = await corpus.Store.QueryEventsAsync(new EventQuery { Dyad = Dyad.Parse("RUS:IRN"), Limit = 1000, IncludeNegated = false });
        all.Count.ShouldBeGreaterThan(series.Total.Events);
    }

    [Fact]
    public async Task PezeshkiansProfileHasHisPresidencyFromTheKnowledgeBaseAndPutinAsPartner()
    {
        var profile = (await _analyzer.ActorProfileAsync("Masoud Pezeshkian")).ShouldNotBeNull();

        profile.ActorId.ShouldBe("masoud-pezeshkian");
        profile.Country.ShouldNotBeNull().Value.ShouldBe("IRN");
        profile.Events.ShouldBeGreaterThan(0);
        var president = profile.Roles.First(r => r.Origin == RoleOrigin.KnowledgeBase && r.Code == "IRNGOV");
        (president.Title, president.From).ShouldBe(("President of Iran", new DateOnly(2024, 7, 28)));
        president.Evidence.ShouldNotBeEmpty();
        president.Evidence.ShouldAllBe(e => e.ArticleId == corpus.Seed.Id);
        profile.TopPartners.ShouldContain(p => p.Key == "vladimir-putin");
        profile.LatestEvents.ShouldAllBe(e => e.Sentence.Length > 0 && e.ClusterId > 0);
    }

    [Fact]
    public async Task TheRussiaIranBriefingCitesTheSeedArticleInItsSections()
    {
        var briefing = await _analyzer.BriefDyadAsync(Dyad.Parse("RUS:IRN"));

        var lines = briefing.Sections.SelectMany(s => s.Lines).ToList();
        lines.ShouldNotBeEmpty();
        lines.ShouldAllBe(l => l.Evidence.Count > 0 && l.Evidence[0].ArticleId == corpus.Seed.Id);
        briefing.Sections.Single(s => s.Topic == BriefingTopic.Diplomatic).Lines.ShouldNotBeEmpty();
        var markdown = briefing.ToMarkdown();
        markdown.ShouldContain("[Putin Meets With Iran](<https://example.org/putin-meets-iran>)");
        briefing.ToHtml().ShouldContain("<a href=\"https://example.org/putin-meets-iran\" rel=\"noopener noreferrer\">Putin Meets With Iran</a>");
    }

    [Fact]
    public async Task BlocsOverTheVoaStoriesPlaceEveryCountryInExactlyOneBloc()
    {
        var report = await _analyzer.BlocsAsync(new DateOnly(2025, 1, 1));

        report.Edges.ShouldNotBeEmpty();
        var members = report.Blocs.SelectMany(b => b.Members).ToList();
        members.ShouldBeUnique();
        members.Order(StringComparer.Ordinal).ShouldBe(report.Edges.SelectMany(e => new[] { e.A, e.B }).Distinct().Order(StringComparer.Ordinal));
        report.Modularity.ShouldBeInRange(-0.5, 1.0);
        report.Edges.ShouldAllBe(e => e.ClusterIds.Count == e.Cooperation + e.Conflict);
    }

    [Fact]
    public async Task EvidenceSearchFindsTheAshgabatMeeting()
    {
        var hits = await corpus.Store.SearchEvidenceAsync("Pezeshkian Ashgabat");

        hits.ShouldNotBeEmpty();
        hits.ShouldAllBe(h => h.ArticleId == corpus.Seed.Id && h.SentenceText.Contains("Ashgabat"));
        hits.ShouldContain(h => h.EventIds.Count > 0);
    }
}
