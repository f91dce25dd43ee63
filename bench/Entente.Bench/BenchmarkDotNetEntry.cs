using BenchmarkDotNet.Running;

namespace Entente.Bench;

/// <summary>Runs the BenchmarkDotNet classes of this assembly, optionally only those matching a filter.</summary>
internal static class BenchmarkDotNetEntry
{
    private const string OutOfProcess = "--out-of-process";

    public static int Run(string[] args)
    {
        // A bare word is a filter ("Pipeline" → *Pipeline*); anything starting with '-' goes to BenchmarkDotNet as is.
        string[] arguments = args switch
        {
            [] => ["--filter", "*"],
            [var filter, .. var rest] when !filter.StartsWith('-') => ["--filter", filter.Contains('*') ? filter : $"*{filter}*", .. rest],
            _ => args,
        };

        // In-process by default: BenchmarkDotNet's usual separate build of a generated project takes many minutes on a
        // shared 2-core machine (data and models are copied again). --out-of-process asks for the isolated run.
        arguments = arguments.Contains(OutOfProcess)
            ? [.. arguments.Where(argument => argument != OutOfProcess)]
            : [.. arguments, "--inProcess"];
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkDotNetEntry).Assembly).Run(arguments);
        return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
    }
}
