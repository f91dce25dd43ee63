using BenchmarkDotNet.Running;

namespace Entente.Bench;

/// <summary>Runs the BenchmarkDotNet classes of this assembly, optionally only those matching a filter.</summary>
internal static class BenchmarkDotNetEntry
{
    public static int Run(string[] args)
    {
        // A bare word is a filter ("Pipeline" → *Pipeline*); anything starting with '-' goes to BenchmarkDotNet as is.
        string[] arguments = args switch
        {
            [] => ["--filter", "*"],
            [var filter, .. var rest] when !filter.StartsWith('-') => ["--filter", filter.Contains('*') ? filter : $"*{filter}*", .. rest],
            _ => args,
        };
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkDotNetEntry).Assembly).Run(arguments);
        return summaries.Any(summary => summary.HasCriticalValidationErrors) ? 1 : 0;
    }
}
