using Entente.Bench;

return args switch
{
    ["e2e", .. var rest] => await EndToEndRunner.RunAsync(rest),
    ["bdn", .. var rest] => BenchmarkDotNetEntry.Run(rest),
    ["lang", .. var rest] => LanguageStagesRunner.Run(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        Entente benchmarks (run with -c Release):
          e2e [PATH...] [--repeat N] [--workers N] [--store]
              Articles of the files or folders given (default: the bundled samples) through the default pipeline; prints articles/s,
              tokens/s and peak memory. --store also saves every batch into a temporary SQLite file.
          lang [PATH...] [--repeat N] [--compromise]
              The language stages one by one on one thread: wall and CPU time, tokens/s and bytes allocated per token per stage,
              and the load time of each model file. --compromise also times the npm package compromise's entity pass over the
              same texts (bench/compromise, `npm ci` there first) and prints the speed ratio.
          bdn [FILTER] [--out-of-process] [BenchmarkDotNet options, e.g. --job short]
              BenchmarkDotNet over the benchmark classes of this assembly (FILTER: a class or method name glob),
              in-process unless --out-of-process is given.
        """);
    return 2;
}
