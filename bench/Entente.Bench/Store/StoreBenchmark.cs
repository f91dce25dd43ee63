using System.Diagnostics;
using System.Globalization;
using Entente.Analysis;
using Entente.Storage;
using Npgsql;

namespace Entente.Bench.Store;

/// <summary>
/// <c>store</c>: fills a SQLite or PostgreSQL store with synthetic events through the stores' own batch path
/// (timing the ingest), then times dyad timelines and filtered event queries over many random dyads and filters
/// and prints p50/p95/p99 per query kind. Databases are created in a temporary place and removed afterwards
/// unless --keep is given; --db reuses a store that already holds the events.
/// </summary>
internal static class StoreBenchmark
{
    private const string Usage =
        "store [--events N] [--provider sqlite|postgres] [--seed N] [--batch ARTICLES] [--queries N] [--budget SECONDS] [--bulk] [--db SPEC] [--keep]";

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--events" when long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
                    options.Events = n;
                    i++;
                    break;
                case "--provider" when value is "sqlite" or "postgres":
                    options.Provider = value;
                    i++;
                    break;
                case "--seed" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var s):
                    options.Seed = s;
                    i++;
                    break;
                case "--batch" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var b) && b > 0:
                    options.BatchArticles = b;
                    i++;
                    break;
                case "--queries" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var q) && q > 0:
                    options.Queries = q;
                    i++;
                    break;
                case "--db" when value is not null:
                    options.Database = value;
                    i++;
                    break;
                case "--budget" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0:
                    options.BudgetSeconds = seconds;
                    i++;
                    break;
                case "--keep":
                    options.Keep = true;
                    break;
                case "--bulk":
                    options.Bulk = true;
                    break;
                default:
                    Console.Error.WriteLine($"store: unexpected argument '{args[i]}'. Usage: {Usage}");
                    return 2;
            }
        }

        await using var place = await BenchDatabase.CreateAsync(options);
        Console.WriteLine($"store benchmark: {options.Provider}, {options.Events:N0} events, seed {options.Seed}, at {place.Description}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {LoadAverage()}, .NET {Environment.Version}");
        await using var store = await EventStores.OpenAsync(place.Spec);
        var stats = await store.GetStatsAsync();
        if (stats.Events >= options.Events)
        {
            Console.WriteLine($"reusing the store: {stats.Articles:N0} articles, {stats.Events:N0} events");
        }
        else if (stats.Events > 0)
        {
            Console.Error.WriteLine($"store: {place.Description} holds {stats.Events:N0} events, fewer than asked; use an empty database.");
            return 1;
        }
        else if (options.Bulk)
        {
            await BulkFillAsync(place.Spec, options);
        }
        else
        {
            await FillAsync(store, options);
        }

        Console.WriteLine($"store size: {await SizeInMegabytesAsync(place.Spec):N0} MB");
        Console.WriteLine($"load average before queries: {LoadAverage()}");
        await QueryAsync(store, options);
        Console.WriteLine($"load average at the end: {LoadAverage()}");
        place.Keep = options.Keep || options.Database is not null;
        if (place.Keep)
        {
            Console.WriteLine($"kept: {place.Spec}");
        }

        return 0;
    }

    /// <summary>The SQLite file with its WAL, or the PostgreSQL database, in megabytes.</summary>
    private static async Task<double> SizeInMegabytesAsync(string spec)
    {
        if (!spec.StartsWith("Host=", StringComparison.OrdinalIgnoreCase) && !spec.Contains("://", StringComparison.Ordinal))
        {
            var file = new FileInfo(spec);
            return file.Directory!.GetFiles(file.Name + "*").Sum(part => part.Length) / 1e6;
        }

        await using var connection = new NpgsqlConnection(Entente.Storage.Postgres.PostgresConnectionStrings.Parse(spec).ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) / 1e6;
    }

    private static async Task FillAsync(IEventStore store, Options options)
    {
        var generator = SyntheticEvents.FromData(options.Seed);
        var batch = new List<Entente.Pipeline.Extraction>(options.BatchArticles);
        var saving = new Stopwatch();
        var wall = Stopwatch.StartNew();
        long articles = 0, events = 0, reportedAt = 0;
        var lastTenth = (Articles: 0L, Events: 0L, Seconds: 0.0);
        while (generator.Events < options.Events)
        {
            batch.Clear();
            while (batch.Count < options.BatchArticles && generator.Events < options.Events)
            {
                batch.Add(generator.NextArticle());
            }

            saving.Start();
            var result = await store.SaveBatchAsync(batch);
            saving.Stop();
            articles += result.ArticlesAdded;
            events += result.EventsAdded;
            if (events >= options.Events * 0.9 && lastTenth.Seconds == 0)
            {
                lastTenth = (articles, events, saving.Elapsed.TotalSeconds);
            }

            if (events - reportedAt >= 1_000_000)
            {
                reportedAt = events;
                Console.WriteLine($"  {events:N0} events stored, {events / saving.Elapsed.TotalSeconds:N0} events/s so far, {wall.Elapsed.TotalMinutes:N1} min, load {LoadAverage()}");
            }
        }

        var seconds = saving.Elapsed.TotalSeconds;
        Console.WriteLine($"ingest: {articles:N0} articles, {events:N0} events in {seconds:N1} s inside SaveBatchAsync ({options.BatchArticles} articles per batch), {wall.Elapsed.TotalSeconds:N1} s wall");
        Console.WriteLine($"ingest rate: {articles / seconds:N0} articles/s, {events / seconds:N0} events/s");
        if (lastTenth.Seconds > 0 && seconds > lastTenth.Seconds)
        {
            var tail = seconds - lastTenth.Seconds;
            Console.WriteLine($"ingest rate over the last tenth (store nearly full): {(articles - lastTenth.Articles) / tail:N0} articles/s, {(events - lastTenth.Events) / tail:N0} events/s");
        }
    }

    private static async Task BulkFillAsync(string spec, Options options)
    {
        var generator = SyntheticEvents.FromData(options.Seed);
        IEnumerable<IReadOnlyList<Entente.Pipeline.Extraction>> Batches()
        {
            while (generator.Events < options.Events)
            {
                var batch = new List<Entente.Pipeline.Extraction>(options.BatchArticles);
                while (batch.Count < options.BatchArticles && generator.Events < options.Events)
                {
                    batch.Add(generator.NextArticle());
                }

                yield return batch;
            }
        }

        var wall = Stopwatch.StartNew();
        long reportedAt = 0;
        var result = await EventStoreBulkImport.ImportAsync(spec, Batches(), events =>
        {
            if (events - reportedAt >= 1_000_000)
            {
                reportedAt = events;
                Console.WriteLine($"  {events:N0} events loaded, {wall.Elapsed.TotalMinutes:N1} min, load {LoadAverage()}");
            }
        });
        Console.WriteLine($"bulk import (clustered in memory, secondary indexes dropped then rebuilt; generation included): {result.Articles:N0} articles, "
            + $"{result.Events:N0} events, {result.Clusters:N0} clusters in {result.LoadSeconds:N1} s ({result.Events / result.LoadSeconds:N0} events/s), "
            + $"indexes rebuilt in {result.IndexSeconds:N1} s, {wall.Elapsed.TotalMinutes:N1} min wall");
    }

    private static async Task QueryAsync(IEventStore store, Options options)
    {
        // Query targets come from their own generator, so they follow the events' distribution without
        // depending on how many events were generated.
        var targets = SyntheticEvents.FromData(options.Seed + 1);
        var analyzer = new RelationsAnalyzer(store);
        var kinds = new (string Name, Func<Task<int>> Run)[]
        {
            ("dyad timeline: daily clusters by quad class over all dates (DyadDailyAsync)", () =>
            {
                var (first, second) = targets.NextDyad();
                return Count(store.DyadDailyAsync(first, second, null, null));
            }),
            ("dyad timeline, all dates, counts only (DyadDailyAsync, withClusterIds: false)", () =>
            {
                var (first, second) = targets.NextDyad();
                return Count(store.DyadDailyAsync(first, second, null, null, withClusterIds: false));
            }),
            ("dyad series by month, all dates, counts only (DyadSeriesAsync, withClusterIds: false)", async () =>
            {
                var (first, second) = targets.NextDyad();
                return (await analyzer.DyadSeriesAsync(first, second, SeriesInterval.Month, withClusterIds: false)).Points.Count;
            }),
            ("dyad series by month, all dates (RelationsAnalyzer.DyadSeriesAsync)", async () =>
            {
                var (first, second) = targets.NextDyad();
                return (await analyzer.DyadSeriesAsync(first, second, SeriesInterval.Month)).Points.Count;
            }),
            ("dyad series by week, 1-year window (RelationsAnalyzer.DyadSeriesAsync)", async () =>
            {
                var (first, second) = targets.NextDyad();
                var since = targets.RandomDate();
                return (await analyzer.DyadSeriesAsync(first, second, SeriesInterval.Week, since, since.AddYears(1))).Points.Count;
            }),
            ("dyad timeline, 1-year window (DyadDailyAsync)", () =>
            {
                var (first, second) = targets.NextDyad();
                var since = targets.RandomDate();
                return Count(store.DyadDailyAsync(first, second, since, since.AddYears(1)));
            }),
            ("dyad events: first page of 100 by date (QueryEventsAsync)", () => Count(store.QueryEventsAsync(DyadQuery(targets)))),
            ("dyad + 1-year window, page of 100", () => Count(store.QueryEventsAsync(Window(DyadQuery(targets), targets.RandomDate(), 365)))),
            ("actor (country prefix) + 30-day window, page of 100", () => Count(store.QueryEventsAsync(Window(new EventQuery { Actor = targets.NextCountry() }, targets.RandomDate(), 30)))),
            ("CAMEO root + 90-day window, page of 100", () => Count(store.QueryEventsAsync(Window(new EventQuery { CodePrefix = targets.NextRoot() }, targets.RandomDate(), 90)))),
            ("dyad + CAMEO root, page of 100", () => Count(store.QueryEventsAsync(DyadQuery(targets) with { CodePrefix = targets.NextRoot() }))),
            ("top 20 dyads of a 30-day window (TopDyadsAsync)", async () =>
            {
                var since = targets.RandomDate();
                return (await store.TopDyadsAsync(20, since, since.AddDays(30))).Count;
            }),
        };

        Console.WriteLine();
        Console.WriteLine($"| query | runs | rows (mean) | p50 ms | p95 ms | p99 ms | max ms |");
        Console.WriteLine($"|---|---|---|---|---|---|---|");
        foreach (var (name, run) in kinds)
        {
            for (var i = 0; i < 5; i++)
            {
                await run();
            }

            // Each kind gets --queries runs or --budget seconds, whichever ends first, so that one slow kind
            // cannot hold the whole benchmark on a shared machine; the table says how many runs were made.
            var times = new List<double>(options.Queries);
            long rows = 0;
            var budget = Stopwatch.StartNew();
            while (times.Count < options.Queries && (budget.Elapsed.TotalSeconds < options.BudgetSeconds || times.Count < 20))
            {
                var watch = Stopwatch.StartNew();
                rows += await run();
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {times.Count} | {rows / (double)times.Count:N1} | {Percentile(times, 50):N1} | {Percentile(times, 95):N1} | {Percentile(times, 99):N1} | {times[^1]:N1} |"));
        }
    }

    private static EventQuery DyadQuery(SyntheticEvents targets)
    {
        var (first, second) = targets.NextDyad();
        return new EventQuery { Dyad = new Dyad(first, second) };
    }

    private static EventQuery Window(EventQuery query, DateOnly since, int days) => query with { Since = since, Until = since.AddDays(days) };

    private static async Task<int> Count<T>(Task<IReadOnlyList<T>> rows) => (await rows).Count;

    private static double Percentile(List<double> sorted, int percent)
        => sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];

    internal static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    internal sealed class Options
    {
        public long Events { get; set; } = 1_000_000;

        public string Provider { get; set; } = "sqlite";

        public int Seed { get; set; } = 42;

        public int BatchArticles { get; set; } = 1_000;

        public int Queries { get; set; } = 200;

        public int BudgetSeconds { get; set; } = 90;

        public string? Database { get; set; }

        public bool Keep { get; set; }

        public bool Bulk { get; set; }
    }

    /// <summary>Where the benchmark store lives: a temporary SQLite file or a fresh PostgreSQL database, removed on dispose unless kept.</summary>
    private sealed class BenchDatabase : IAsyncDisposable
    {
        private readonly Func<Task> _remove;

        private BenchDatabase(string spec, string description, Func<Task> remove)
        {
            Spec = spec;
            Description = description;
            _remove = remove;
        }

        public string Spec { get; }

        public string Description { get; }

        public bool Keep { get; set; }

        public static async Task<BenchDatabase> CreateAsync(Options options)
        {
            if (options.Database is { } given)
            {
                return new BenchDatabase(given, given.Contains("://", StringComparison.Ordinal) ? "the given PostgreSQL database" : given, () => Task.CompletedTask);
            }

            if (options.Provider == "sqlite")
            {
                var folder = Directory.CreateTempSubdirectory("entente-bench-").FullName;
                return new BenchDatabase(Path.Combine(folder, "events.db"), Path.Combine(folder, "events.db"), () =>
                {
                    Directory.Delete(folder, recursive: true);
                    return Task.CompletedTask;
                });
            }

            var server = Environment.GetEnvironmentVariable("ENTENTE_BENCH_POSTGRES") is { Length: > 0 } bench ? bench
                : Environment.GetEnvironmentVariable("ENTENTE_TEST_POSTGRES") is { Length: > 0 } test ? test
                : throw new InvalidOperationException("store --provider postgres needs ENTENTE_BENCH_POSTGRES (or ENTENTE_TEST_POSTGRES): a postgres:// URL of a server where a database may be created.");
            var admin = FromUrl(server);
            var name = "entente_bench_" + Guid.NewGuid().ToString("N")[..12];
            await ExecuteAsync(admin, $"CREATE DATABASE {name}");
            var target = new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = name };
            return new BenchDatabase(target.ConnectionString, $"PostgreSQL database {name} on {admin.Host}:{admin.Port}", () => ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
        }

        public async ValueTask DisposeAsync()
        {
            if (!Keep)
            {
                NpgsqlConnection.ClearAllPools();
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                await _remove();
            }
        }

        private static NpgsqlConnectionStringBuilder FromUrl(string url)
        {
            if (!url.StartsWith("postgres", StringComparison.OrdinalIgnoreCase))
            {
                return new NpgsqlConnectionStringBuilder(url);
            }

            var uri = new Uri(url);
            var user = uri.UserInfo.Split(':', 2);
            return new NpgsqlConnectionStringBuilder
            {
                Host = uri.Host,
                Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
                Username = Uri.UnescapeDataString(user[0]),
                Password = user.Length > 1 ? Uri.UnescapeDataString(user[1]) : null,
                Database = uri.AbsolutePath.Trim('/') is { Length: > 0 } database ? database : "postgres",
                Pooling = false,
            };
        }

        private static async Task ExecuteAsync(NpgsqlConnectionStringBuilder admin, string sql)
        {
            await using var connection = new NpgsqlConnection(admin.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
