using System.Diagnostics;
using System.Globalization;
using Entente.Documents;
using Entente.Ingest;
using Entente.Pipeline;
using Entente.Storage;

namespace Entente.Bench;

/// <summary>
/// End-to-end throughput: a folder of articles through the default pipeline, in parallel across documents as
/// <c>entente ingest</c> does, optionally stored in a temporary SQLite file. Reading the files is not timed.
/// </summary>
internal static class EndToEndRunner
{
    private const int BatchSize = 50;

    public static async Task<int> RunAsync(string[] args)
    {
        var inputs = new List<string>();
        var repeat = 3;
        var workers = Environment.ProcessorCount;
        var store = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--repeat" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var r) && r > 0:
                    repeat = r;
                    i++;
                    break;
                case "--workers" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var w) && w > 0:
                    workers = w;
                    i++;
                    break;
                case "--store":
                    store = true;
                    break;
                case var path when !path.StartsWith('-'):
                    inputs.Add(path);
                    break;
                default:
                    Console.Error.WriteLine($"e2e: unexpected argument '{args[i]}'. Usage: e2e [PATH...] [--repeat N] [--workers N] [--store]");
                    return 2;
            }
        }

        if (inputs.Count == 0)
        {
            // The sample corpus without its README: the seed article and the VOA stories.
            inputs.AddRange(BenchCorpus.DefaultInputs());
        }

        var articles = ReadArticles(inputs);
        if (articles.Count == 0)
        {
            Console.Error.WriteLine($"e2e: no articles could be read from {string.Join(", ", inputs)}.");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        var pipeline = new PipelineBuilder().UseDefaults().Build();
        Console.WriteLine($"Pipeline built in {clock.Elapsed.TotalMilliseconds:0} ms: {pipeline.DocumentStages.Length} language stages, {pipeline.ExtractionStages.Length} extraction stages");
        Console.WriteLine($"Corpus: {articles.Count} articles, {articles.Sum(a => a.Text.Length):N0} characters from {string.Join(", ", inputs)}");
        Console.WriteLine($"Workers: {workers}; store: {(store ? "SQLite (temporary file)" : "none")}; repeats: {repeat} (plus one warm-up)");

        // The first pass pays for JIT and lazy model loading; it is run but not reported.
        await RunOnceAsync(pipeline, articles, workers, store);
        for (var run = 1; run <= repeat; run++)
        {
            var result = await RunOnceAsync(pipeline, articles, workers, store);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"run {run}: {result.Seconds:0.000} s, {articles.Count / result.Seconds:0.0} articles/s, {result.Tokens / result.Seconds:0} tokens/s ({result.Tokens:N0} tokens, {result.Sentences:N0} sentences, {result.Events:N0} events)"));
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var gc = GC.GetGCMemoryInfo();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Peak working set: {process.PeakWorkingSet64 / 1048576.0:0.0} MB; GC heap now {GC.GetTotalMemory(false) / 1048576.0:0.0} MB, committed {gc.TotalCommittedBytes / 1048576.0:0.0} MB; allocated in total {GC.GetTotalAllocatedBytes() / 1048576.0:0.0} MB; gen0/1/2 collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
        return 0;
    }

    private static List<Article> ReadArticles(List<string> inputs)
    {
        var articles = new List<Article>();
        foreach (var result in ArticleReader.Read(inputs, new IngestOptions()))
        {
            if (result.IsArticle)
            {
                articles.Add(result.Article);
            }
            else
            {
                Console.Error.WriteLine($"skipped: {result.Problem}");
            }
        }

        return articles;
    }

    private static async Task<RunResult> RunOnceAsync(EntentePipeline pipeline, List<Article> articles, int workers, bool store)
    {
        var extractions = new Extraction[articles.Count];
        var clock = Stopwatch.StartNew();
        Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = workers }, i => extractions[i] = pipeline.Process(articles[i]));
        if (store)
        {
            var path = Path.Combine(Path.GetTempPath(), $"entente-bench-{Guid.NewGuid():N}.db");
            try
            {
                await using var eventStore = await EventStores.OpenAsync(path);
                foreach (var batch in extractions.Chunk(BatchSize))
                {
                    await eventStore.SaveBatchAsync(batch);
                }
            }
            finally
            {
                foreach (var file in new[] { path, path + "-wal", path + "-shm" })
                {
                    File.Delete(file);
                }
            }
        }

        var seconds = clock.Elapsed.TotalSeconds;
        return new RunResult(
            seconds,
            extractions.Sum(x => x.Document.Sentences.Sum(sentence => sentence.Tokens.Length)),
            extractions.Sum(x => x.Document.Sentences.Count),
            extractions.Sum(x => x.Events.Count));
    }

    private sealed record RunResult(double Seconds, long Tokens, int Sentences, int Events);
}
