using System.Text.Json;

namespace Entente.Tests.Cli;

public sealed class CodeCommandTests
{
    private static readonly string SeedFirstSentence = File.ReadAllLines(RepoPaths.InRepo("samples", "putin-meets-iran.txt"))
        .First(line => line.Contains("Putin", StringComparison.Ordinal) && line.Length > 80);

    [Fact]
    public async Task EveryInputLineGetsOneOutputLineWithTheSameIdInTheSameOrder()
    {
        var input = string.Join('\n',
            JsonSerializer.Serialize(new { id = "seed", text = SeedFirstSentence, date = "2024-10-12" }),
            """{"id": 7, "text": ""}""",
            """{"id": "garbage", "text": "%%% ### @@@ ~~~ \u0000 ??? !!!"}""",
            """{"id": "broken", "text": "Putin met""",
            """{"id": "no-text"}""",
            "this is not JSON at all",
            string.Empty,
            """["an", "array"]""",
            JsonSerializer.Serialize(new { id = "last", text = "Iran and Russia signed an agreement." }));

        var run = await CliRun.RunWithInputAsync(input, "code");

        run.ExitCode.ShouldBe(0, run.ToString());
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(9, run.ToString());
        var outputs = lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        outputs.Select(o => o.GetProperty("id").ToString()).ShouldBe(["seed", "7", "garbage", "broken", "no-text", string.Empty, string.Empty, string.Empty, "last"]);
        outputs[1].GetProperty("id").ValueKind.ShouldBe(JsonValueKind.Number);
        outputs[5].GetProperty("id").ValueKind.ShouldBe(JsonValueKind.Null);
        foreach (var output in outputs)
        {
            output.GetProperty("events").ValueKind.ShouldBe(JsonValueKind.Array);
            output.GetProperty("entities").ValueKind.ShouldBe(JsonValueKind.Array);
            output.GetProperty("quotes").ValueKind.ShouldBe(JsonValueKind.Array);
        }

        outputs[0].TryGetProperty("error", out _).ShouldBeFalse();
        outputs[2].TryGetProperty("error", out _).ShouldBeFalse("garbage text is still text: coded, with nothing found");
        outputs[8].TryGetProperty("error", out _).ShouldBeFalse();
        outputs[1].GetProperty("error").GetString().ShouldBe("empty text");
        outputs[3].GetProperty("error").GetString()!.ShouldStartWith("broken JSON");
        outputs[4].GetProperty("error").GetString().ShouldBe("missing \"text\"");
        outputs[5].GetProperty("error").GetString()!.ShouldStartWith("broken JSON");
        outputs[6].GetProperty("error").GetString()!.ShouldStartWith("empty line");
        outputs[7].GetProperty("error").GetString()!.ShouldContain("array");
        foreach (var failed in new[] { 1, 3, 4, 5, 6, 7 })
        {
            outputs[failed].GetProperty("events").GetArrayLength().ShouldBe(0);
        }
    }

    [Fact]
    public async Task EventAndEntityOffsetsPointIntoTheGivenText()
    {
        var input = JsonSerializer.Serialize(new { id = "s1", text = SeedFirstSentence, date = "2024-10-12" });

        var run = await CliRun.RunWithInputAsync(input + "\n", "code", "--workers", "1");

        var output = JsonDocument.Parse(run.OutLines.Single()).RootElement;
        foreach (var entity in output.GetProperty("entities").EnumerateArray())
        {
            var (start, end) = (entity.GetProperty("start").GetInt32(), entity.GetProperty("end").GetInt32());
            SeedFirstSentence[start..end].ShouldBe(entity.GetProperty("text").GetString());
        }

        foreach (var coded in output.GetProperty("events").EnumerateArray())
        {
            var trigger = coded.GetProperty("trigger");
            SeedFirstSentence[trigger.GetProperty("start").GetInt32()..trigger.GetProperty("end").GetInt32()].ShouldBe(trigger.GetProperty("text").GetString());
        }
    }

    [Fact]
    public async Task AnInvalidLineDateIsReportedButTheLineIsStillCoded()
    {
        var run = await CliRun.RunWithInputAsync("""{"id": "d", "text": "Russia and Iran signed a treaty.", "date": "12/10/2024"}""", "code");

        var output = JsonDocument.Parse(run.OutLines.Single()).RootElement;
        output.GetProperty("id").GetString().ShouldBe("d");
        output.GetProperty("error").GetString()!.ShouldContain("12/10/2024");
    }

    [Fact]
    public async Task ReadsAJsonLinesFileGivenAsArgument()
    {
        var file = Path.Combine(Path.GetTempPath(), $"entente-code-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllLinesAsync(file, ["""{"id": "a", "text": "Moscow criticised Kyiv."}""", """{"id": "b", "text": "Tehran welcomed the visit."}"""]);
        try
        {
            var run = await CliRun.RunAsync("code", file);

            run.ExitCode.ShouldBe(0, run.ToString());
            run.OutLines.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()).ShouldBe(["a", "b"]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task AMissingInputFileIsAnErrorNamingTheFile()
    {
        var run = await CliRun.RunAsync("code", "no-such-file.jsonl");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("no-such-file.jsonl");
    }

    [Fact]
    public async Task AnInvalidDateOptionExitsWithUsageErrorAndSaysWhy()
    {
        var run = await CliRun.RunAsync("code", "--date", "2024-02-30");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("2024-02-30");
        run.Error.ShouldContain("yyyy-MM-dd");
    }
}
