using BenchmarkDotNet.Attributes;
using Entente.Documents;
using Entente.Pipeline;

namespace Entente.Bench;

/// <summary>The default pipeline over the seed article (about 900 words of web news with its boilerplate).</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private EntentePipeline _pipeline = null!;
    private Article _seed = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = new PipelineBuilder().UseDefaults().Build();
        _seed = new Article(File.ReadAllText(EntenteFiles.Resolve("samples/putin-meets-iran.txt")))
        {
            PublishedOn = new DateOnly(2024, 10, 12),
        };
    }

    /// <summary>Language stages only: sentences, tokens, tags, parse, entities.</summary>
    [Benchmark]
    public int AnalyzeSeedArticle() => _pipeline.Analyze(_seed).Sentences.Count;

    /// <summary>Every stage: language, then actors, dates, places, events and quotes.</summary>
    [Benchmark(Baseline = true)]
    public int ProcessSeedArticle() => _pipeline.Process(_seed).Events.Count;
}
