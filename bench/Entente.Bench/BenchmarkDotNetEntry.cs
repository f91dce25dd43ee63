using BenchmarkDotNet.Configs;
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

        // The generated benchmark project is built from scratch; on a shared 2-core machine that outlasts the default two minutes.
        var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkDotNetEntry).Assembly).Run(arguments, config);
        return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
    }
}
