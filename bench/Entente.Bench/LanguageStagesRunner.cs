using System.Diagnostics;
using System.Globalization;
using Entente.Documents;
using Entente.Ingest;
using Entente.Language;
using Entente.Language.Ner;
using Entente.Language.Parsing;
using Entente.Language.Tagging;
using Entente.Pipeline;

namespace Entente.Bench;

/// <summary>
/// Per-stage cost of the language core on one thread: the default pipeline's language stages run stage by stage
/// over the whole corpus (each stage sees the output of the ones before), so each stage gets its own wall time,
/// process CPU time and allocation. The extraction stages (actors, dates, events, quotes, places) are then timed
/// the same way over the analysed documents, with their share of the language stages' time (issue 4: coding may
/// add at most 20 % to the language core's time per token). Also times loading each model file from disk.
/// </summary>
/// <remarks>
/// Process CPU time is reported beside wall time because the development machine is shared: a busy machine delays
/// the thread (wall time grows) far more than it changes the work done (CPU time grows only through cache and
/// frequency effects). On one thread, CPU time also counts the runtime's own background threads (JIT, GC).
/// </remarks>
internal static class LanguageStagesRunner
{
    public static int Run(string[] args)
    {
        var inputs = new List<string>();
        var repeat = 5;
        var compromise = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--repeat" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var r) && r > 0:
                    repeat = r;
                    i++;
                    break;
                case "--compromise":
                    compromise = true;
                    break;
                case var path when !path.StartsWith('-'):
                    inputs.Add(path);
                    break;
                default:
                    Console.Error.WriteLine($"lang: unexpected argument '{args[i]}'. Usage: lang [PATH...] [--repeat N] [--compromise]");
                    return 2;
            }
        }

        if (inputs.Count == 0)
        {
            inputs.AddRange(BenchCorpus.DefaultInputs());
        }

        var articles = new List<Article>();
        foreach (var result in ArticleReader.Read(inputs, new IngestOptions()))
        {
            if (result.IsArticle)
            {
                articles.Add(result.Article);
            }
        }

        if (articles.Count == 0)
        {
            Console.Error.WriteLine($"lang: no articles could be read from {string.Join(", ", inputs)}.");
            return 1;
        }

        TimeLoad("POS tagger", () => PosTagger.Load(EntenteFiles.Resolve(PosTagger.DefaultModelPath)));
        TimeLoad("parser", () => DependencyParser.Load(EntenteFiles.Resolve(DependencyParser.DefaultModelPath)));
        TimeLoad("NER", () => NerTagger.Load(EntenteFiles.Resolve(NerTagger.DefaultModelPath)));

        var pipeline = new PipelineBuilder().UseDefaults().Build();
        var stages = pipeline.DocumentStages;
        var names = stages.Select(stage => stage.GetType().Name).ToArray();
        var extractionStages = pipeline.ExtractionStages;
        var extractionNames = extractionStages.Select(stage => stage.GetType().Name).ToArray();
        var extractionTimes = new StageTimes(extractionStages.Length);
        long events = 0;
        Console.WriteLine($"Corpus: {articles.Count} articles, {articles.Sum(a => a.Text.Length):N0} characters; one thread; {repeat} timed passes after one warm-up");

        var wall = new double[stages.Length];
        var best = Enumerable.Repeat(double.MaxValue, stages.Length).ToArray();
        var cpu = new double[stages.Length];
        var allocated = new long[stages.Length];
        long tokens = 0;
        for (var pass = 0; pass <= repeat; pass++)
        {
            var documents = articles.Select(article => new AnalyzedDocument(article)).ToArray();
            for (var s = 0; s < stages.Length; s++)
            {
                using var process = Process.GetCurrentProcess();
                var cpuBefore = process.TotalProcessorTime;
                var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.StartNew();
                foreach (var document in documents)
                {
                    stages[s].Process(document);
                }

                clock.Stop();
                process.Refresh();
                if (pass > 0)
                {
                    wall[s] += clock.Elapsed.TotalSeconds;
                    best[s] = Math.Min(best[s], clock.Elapsed.TotalSeconds);
                    cpu[s] += (process.TotalProcessorTime - cpuBefore).TotalSeconds;
                    allocated[s] += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
                }
            }

            tokens = documents.Sum(document => document.Sentences.Sum(sentence => (long)sentence.Tokens.Length));

            // The extraction stages in pipeline order over the analysed documents, each over the whole corpus.
            var extractions = documents.Select(document => new Extraction(document)).ToArray();
            for (var s = 0; s < extractionStages.Length; s++)
            {
                var stage = extractionStages[s];
                extractionTimes.Time(s, pass > 0, () =>
                {
                    foreach (var extraction in extractions)
                    {
                        stage.Process(extraction);
                    }
                });
            }

            events = extractions.Sum(extraction => (long)extraction.Events.Count);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Tokens per pass: {tokens:N0}"));

        // Whether the model tables got 2 MB pages (Linux only; see LargePageArrays in the library).
        const string Rollup = "/proc/self/smaps_rollup";
        if (File.Exists(Rollup))
        {
            var huge = File.ReadLines(Rollup).FirstOrDefault(line => line.StartsWith("AnonHugePages:", StringComparison.Ordinal));
            Console.WriteLine($"Memory in 2 MB pages: {huge?["AnonHugePages:".Length..].Trim() ?? "unknown"}");
        }

        Console.WriteLine("| stage | wall ms/pass | tokens/s (wall) | best pass ms | tokens/s (best) | CPU ms/pass | tokens/s (CPU) | bytes/token |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (var s = 0; s < stages.Length; s++)
        {
            PrintRow(names[s], wall[s] / repeat, best[s], cpu[s] / repeat, allocated[s] / (double)repeat, tokens);
        }

        // What issue 3 targets: tagging + parsing + NER.
        var core = names.Select((name, s) => (name, s)).Where(p => p.name is nameof(PosTaggerStage) or nameof(DependencyParserStage) or nameof(NerStage)).Select(p => p.s).ToArray();
        PrintRow("**tag + parse + NER**", core.Sum(s => wall[s]) / repeat, core.Sum(s => best[s]), core.Sum(s => cpu[s]) / repeat, core.Sum(s => allocated[s]) / (double)repeat, tokens);
        PrintRow("all language stages", wall.Sum() / repeat, best.Sum(), cpu.Sum() / repeat, allocated.Sum() / (double)repeat, tokens);

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Extraction stages over the analysed documents ({events:N0} events per pass); share = stage time / all language stages' time"));
        Console.WriteLine("| stage | wall ms/pass | tokens/s (wall) | best pass ms | tokens/s (best) | CPU ms/pass | tokens/s (CPU) | bytes/token | share (best) | share (CPU) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var languageBest = best.Sum();
        var languageCpu = cpu.Sum() / repeat;
        for (var s = 0; s < extractionStages.Length; s++)
        {
            PrintExtractionRow(extractionNames[s], extractionTimes.Wall[s] / repeat, extractionTimes.Best[s], extractionTimes.Cpu[s] / repeat, extractionTimes.Allocated[s] / (double)repeat, tokens, languageBest, languageCpu);
        }

        PrintExtractionRow("**all extraction stages**", extractionTimes.Wall.Sum() / repeat, extractionTimes.Best.Sum(), extractionTimes.Cpu.Sum() / repeat, extractionTimes.Allocated.Sum() / (double)repeat, tokens, languageBest, languageCpu);
        Console.WriteLine();

        // What compromise's entity pass does itself: split, tokenise, tag and find entities (no parse).
        var entityPath = names.Select((name, s) => (name, s)).Where(p => p.name is not (nameof(DependencyParserStage) or "LemmatizerStage")).Select(p => p.s).ToArray();
        PrintRow("entity path (all but lemmatizer and parser)", entityPath.Sum(s => wall[s]) / repeat, entityPath.Sum(s => best[s]), entityPath.Sum(s => cpu[s]) / repeat, entityPath.Sum(s => allocated[s]) / (double)repeat, tokens);
        if (compromise)
        {
            return CompareWithCompromise(articles, repeat, tokens, (entityPath.Sum(s => best[s]), entityPath.Sum(s => cpu[s]) / repeat), (best.Sum(), cpu.Sum() / repeat));
        }

        return 0;
    }

    /// <summary>
    /// Runs bench/compromise/entities.mjs over the same article texts in the same session (so under the same machine
    /// load) and prints the speed ratios against the best passes of this run.
    /// </summary>
    private static int CompareWithCompromise(List<Article> articles, int repeat, long tokens, (double Best, double Cpu) entityPath, (double Best, double Cpu) allStages)
    {
        var script = EntenteFiles.Resolve("bench/compromise/entities.mjs");
        var folder = Path.GetDirectoryName(script)!;
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "compromise")))
        {
            Console.Error.WriteLine($"lang: compromise is not installed; run `npm ci` in {folder} first.");
            return 1;
        }

        var texts = Path.Combine(Path.GetTempPath(), $"entente-bench-texts-{Guid.NewGuid():N}.jsonl");
        try
        {
            File.WriteAllLines(texts, articles.Select(article => System.Text.Json.JsonSerializer.Serialize(new { text = article.Text })));
            var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true };
            foreach (var argument in new[] { script, "time", texts, "--repeat", repeat.ToString(CultureInfo.InvariantCulture) })
            {
                start.ArgumentList.Add(argument);
            }

            using var node = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
            var output = node.StandardOutput.ReadToEnd();
            node.WaitForExit();
            if (node.ExitCode != 0)
            {
                Console.Error.WriteLine($"lang: node exited with code {node.ExitCode}.");
                return 1;
            }

            using var json = System.Text.Json.JsonDocument.Parse(output);
            var root = json.RootElement;
            var best = root.GetProperty("wallMsBest").GetDouble() / 1000;
            var cpu = root.GetProperty("cpuMsMean").GetDouble() / 1000;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"compromise {root.GetProperty("compromise").GetString()} (node {root.GetProperty("node").GetString()}), people/places/organizations of the same {root.GetProperty("texts").GetInt32()} texts: best pass {best * 1000:0.0} ms, mean {root.GetProperty("wallMsMean").GetDouble():0.0} ms, CPU mean {root.GetProperty("cpuMsMean").GetDouble():0.0} ms, {root.GetProperty("entities").GetInt32():N0} entities; {tokens / best:N0} of our tokens/s"));
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"speed ratio, best wall-clock passes (CPU time per pass): entity path {best / entityPath.Best:0.0}x ({cpu / entityPath.Cpu:0.0}x) compromise; all language stages incl. parser {best / allStages.Best:0.0}x ({cpu / allStages.Cpu:0.0}x)"));
            return 0;
        }
        finally
        {
            File.Delete(texts);
        }
    }

    private static void PrintExtractionRow(string name, double wallSeconds, double bestSeconds, double cpuSeconds, double bytes, long tokens, double languageBest, double languageCpu) =>
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {name} | {wallSeconds * 1000:0.0} | {tokens / wallSeconds:N0} | {bestSeconds * 1000:0.0} | {tokens / bestSeconds:N0} | {cpuSeconds * 1000:0.0} | {(cpuSeconds > 0 ? tokens / cpuSeconds : 0):N0} | {bytes / tokens:0.0} | {bestSeconds / languageBest:P1} | {cpuSeconds / languageCpu:P1} |"));

    // The best pass is the figure least disturbed by other users of a shared machine.
    private static void PrintRow(string name, double wallSeconds, double bestSeconds, double cpuSeconds, double bytes, long tokens) =>
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {name} | {wallSeconds * 1000:0.0} | {tokens / wallSeconds:N0} | {bestSeconds * 1000:0.0} | {tokens / bestSeconds:N0} | {cpuSeconds * 1000:0.0} | {(cpuSeconds > 0 ? tokens / cpuSeconds : 0):N0} | {bytes / tokens:0.0} |"));

    private static void TimeLoad(string name, Func<object> load)
    {
        var clock = Stopwatch.StartNew();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(load());
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Loaded {name} in {clock.Elapsed.TotalMilliseconds:0} ms ({(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 1048576.0:0.0} MB allocated while loading)"));
    }

    /// <summary>Wall time, best pass, process CPU time and allocation per stage, summed over the timed passes.</summary>
    private sealed class StageTimes(int stages)
    {
        public double[] Wall { get; } = new double[stages];

        public double[] Best { get; } = Enumerable.Repeat(double.MaxValue, stages).ToArray();

        public double[] Cpu { get; } = new double[stages];

        public long[] Allocated { get; } = new long[stages];

        public void Time(int stage, bool record, Action work)
        {
            using var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            work();
            clock.Stop();
            process.Refresh();
            if (record)
            {
                Wall[stage] += clock.Elapsed.TotalSeconds;
                Best[stage] = Math.Min(Best[stage], clock.Elapsed.TotalSeconds);
                Cpu[stage] += (process.TotalProcessorTime - cpuBefore).TotalSeconds;
                Allocated[stage] += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            }
        }
    }
}
