using Entente.Documents;
using Entente.Pipeline;

namespace Entente.Tests.Acceptance;

/// <summary>The seed article run once through the default pipeline, shared by the acceptance tests.</summary>
internal static class SeedArticle
{
    public static readonly DateOnly Published = new(2024, 10, 12);

    public static string Text { get; } = File.ReadAllText(RepoPaths.InRepo("samples", "putin-meets-iran.txt"));

    public static Article Article { get; } = new(Text) { PublishedOn = Published, Origin = "samples/putin-meets-iran.txt" };

    private static readonly Lazy<EntentePipeline> DefaultPipeline = new(() => new PipelineBuilder().UseDefaults().Build());

    private static readonly Lazy<Extraction> Processed = new(() => Pipeline.Process(Article));

    public static EntentePipeline Pipeline => DefaultPipeline.Value;

    public static Extraction Extraction => Processed.Value;

    /// <summary>The sentence of the article that holds an offset.</summary>
    public static string SentenceAt(int offset) =>
        Extraction.Document.Sentences.First(s => s.Start <= offset && offset < s.End).TextOf(Text);
}
