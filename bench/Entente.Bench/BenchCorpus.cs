using Entente.Pipeline;

namespace Entente.Bench;

/// <summary>The corpus the runners read when given no paths: the seed article and the bundled VOA stories.</summary>
internal static class BenchCorpus
{
    public static IReadOnlyList<string> DefaultInputs() =>
    [
        EntenteFiles.Resolve("samples/putin-meets-iran.txt"),
        EntenteFiles.Resolve("samples/voa/voa_stories.jsonl"),
    ];
}
