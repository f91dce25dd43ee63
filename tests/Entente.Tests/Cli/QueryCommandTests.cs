using System.Text.Json;

namespace Entente.Tests.Cli;

public sealed class QueryCommandTests(StoredEventFixture store) : IClassFixture<StoredEventFixture>
{
    [Fact]
    public async Task EventsAsJsonLinesWriteOneEventRecordPerLineWithItsArticleAndEvidence()
    {
        var run = await CliRun.RunAsync("events", "--db", store.Database, "--format", "jsonl");

        run.ExitCode.ShouldBe(0, run.ToString());
        var record = JsonDocument.Parse(run.OutLines.Single()).RootElement;
        record.GetProperty("id").GetString().ShouldBe(store.Event.Id);
        record.GetProperty("source").GetProperty("code").GetString().ShouldBe("RUSGOV");
        record.GetProperty("source").GetProperty("text").GetString().ShouldBe("Russian President Vladimir Putin");
        record.GetProperty("target").GetProperty("country").GetString().ShouldBe("IRN");
        record.GetProperty("trigger").GetProperty("text").GetString().ShouldBe("met");
        record.GetProperty("cameo").GetString().ShouldBe("042");
        record.GetProperty("quadClass").GetInt32().ShouldBe(1);
        record.GetProperty("goldstein").GetDouble().ShouldBe(1.9);
        record.GetProperty("plover").GetProperty("type").GetString().ShouldBe("CONSULT");
        record.GetProperty("dateGranularity").GetString().ShouldBe("day");
        record.GetProperty("modality").GetString().ShouldBe("asserted");
        record.GetProperty("rule").GetString().ShouldBe("verb:meet+with");
        record.GetProperty("article").GetProperty("id").GetString().ShouldBe(store.Article.Id);
        record.GetProperty("article").GetProperty("publishedOn").GetString().ShouldBe("2024-10-12");
        record.GetProperty("evidence").GetProperty("text").GetString().ShouldBe(store.SentenceText);
    }

    [Fact]
    public async Task EventsFilterByQuadClassAndRefuseClassesOutsideOneToFour()
    {
        var cooperation = await CliRun.RunAsync("events", "--db", store.Database, "--format", "jsonl", "--quad", "1", "2");
        cooperation.ExitCode.ShouldBe(0, cooperation.ToString());
        cooperation.OutLines.Length.ShouldBe(1);

        var conflict = await CliRun.RunAsync("events", "--db", store.Database, "--format", "jsonl", "--quad", "3", "--quad", "4");
        conflict.ExitCode.ShouldBe(0, conflict.ToString());
        conflict.OutLines.ShouldBeEmpty();

        var wrong = await CliRun.RunAsync("events", "--db", store.Database, "--quad", "5");
        wrong.ExitCode.ShouldBe(2, wrong.ToString());
        wrong.Error.ShouldContain("quad classes are 1 to 4");
    }

    [Fact]
    public async Task EventsAsJsonWriteAnIndentedArray()
    {
        var run = await CliRun.RunAsync("events", "--db", store.Database, "--format", "json");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldStartWith("[");
        run.Out.ShouldContain("\n  {");
        var events = JsonDocument.Parse(run.Out).RootElement;
        events.GetArrayLength().ShouldBe(1);
        events[0].GetProperty("target").GetProperty("code").GetString().ShouldBe("IRNGOV");
    }

    [Fact]
    public async Task EventsAsCsvHaveAHeaderAndQuoteFieldsWithCommas()
    {
        var run = await CliRun.RunAsync("events", "--db", store.Database, "--format", "csv");

        run.ExitCode.ShouldBe(0, run.ToString());
        var rows = run.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        rows.Length.ShouldBe(2);
        var header = rows[0].Split(',');
        header.ShouldContain("id");
        header.ShouldContain("sourceCode");
        header.ShouldContain("targetCode");
        header.ShouldContain("cameo");
        header.ShouldContain("goldstein");
        header.ShouldContain("evidence");
        rows[1].ShouldStartWith(store.Event.Id + ",2024-10-11,day,,Russian President Vladimir Putin,RUSGOV,");

        // The evidence sentence has commas, so it is quoted, and the row still has as many fields as the header.
        rows[1].ShouldContain("\"" + store.SentenceText + "\"");
        Csv.Parse(rows[1] + "\r\n").Single().Count.ShouldBe(header.Length);
    }

    [Fact]
    public async Task EventsAsATableShowTheDyadAndTheCode()
    {
        var run = await CliRun.RunAsync("events", "--db", store.Database);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("RUSGOV");
        run.Out.ShouldContain("IRNGOV");
        run.Out.ShouldContain("042");
        run.Out.ShouldContain("1 row");
    }

