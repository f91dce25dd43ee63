using System.Diagnostics.Tracing;
using System.Globalization;
using Entente.Documents;
using Entente.Ingest;
using Entente.Language;
using Entente.Pipeline;

namespace Entente.Bench;

/// <summary>
/// `alloc-profile [PATH...] [--passes N]`: which types each extraction stage allocates, from the runtime's sampled
/// allocation events (one sample about every 100 KB), over the bundled corpus analysed once by the language stages.
/// A profile, not a measurement: it says where to cut; `lang` measures the bytes per token.
/// </summary>
internal static class AllocationProfileRunner
{
    public static int Run(string[] args)
    {
        var inputs = new List<string>();
        var passes = 3;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--passes" && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var p) && p > 0)
            {
                passes = p;
                i++;
            }
            else if (!args[i].StartsWith('-'))
            {
                inputs.Add(args[i]);
            }
            else
            {
                Console.Error.WriteLine($"alloc-profile: unexpected argument '{args[i]}'. Usage: alloc-profile [PATH...] [--passes N]");
                return 2;
            }
        }

        if (inputs.Count == 0)
        {
            inputs.AddRange(BenchCorpus.DefaultInputs());
        }

        var articles = ArticleReader.Read(inputs, new IngestOptions()).Where(r => r.IsArticle).Select(r => r.Article!).ToList();
        var pipeline = new PipelineBuilder().UseDefaults().Build();
        var documents = articles.Select(article => new AnalyzedDocument(article)).ToArray();
        foreach (var stage in pipeline.DocumentStages)
        {
            foreach (var document in documents)
            {
                stage.Process(document);
            }
        }

        var tokens = documents.Sum(d => d.Sentences.Sum(s => (long)s.Tokens.Length));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{articles.Count} articles, {tokens:N0} tokens; {passes} passes per stage"));
        foreach (var stage in pipeline.ExtractionStages)
        {
            using var listener = new AllocationListener();
            for (var pass = 0; pass < passes; pass++)
            {
                // Each pass codes fresh extractions after the stages before this one, as the pipeline does.
                foreach (var document in documents)
                {
                    var extraction = new Extraction(document);
                    foreach (var earlier in pipeline.ExtractionStages.TakeWhile(s => !ReferenceEquals(s, stage)))
                    {
                        listener.Paused = true;
                        earlier.Process(extraction);
                        listener.Paused = false;
                    }

                    stage.Process(extraction);
                }
            }

            // Runtime events reach the listener on its own thread: give the last ones time to arrive.
            Thread.Sleep(1500);
            var total = listener.Bytes.Values.Sum();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\n{stage.GetType().Name}: about {total / (double)passes / tokens:F0} sampled bytes/token"));
            foreach (var (type, bytes) in listener.Bytes.OrderByDescending(p => p.Value).Take(15))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {bytes * 100.0 / total,5:F1} %  {type}"));
            }
        }

        return 0;
    }

    private sealed class AllocationListener : EventListener
    {
        private const EventKeywords GcKeyword = (EventKeywords)0x1;

        public Dictionary<string, long> Bytes { get; } = new(StringComparer.Ordinal);

        public volatile bool Paused;

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (Paused || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null)
            {
                return;
            }

            var names = eventData.PayloadNames!;
            var type = names.IndexOf("TypeName") is var t and >= 0 ? eventData.Payload[t] as string ?? "?" : "?";
            var amount = names.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(eventData.Payload[a], CultureInfo.InvariantCulture) : 100_000;
            lock (Bytes)
            {
                Bytes[type] = Bytes.GetValueOrDefault(type) + amount;
            }
        }
    }
}
