using Entente.Documents;
using Entente.Ingest;
using Entente.Pipeline;
using Entente.Storage;

namespace Entente.Tests.Analysis;

/// <summary>
/// The bundled samples (the seed article, dated as published, and the VOA stories) run once through the default
/// pipeline into a SQLite store that the analysis and CLI tests read.
/// </summary>
public sealed class SampleCorpusFixture : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-samples-").FullName;

    /// <summary>The database file.</summary>
    public string Database => Path.Combine(_folder, "samples.db");

    /// <summary>The open store.</summary>
    public IEventStore Store { get; private set; } = null!;

    /// <summary>The seed article as stored.</summary>
    public Article Seed { get; private set; } = null!;

    /// <summary>How many VOA stories were stored.</summary>
    public int VoaStories { get; private set; }

    public async Task InitializeAsync()
    {
        var pipeline = new PipelineBuilder().UseDefaults().Build();
        Seed = new Article(await File.ReadAllTextAsync(RepoPaths.InRepo("samples", "putin-meets-iran.txt")))
        {
            Title = "Putin Meets With Iran",
            PublishedOn = new DateOnly(2024, 10, 12),
            Url = "https://example.org/putin-meets-iran",
            Origin = "samples/putin-meets-iran.txt",
        };
        var voa = ArticleReader.Read([RepoPaths.InRepo("samples", "voa", "voa_stories.jsonl")], new IngestOptions())
            .Where(result => result.IsArticle)
            .Select(result => result.Article!)
            .ToList();
        VoaStories = voa.Count;
        Store = await SqliteEventStore.OpenAsync(Database);
        var extractions = new[] { Seed }.Concat(voa).Select(pipeline.Process).ToList();
        foreach (var batch in extractions.Chunk(25))
        {
            await Store.SaveBatchAsync(batch);
        }
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class SampleCorpusCollection : ICollectionFixture<SampleCorpusFixture>
{
    public const string Name = "sample corpus";
}
