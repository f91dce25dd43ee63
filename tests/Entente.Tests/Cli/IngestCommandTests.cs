using Entente.Storage;

namespace Entente.Tests.Cli;

public sealed class IngestCommandTests
{
    private static readonly string Seed = RepoPaths.InRepo("samples", "putin-meets-iran.txt");
    private static readonly string Voa = RepoPaths.InRepo("samples", "voa", "voa_stories.jsonl");
    private static readonly int VoaStories = File.ReadLines(Voa).Count(line => line.Trim().Length > 0);

    [Fact]
    public async Task IngestingTheSameInputsTwiceAddsNothingTheSecondTime()
    {
        using var folder = new TempFolder();
        var db = folder["events.db"];

        var first = await CliRun.RunAsync("ingest", Seed, Voa, "--date", "2024-10-12", "--db", db, "--batch-size", "7");
        var second = await CliRun.RunAsync("ingest", Seed, Voa, "--date", "2024-10-12", "--db", db);

        first.ExitCode.ShouldBe(0, first.ToString());
        first.Out.ShouldContain($"{VoaStories + 1} read, {VoaStories + 1} added, 0 skipped");
        second.ExitCode.ShouldBe(0, second.ToString());
        second.Out.ShouldContain($"{VoaStories + 1} read, 0 added, {VoaStories + 1} skipped");
        await using var store = await EventStores.OpenAsync(db);
        (await store.GetStatsAsync()).Articles.ShouldBe(VoaStories + 1);
    }

    [Fact]
    public async Task BadEmptyAndBinaryFilesAreNamedWhileTheGoodOnesAreIngested()
    {
        using var folder = new TempFolder();
        File.Copy(Seed, folder["good.txt"]);
        await File.WriteAllTextAsync(folder["empty.txt"], string.Empty);
        await File.WriteAllBytesAsync(folder["binary.txt"], [0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x13]);
        await File.WriteAllLinesAsync(folder["stories.jsonl"], [File.ReadLines(Voa).First(), "{\"title\": \"broken", File.ReadLines(Voa).Skip(1).First()]);
        var db = folder["events.db"];

        var run = await CliRun.RunAsync("ingest", folder["good.txt"], folder["empty.txt"], folder["binary.txt"], folder["stories.jsonl"], folder["missing.txt"], "--db", db);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("3 read, 3 added");
        run.Out.ShouldContain("Problems:  4");
        var problems = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        problems.ShouldContain(line => line.Contains("empty.txt", StringComparison.Ordinal));
        problems.ShouldContain(line => line.Contains("binary.txt", StringComparison.Ordinal));
        problems.ShouldContain(line => line.Contains("stories.jsonl:2", StringComparison.Ordinal));
        problems.ShouldContain(line => line.Contains("missing.txt", StringComparison.Ordinal));
        problems.ShouldNotContain(line => line.Contains("good.txt", StringComparison.Ordinal));
        await using var store = await EventStores.OpenAsync(db);
        (await store.GetStatsAsync()).Articles.ShouldBe(3);
    }

    [Fact]
    public async Task WhenEveryInputFailsTheExitCodeIsOne()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder["empty.txt"], string.Empty);

        var run = await CliRun.RunAsync("ingest", folder["empty.txt"], folder["missing.txt"], "--db", folder["events.db"]);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("nothing could be ingested");
    }

    [Fact]
    public async Task WhenEverythingIsAlreadyStoredTheExitCodeIsZero()
    {
        using var folder = new TempFolder();
        var db = folder["events.db"];
        (await CliRun.RunAsync("ingest", Seed, "--db", db)).ExitCode.ShouldBe(0);

        var again = await CliRun.RunAsync("ingest", Seed, "--db", db);

        again.ExitCode.ShouldBe(0, again.ToString());
        again.Out.ShouldContain("1 read, 0 added, 1 skipped");
    }

    [Fact]
    public async Task ArticlesRepeatedInOneRunAreStoredOnce()
    {
        using var folder = new TempFolder();
        var db = folder["events.db"];
        File.Copy(Seed, folder["copy-of-seed.txt"]);

        var run = await CliRun.RunAsync("ingest", Seed, folder["copy-of-seed.txt"], "--db", db);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("2 read, 1 added, 1 skipped");
    }

    [Fact]
    public async Task ReadsStandardInputForADash()
    {
        using var folder = new TempFolder();
        var db = folder["events.db"];

        var run = await CliRun.RunWithInputAsync(await File.ReadAllTextAsync(Seed), "ingest", "-", "--date", "2024-10-12", "--db", db);

        run.ExitCode.ShouldBe(0, run.ToString());
        await using var store = await EventStores.OpenAsync(db);
        var article = (await store.ListArticlesAsync(10, 0)).ShouldHaveSingleItem();
        article.PublishedOn.ShouldBe(new DateOnly(2024, 10, 12));
    }

    [Fact]
    public async Task AnInvalidDateIsAUsageErrorAndNothingIsStored()
    {
        using var folder = new TempFolder();

        var run = await CliRun.RunAsync("ingest", Seed, "--date", "12.10.2024", "--db", folder["events.db"]);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("12.10.2024");
        File.Exists(folder["events.db"]).ShouldBeFalse();
    }

    [Fact]
    public async Task TheDemoIngestsTheSampleCorpusOnceAndSummarisesIt()
    {
        using var folder = new TempFolder();
        var db = folder["demo.db"];

        var first = await CliRun.RunAsync("demo", "--db", db);
        var second = await CliRun.RunAsync("demo", "--db", db);

        first.ExitCode.ShouldBe(0, first.ToString());
        first.Out.ShouldContain($"{VoaStories + 1} added");
        first.Out.ShouldContain("Relations in the sample corpus");
        first.Out.ShouldContain("Events in the seed article");
        second.ExitCode.ShouldBe(0, second.ToString());
        second.Out.ShouldContain("0 added");
        await using var store = await EventStores.OpenAsync(db);
        (await store.GetStatsAsync()).Articles.ShouldBe(VoaStories + 1);
    }
}
