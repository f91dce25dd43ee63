using System.Text.Json;
using Entente.Tests.Analysis;

namespace Entente.Tests.Cli;

[Collection(SampleCorpusCollection.Name)]
public sealed class AnalysisCommandTests(SampleCorpusFixture corpus)
{
    [Fact]
    public async Task DyadPrintsATableWithTotalsAndTrend()
    {
        var run = await CliRun.RunAsync("dyad", "RUS", "IRN", "--db", corpus.Database, "--interval", "month", "--trend");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("2024-10-01");
        run.Out.ShouldContain("RUS–IRN: ");
        run.Out.ShouldContain("Trend ");
    }

    [Fact]
    public async Task DyadAsJsonAndCsvCarryTheClusterIds()
    {
        var json = await CliRun.RunAsync("dyad", "RUS", "IRN", "--db", corpus.Database, "--interval", "day", "--format", "json");
        json.ExitCode.ShouldBe(0, json.ToString());
        var series = JsonDocument.Parse(json.Out).RootElement;
        series.GetProperty("interval").GetString().ShouldBe("day");
        var point = series.GetProperty("points")[0];
        point.GetProperty("clusterIds").GetArrayLength().ShouldBe(point.GetProperty("events").GetInt32());

        var csv = await CliRun.RunAsync("dyad", "RUS", "IRN", "--db", corpus.Database, "--format", "csv", "--since", "2024-10-01", "--until", "2024-10-31");
        csv.ExitCode.ShouldBe(0, csv.ToString());
        var rows = csv.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        rows[0].ShouldBe("start,end,events,verbal_coop,material_coop,verbal_conflict,material_conflict,goldstein_sum,goldstein_mean,reports,clusters");
        rows.Length.ShouldBe(6); // Five ISO weeks touch October 2024 (from Monday 30 September).
    }

    [Fact]
    public async Task ADyadOfAgentCodesSaysThatSeriesAreByCountry()
    {
        var run = await CliRun.RunAsync("dyad", "RUSGOV", "IRN", "--db", corpus.Database);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("No events between RUSGOV and IRN");
        run.Error.ShouldContain("RUSGOV → RUS");
    }

    [Fact]
    public async Task ADyadPeriodThatEndsBeforeItStartsIsAUsageError()
    {
        var run = await CliRun.RunAsync("dyad", "RUS", "IRN", "--db", corpus.Database, "--since", "2024-11-01", "--until", "2024-10-01");

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain("after it ends");
    }

    [Fact]
    public async Task ProfileShowsRolesPartnersAndEvidence()
    {
        var run = await CliRun.RunAsync("profile", "Masoud Pezeshkian", "--db", corpus.Database);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("Role (knowledge base)");
        run.Out.ShouldContain("President of Iran");
        run.Out.ShouldContain("Vladimir Putin");

        var json = await CliRun.RunAsync("profile", "masoud-pezeshkian", "--db", corpus.Database, "--format", "json");
        json.ExitCode.ShouldBe(0, json.ToString());
        JsonDocument.Parse(json.Out).RootElement.GetProperty("actorId").GetString().ShouldBe("masoud-pezeshkian");
    }

    [Fact]
    public async Task ProfileOfAnUnknownActorFails()
    {
        var run = await CliRun.RunAsync("profile", "Nobody Anybody", "--db", corpus.Database);

        run.ExitCode.ShouldBe(1, run.ToString());
        run.Error.ShouldContain("no actor \"Nobody Anybody\"");
    }

    [Fact]
    public async Task BriefWritesMarkdownToStandardOutputAndHtmlToAFile()
    {
        var markdown = await CliRun.RunAsync("brief", "RUS:IRN", "--db", corpus.Database);
        markdown.ExitCode.ShouldBe(0, markdown.ToString());
        markdown.Out.ShouldStartWith("# Briefing: RUS – IRN");
        markdown.Out.ShouldContain("## Diplomatic");
        markdown.Out.ShouldContain("## Conflict");

        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "out", "brief.html");
        var html = await CliRun.RunAsync("brief", "IRN", "--db", corpus.Database, "--format", "html", "--out", file);
        html.ExitCode.ShouldBe(0, html.ToString());
        html.Out.ShouldBeEmpty();
        (await File.ReadAllTextAsync(file)).ShouldStartWith("<article class=\"entente-briefing\" data-subject=\"IRN\">");
    }

    [Fact]
    public async Task BriefRefusesAMalformedDyadAndAnUnknownFormat()
    {
        (await CliRun.RunAsync("brief", "RUS:", "--db", corpus.Database)).ExitCode.ShouldBe(2);
        (await CliRun.RunAsync("brief", "RUS:IRN", "--db", corpus.Database, "--format", "pdf")).ExitCode.ShouldBe(2);
    }

    [Fact]
    public async Task BlocsListCommunitiesWithModularity()
    {
        var run = await CliRun.RunAsync("blocs", "--since", "2025-01-01", "--db", corpus.Database);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("members");
        run.Out.ShouldContain("Modularity ");

        var json = await CliRun.RunAsync("blocs", "--db", corpus.Database, "--format", "json");
        JsonDocument.Parse(json.Out).RootElement.GetProperty("blocs").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task SearchFindsSentencesAndRefusesAnEmptySearch()
    {
        var run = await CliRun.RunAsync("search", "Pezeshkian Ashgabat", "--db", corpus.Database, "--format", "json");

        run.ExitCode.ShouldBe(0, run.ToString());
        var hits = JsonDocument.Parse(run.Out).RootElement;
        hits.GetArrayLength().ShouldBeGreaterThan(0);
        hits[0].GetProperty("articleId").GetString().ShouldBe(corpus.Seed.Id);
        hits[0].GetProperty("sentenceText").GetString().ShouldNotBeNull().ShouldContain("Ashgabat");

        var empty = await CliRun.RunAsync("search", "?!", "--db", corpus.Database);
        empty.ExitCode.ShouldBe(2, empty.ToString());
        empty.Error.ShouldContain("holds no word");
    }

    [Fact]
    public async Task AnalysisCommandsOnAMissingDatabaseFail()
    {
        using var folder = new TempFolder();
        var run = await CliRun.RunAsync("dyad", "RUS", "IRN", "--db", Path.Combine(folder.Path, "missing.db"));

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("no database");
    }
}