    [Theory]
    [InlineData("--actor", "IRN", 1)]
    [InlineData("--actor", "USA", 0)]
    [InlineData("--dyad", "RUS:IRN", 1)]
    [InlineData("--dyad", "IRN:RUS", 1)]
    [InlineData("--dyad", "RUS:UKR", 0)]
    [InlineData("--code", "04", 1)]
    [InlineData("--code", "19", 0)]
    [InlineData("--since", "2024-10-11", 1)]
    [InlineData("--since", "2024-10-12", 0)]
    [InlineData("--until", "2024-10-10", 0)]
    public async Task EventFiltersSelectTheEventOrNot(string option, string value, int expected)
    {
        var run = await CliRun.RunAsync("events", "--db", store.Database, "--format", "jsonl", option, value);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.OutLines.Length.ShouldBe(expected);
    }

    [Theory]
    [InlineData("--since", "2024-10-32")]
    [InlineData("--until", "yesterday")]
    [InlineData("--dyad", "RUS")]
    [InlineData("--code", "meet")]
    [InlineData("--format", "xml")]
    public async Task InvalidFilterValuesAreUsageErrorsThatNameTheValue(string option, string value)
    {
        var run = await CliRun.RunAsync("events", "--db", store.Database, option, value);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(value);
        run.Out.ShouldBeEmpty();
    }

    [Fact]
    public async Task SinceAfterUntilIsAUsageError()
    {
        var run = await CliRun.RunAsync("events", "--db", store.Database, "--since", "2024-12-01", "--until", "2024-01-01");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--since");
    }

    [Fact]
    public async Task ShowMarksSourceTriggerAndTargetInTheEvidenceSentence()
    {
        var run = await CliRun.RunAsync("show", store.Event.Id, "--db", store.Database, "--format", "json");

        run.ExitCode.ShouldBe(0, run.ToString());
        var record = JsonDocument.Parse(run.Out).RootElement;
        record.GetProperty("rule").GetString().ShouldBe("verb:meet+with");
        record.GetProperty("article").GetProperty("title").GetString().ShouldBe("Putin Meets With Iran");
        record.GetProperty("evidence").GetProperty("marked").GetString()!
            .ShouldContain("where [[Russian President Vladimir Putin]] [[met]] with Iran's newly elected President [[Masoud Pezeshkian]] ");
    }

    [Fact]
    public async Task ShowAsATableGivesTheRuleTheArticleAndTheWholeEvidenceSentence()
    {
        var run = await CliRun.RunAsync("show", store.Event.Id, "--db", store.Database);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("verb:meet+with");
        run.Out.ShouldContain("Putin Meets With Iran");
        run.Out.ShouldContain("2024-10-11");
        run.Out.ShouldContain("CONSULT");

        // The panel wraps the sentence; every word of it is there in order.
        var shown = string.Join(' ', run.Out.Split(['│', '\n', ' '], StringSplitOptions.RemoveEmptyEntries));
        shown.ShouldContain(string.Join(' ', store.SentenceText.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task ShowOfAnUnknownIdSaysSoAndFails()
    {
        var run = await CliRun.RunAsync("show", "no-such-event", "--db", store.Database);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("no-such-event");
    }

    [Fact]
    public async Task ActorsListTheEventsActors()
    {
        var run = await CliRun.RunAsync("actors", "--db", store.Database, "--format", "json");

        run.ExitCode.ShouldBe(0, run.ToString());
        var codes = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().Select(actor => actor.GetProperty("code").GetString()).ToList();
        codes.ShouldContain("RUSGOV");
        codes.ShouldContain("IRNGOV");
    }

    [Fact]
    public async Task ArticlesListTheStoredArticleWithItsCounts()
    {
        var run = await CliRun.RunAsync("articles", "--db", store.Database, "--format", "jsonl");

        run.ExitCode.ShouldBe(0, run.ToString());
        var article = JsonDocument.Parse(run.OutLines.Single()).RootElement;
        article.GetProperty("id").GetString().ShouldBe(store.Article.Id);
        article.GetProperty("events").GetInt32().ShouldBe(1);
        article.GetProperty("sentences").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task QueryingADatabaseThatDoesNotExistIsAnErrorAndCreatesNothing()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"entente-missing-{Guid.NewGuid():N}.db");

        var run = await CliRun.RunAsync("events", "--db", missing);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain(missing);
        File.Exists(missing).ShouldBeFalse();
    }
}
