using System.Diagnostics;
using System.Text.RegularExpressions;
using Entente.Cli;
using Entente.Cli.Infrastructure;
using Entente.Cli.Ingesting;
using Entente.Ingest;
using Entente.Storage;
using Entente.Tests.Storage;

namespace Entente.Tests.Cli;

/// <summary>
/// Several <c>entente ingest</c> runs on one PostgreSQL database and the same inputs at once: through the shared
/// article queue, every article must be stored exactly once, none lost, none twice.
/// </summary>
public sealed partial class IngestQueueTests
{
    private const int Articles = 30;

    private static readonly TimeSpan PatienceForOneRun = TimeSpan.FromMinutes(5);

    [PostgresFact]
    public async Task ThreeConcurrentIngestsOfTheSameFolderStoreEveryArticleExactlyOnceAndEmptyTheQueue()
    {
        using var folder = new TempFolder();
        var expected = WriteCorpus(folder["corpus"]);
        await using var database = new PostgresTestDatabase();
        await database.CreateAsync();

        // Small batches, so that the three runs claim turns rather than the first one taking the whole queue.
        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => RunInProcessAsync(database.Url, folder["corpus"]))));

        foreach (var run in runs)
        {
            run.ExitCode.ShouldBe(0, run.ToString());
            run.Out.ShouldContain($"{Articles} read");
        }

        // Each article is queued by one run, claimed (so processed) by one run, and added by one run.
        var outputs = string.Join("\n", runs.Select(run => run.ToString()));
        runs.Sum(run => QueueCountsOf(run.Out).Queued).ShouldBe(Articles, outputs);
        runs.Sum(run => QueueCountsOf(run.Out).Claimed).ShouldBe(Articles, outputs);
        runs.Sum(run => AddedBy(run.Out)).ShouldBe(Articles, outputs);
        await ShouldHoldExactlyAsync(database, expected);
    }

    [PostgresFact]
    public async Task ThreeConcurrentIngestProcessesStoreEveryArticleExactlyOnceAndEmptyTheQueue()
    {
        using var folder = new TempFolder();
        var expected = WriteCorpus(folder["corpus"]);
        await using var database = new PostgresTestDatabase();
        await database.CreateAsync();

        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => RunChildProcessAsync(database.Url, folder["corpus"])));

        foreach (var (exitCode, output) in runs)
        {
            exitCode.ShouldBe(0, output);
        }

        var outputs = string.Join("\n", runs.Select(run => run.Output));
        runs.Sum(run => QueueCountsOf(run.Output).Queued).ShouldBe(Articles, outputs);
        runs.Sum(run => QueueCountsOf(run.Output).Claimed).ShouldBe(Articles, outputs);
        runs.Sum(run => AddedBy(run.Output)).ShouldBe(Articles, outputs);
        await ShouldHoldExactlyAsync(database, expected);
    }

    [PostgresFact]
    public async Task AnIngestHelpsWithArticlesAnotherProcessQueuedAndStopsWhenTheQueueIsEmpty()
    {
        using var folder = new TempFolder();
        var expected = WriteCorpus(folder["corpus"]);
        await using var database = new PostgresTestDatabase();
        await using (var enqueuer = await database.OpenPostgresAsync())
        {
            // Another process queued all but the first story and went away; this run is given only the first.
            var others = ArticleReader.Read([folder["corpus"]], new IngestOptions()).Select(result => result.Article!).Skip(1).ToList();
            (await enqueuer.EnqueueAsync(others)).ShouldBe(Articles - 1);
        }

        var first = Directory.GetFiles(folder["corpus"]).Order(StringComparer.Ordinal).First();
        var run = await CliRun.RunAsync("ingest", "--db", database.Url, first, "--batch-size", "7");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain($"1 read, {Articles} added");
        QueueCountsOf(run.Out).ShouldBe((1, Articles));
        await ShouldHoldExactlyAsync(database, expected);
    }

    [PostgresFact]
    public async Task AnIngestProcessKilledWhileHoldingABatchLeavesItToTheNextRunOnceItsShortLeaseRunsOut()
    {
        using var folder = new TempFolder();
        var expected = WriteCorpus(folder["corpus"]);
        await using var database = new PostgresTestDatabase();
        await database.CreateAsync();

        // Killed (SIGKILL, no chance to release) once it has stored something and holds a claim on the next batch.
        using (var child = StartChildProcess(["ingest", "--db", database.Url, folder["corpus"], "--batch-size", "3", "--workers", "1", "--lease", "3"]))
        {
            var clock = Stopwatch.StartNew();
            var caught = false;
            while (!child.HasExited && !caught)
            {
                var (stored, claimed) = await CountStoredAndClaimedAsync(database);
                caught = stored > 0 && claimed > 0;
                clock.Elapsed.ShouldBeLessThan(PatienceForOneRun, "the ingest made no progress");
                await Task.Delay(10);
            }

            caught.ShouldBeTrue("the child should have been caught holding a claimed batch");
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }

        var (storedByKilled, claimedByKilled) = await CountStoredAndClaimedAsync(database);
        storedByKilled.ShouldBeLessThan(Articles);
        claimedByKilled.ShouldBeGreaterThan(0, "the killed process's claims stay until their lease runs out");

        // The next run finishes the queue, the dead process's batch included, within seconds rather than minutes.
        var rerun = Stopwatch.StartNew();
        var run = await RunInProcessAsync(database.Url, folder["corpus"], "--lease", "3");
        run.ExitCode.ShouldBe(0, run.ToString());
        rerun.Elapsed.ShouldBeLessThan(TimeSpan.FromMinutes(2), run.ToString());
        AddedBy(run.Out).ShouldBe(Articles - storedByKilled, run.ToString());
        await ShouldHoldExactlyAsync(database, expected);
    }

    [PostgresFact]
    public async Task ACancelledIngestGivesItsClaimsBackAtOnce()
    {
        using var folder = new TempFolder();
        WriteCorpus(folder["corpus"]);
        await using var database = new PostgresTestDatabase();
        await using var store = await database.OpenPostgresAsync();
        using var cancel = new CancellationTokenSource();

        // The run is cancelled the moment it first needs the pipeline, so while it holds a claimed batch.
        var runner = new IngestRunner(store, () =>
        {
            cancel.Cancel();
            return DefaultPipeline.Instance;
        }, workers: 2, batchSize: 5);
        var run = runner.RunAsync(ArticleReader.Read([folder["corpus"]], new IngestOptions()), _ => { }, cancel.Token);

        await Should.ThrowAsync<OperationCanceledException>(run);
        runner.Counters.Claimed.ShouldBe(5);
        (await store.GetStatsAsync()).Articles.ShouldBe(0);
        var pending = await store.CountPendingAsync();
        pending.ShouldBeGreaterThanOrEqualTo(5);

        // Released, not merely leased: another worker can claim every queued article now rather than after the lease.
        (await store.ClaimAsync(Articles, "another worker", TimeSpan.FromMinutes(1))).Count.ShouldBe(pending);
    }

    /// <summary>Writes the first VOA stories, one file each; returns their article ids.</summary>
    private static List<string> WriteCorpus(string corpus)
    {
        Directory.CreateDirectory(corpus);
        var stories = File.ReadLines(RepoPaths.InRepo("samples", "voa", "voa_stories.jsonl"))
            .Where(line => line.Trim().Length > 0)
            .Take(Articles)
            .ToList();
        stories.Count.ShouldBe(Articles, "the sample corpus should hold enough stories");
        for (var index = 0; index < stories.Count; index++)
        {
            File.WriteAllLines(Path.Combine(corpus, $"story-{index:00}.jsonl"), [stories[index]]);
        }

        var ids = ArticleReader.Read([corpus], new IngestOptions())
            .Where(result => result.IsArticle)
            .Select(result => result.Article!.Id)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        ids.Count.ShouldBe(Articles, "each story should be an article of its own");
        return ids;
    }

    private static async Task ShouldHoldExactlyAsync(PostgresTestDatabase database, List<string> expected)
    {
        await using var store = await database.OpenPostgresAsync();
        var stored = await store.ListArticlesAsync(Articles * 2, 0);
        stored.Select(article => article.Id).Order(StringComparer.Ordinal).ShouldBe(expected.Order(StringComparer.Ordinal));
        (await store.GetStatsAsync()).Articles.ShouldBe(Articles);
        (await store.CountPendingAsync()).ShouldBe(0);

        // An article stored twice would show as repeated sentence rows, which the article list would not reveal.
        (await store.GetStatsAsync()).Sentences.ShouldBe(stored.Sum(article => article.Sentences));
    }

    private static async Task<CliRun> RunInProcessAsync(string url, string corpus, params string[] extra)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await EntenteCli.RunAsync(["ingest", "--db", url, corpus, "--batch-size", "3", "--workers", "2", .. extra], TextReader.Null, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    private static async Task<(int ExitCode, string Output)> RunChildProcessAsync(string url, string corpus)
    {
        using var child = StartChildProcess(["ingest", "--db", url, corpus, "--batch-size", "3", "--workers", "1"]);
        var stdout = child.StandardOutput.ReadToEndAsync();
        var stderr = child.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(PatienceForOneRun);
        await child.WaitForExitAsync(patience.Token);
        return (child.ExitCode, await stdout + "\n--- stderr\n" + await stderr);
    }

    /// <summary>Articles stored, and queued articles some worker holds a claim on (live or not).</summary>
    private static async Task<(int Stored, int Claimed)> CountStoredAndClaimedAsync(PostgresTestDatabase database)
    {
        await using var connection = await database.ConnectAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            """
            SELECT (SELECT COUNT(*)::integer FROM articles),
                   (SELECT COUNT(*)::integer FROM ingest_queue WHERE claimed_by IS NOT NULL)
            """,
            connection);
        try
        {
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            return (reader.GetInt32(0), reader.GetInt32(1));
        }
        catch (Npgsql.PostgresException exception) when (exception.SqlState == Npgsql.PostgresErrorCodes.UndefinedTable)
        {
            return (0, 0); // the child has not created the schema yet
        }
    }

    private static Process StartChildProcess(IReadOnlyList<string> arguments)
    {
        var entente = Path.Combine(AppContext.BaseDirectory, "entente.dll");
        File.Exists(entente).ShouldBeTrue($"the entente CLI should be built beside the tests ({entente})");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[entente, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    /// <summary>The articles one run reports as added.</summary>
    private static int AddedBy(string output)
    {
        var match = AddedLine().Match(output);
        match.Success.ShouldBeTrue($"the summary should say how many articles were added:\n{output}");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>What one run reports it put on the queue and claimed from it; a run that bypassed the queue reports neither.</summary>
    private static (int Queued, int Claimed) QueueCountsOf(string output)
    {
        var match = QueueLine().Match(output);
        match.Success.ShouldBeTrue($"the summary should report the run's use of the queue:\n{output}");
        return (int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"Queue:\s+(\d+) queued by this run, (\d+) claimed")]
    private static partial Regex QueueLine();

    [GeneratedRegex(@"Articles:\s+\d+ read, (\d+) added")]
    private static partial Regex AddedLine();
}
