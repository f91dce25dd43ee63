using Entente.Bench;

return args switch
{
    ["e2e", .. var rest] => await EndToEndRunner.RunAsync(rest),
    ["bdn", .. var rest] => BenchmarkDotNetEntry.Run(rest),
    ["store", .. var rest] => await Entente.Bench.Store.StoreBenchmark.RunAsync(rest),
    ["lang", .. var rest] => LanguageStagesRunner.Run(rest),
    ["parser-profile", .. var rest] => ParserProfileRunner.Run(rest),
    ["alloc-profile", .. var rest] => AllocationProfileRunner.Run(rest),
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
              and the load time of each model file; then the extraction stages (actors, dates, events, quotes, places) the
              same way, with their share of the language stages' time. --compromise also times the npm package compromise's entity pass over the
              same texts (bench/compromise, `npm ci` there first) and prints the speed ratio.
          parser-profile [MODEL] | parser-profile ablate MODEL
              The parser alone on EWT dev: time per scored transition (whole parse, weight look-ups alone, one hot key vector)
              and how the look-ups are found; `ablate` prints dev LAS with the tagger's tags with each template left out.
          alloc-profile [PATH...] [--passes N]
              Which types each extraction stage allocates (the runtime's sampled allocation events), to find what to cut.
          bdn [FILTER] [--out-of-process] [BenchmarkDotNet options, e.g. --job short]
              BenchmarkDotNet over the benchmark classes of this assembly (FILTER: a class or method name glob),
              in-process unless --out-of-process is given.
          store [--events N] [--provider sqlite|postgres] [--seed N] [--batch ARTICLES] [--queries N] [--budget SECONDS] [--bulk] [--db SPEC] [--keep]
              Fills a temporary store with N synthetic events (default 1,000,000) through the batch path, timing the ingest,
              then prints p50/p95/p99 of dyad timelines and filtered event queries (each kind: N runs or SECONDS, default 200 / 90). PostgreSQL: a database is created on
              $ENTENTE_BENCH_POSTGRES (else $ENTENTE_TEST_POSTGRES) and dropped afterwards unless --keep.
              --bulk fills through the stores' row writers with secondary indexes dropped and rebuilt (for 10M-event stores).
        """);
    return 2;
}
