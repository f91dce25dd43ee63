using System.Diagnostics;
using System.Text.Json.Nodes;
using Entente.Ingest;
using Entente.Pipeline;
using Entente.Storage;
using Microsoft.Data.Sqlite;

namespace Entente.Tests.Cli;

/// <summary>
/// Kills a real <c>entente ingest</c> process (SIGKILL) at several points, then lets a last run finish, and checks the
/// store holds every article exactly once and each one whole.
/// </summary>
public sealed class IngestCrashSafetyTests
{
    // Where the child is killed: as soon as the database file appears (possibly mid-migration), then once a quarter and
    // once three fifths of the corpus are stored. Each run resumes from what the previous ones committed.
    private static readonly double[] KillPoints = [0, 0.25, 0.6];

    private static readonly TimeSpan PatienceForOneRun = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task AnIngestKilledAtAnyPointAndRunAgainStoresEveryArticleExactlyOnceAndWhole()
    {
        using var folder = new TempFolder();
        var corpus = Directory.CreateDirectory(folder["corpus"]).FullName;
        var db = folder["events.db"];
        var pipeline = new PipelineBuilder().UseDefaults().Build();
        var expectedByText = WriteCorpus(corpus, pipeline);
        var expected = ArticleReader.Read([corpus], new IngestOptions())
            .Where(result => result.IsArticle)
            .Select(result => result.Article!)
            .DistinctBy(article => article.Id)
            .ToDictionary(article => article.Id, article => expectedByText[article.Text]);
        expected.Count.ShouldBeGreaterThan(100, "the corpus must be big enough to be caught mid-way");

        var kills = 0;
        foreach (var point in KillPoints)
        {
            var threshold = (int)(point * expected.Count);
            if (await RunAndKillAsync(corpus, db, process => File.Exists(db) && (threshold == 0 || CountStoredArticles(db) >= threshold)))
            {
                kills++;
            }
        }

        var last = await RunToCompletionAsync(corpus, db);
        last.ExitCode.ShouldBe(0, last.Output);
        kills.ShouldBeGreaterThanOrEqualTo(2, "the child should have been caught mid-ingest at least twice");

        await using var store = await EventStores.OpenAsync(db);
        var stats = await store.GetStatsAsync();
        stats.Articles.ShouldBe(expected.Count);
        var stored = await store.ListArticlesAsync(expected.Count + 10, 0);
        stored.Select(article => article.Id).Order().ShouldBe(expected.Keys.Order());
        foreach (var article in stored)
        {
            var counts = expected[article.Id];
            (article.Sentences, article.Events, article.Quotes).ShouldBe((counts.Sentences, counts.Events, counts.Quotes), $"article {article.Id} is stored partially");
        }

        // Rows that belong to no stored article would not show in the per-article counts: the totals must agree.
        stats.Sentences.ShouldBe(stored.Sum(article => article.Sentences));
        stats.Events.ShouldBe(stored.Sum(article => article.Events));
        stats.Quotes.ShouldBe(stored.Sum(article => article.Quotes));
    }

    /// <summary>
    /// Writes copies of the VOA stories, each copy with its own title (so its own article id) but the same text, so the
    /// counts of one processing of each story are the counts every copy must have in the store. The number of copies
    /// is sized from how fast this machine runs the pipeline, so the ingest takes a few seconds wherever it runs.
    /// </summary>
    private static Dictionary<string, ExpectedCounts> WriteCorpus(string corpus, EntentePipeline pipeline)
    {
        var stories = File.ReadLines(RepoPaths.InRepo("samples", "voa", "voa_stories.jsonl"))
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonNode.Parse(line)!.AsObject())
            .ToList();

        var clock = Stopwatch.StartNew();
        var expectedByText = new Dictionary<string, ExpectedCounts>(StringComparer.Ordinal);
        foreach (var article in ArticleReader.Read([RepoPaths.InRepo("samples", "voa", "voa_stories.jsonl")], new IngestOptions()).Where(r => r.IsArticle).Select(r => r.Article!))
        {
            var extraction = pipeline.Process(article);
            expectedByText[article.Text] = new ExpectedCounts(extraction.Document.Sentences.Count, extraction.Events.Count, extraction.Quotes.Count);
        }

        var secondsPerStory = Math.Max(clock.Elapsed.TotalSeconds, 0.001) / stories.Count;
        var copies = Math.Clamp((int)Math.Ceiling(6.0 / (secondsPerStory * stories.Count)), 3, 30);
        for (var copy = 0; copy < copies; copy++)
        {
            var lines = stories.Select(story =>
            {
                var copied = story.DeepClone().AsObject();
                copied["title"] = $"{story["title"]} (copy {copy})";
                return copied.ToJsonString();
            });
            File.WriteAllLines(Path.Combine(corpus, $"stories-{copy:000}.jsonl"), lines);
        }

        return expectedByText;
    }

    /// <summary>Starts an ingest and kills it once <paramref name="killWhen"/> holds; false when it finished first.</summary>
    private static async Task<bool> RunAndKillAsync(string corpus, string db, Func<Process, bool> killWhen)
    {
        using var child = StartIngest(corpus, db, out _);
        var clock = Stopwatch.StartNew();
        while (!child.HasExited)
        {
            if (killWhen(child))
            {
                child.Kill(entireProcessTree: true);
                await child.WaitForExitAsync();
                return true;
            }

            clock.Elapsed.ShouldBeLessThan(PatienceForOneRun, "the ingest made no progress");
            await Task.Delay(20);
        }

        return false;
    }

    private static async Task<(int ExitCode, string Output)> RunToCompletionAsync(string corpus, string db)
    {
        using var child = StartIngest(corpus, db, out var output);
        using var patience = new CancellationTokenSource(PatienceForOneRun);
        await child.WaitForExitAsync(patience.Token);
        lock (output)
        {
            return (child.ExitCode, output.ToString());
        }
    }

    private static Process StartIngest(string corpus, string db, out System.Text.StringBuilder output)
    {
        var entente = Path.Combine(AppContext.BaseDirectory, "entente.dll");
        File.Exists(entente).ShouldBeTrue($"the entente CLI should be built beside the tests ({entente})");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { entente, "ingest", corpus, "--db", db, "--batch-size", "10", "--workers", "2" })
        {
            start.ArgumentList.Add(argument);
        }

        var log = new System.Text.StringBuilder();
        output = log;
        var child = new Process { StartInfo = start };
        void Append(object sender, DataReceivedEventArgs line)
        {
            lock (log)
            {
                log.AppendLine(line.Data);
            }
        }

        child.OutputDataReceived += Append;
        child.ErrorDataReceived += Append;
        child.Start();
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        return child;
    }

    /// <summary>Articles committed so far, read without taking any lock the writer needs; 0 before the schema exists.</summary>
    private static int CountStoredArticles(string db)
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM articles";
            return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0;
        }
    }

    private sealed record ExpectedCounts(int Sentences, int Events, int Quotes);
}
