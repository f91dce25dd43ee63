using System.CommandLine;
using Entente.Cli.Infrastructure;
using Entente.Cli.Ingesting;
using Entente.Ingest;
using Entente.Storage;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary><c>entente ingest</c>: read articles from files, folders or stdin, code them, and store them.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files, folders or globs to read (text, HTML, JSON Lines, feeds); '-' reads standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var date = CliOptions.Date("--date", "Publication date for articles whose source gives none");
        var db = CliOptions.Database();
        var batchSize = CliOptions.Count("--batch-size", "Articles stored per transaction", 50);
        var workers = CliOptions.Count("--workers", "Articles processed in parallel", Environment.ProcessorCount);
        var lease = CliOptions.Count(
            "--lease",
            "PostgreSQL: seconds a claimed batch stays with this process unless renewed (a killed process's batch waits this long)",
            (int)QueuedIngest.DefaultLease.TotalSeconds);

        var command = new Command("ingest", "Read articles, code their events and store them (articles already stored are skipped)");
        command.Arguments.Add(paths);
        command.Options.Add(date);
        command.Options.Add(db);
        command.Options.Add(batchSize);
        command.Options.Add(workers);
        command.Options.Add(lease);
        command.SetAction((parseResult, cancellationToken) =>
        {
            var streams = CliStreams.Current;
            var inputs = ArticleReader.Read(parseResult.GetValue(paths) ?? [], new IngestOptions { Date = parseResult.GetValue(date), Stdin = streams.In });
            return RunAsync(
                DatabaseLocation.Resolve(parseResult.GetValue(db)),
                inputs,
                parseResult.GetValue(batchSize),
                parseResult.GetValue(workers),
                cancellationToken,
                TimeSpan.FromSeconds(parseResult.GetValue(lease)));
        });
        return command;
    }

    /// <summary>Ingests <paramref name="inputs"/> into <paramref name="database"/> and prints a summary; shared with <c>entente demo</c>.</summary>
    /// <returns>0 when anything was ingested or was already stored; 1 when nothing could be.</returns>
    public static async Task<int> RunAsync(string database, IEnumerable<IngestResult> inputs, int batchSize, int workers, CancellationToken cancellationToken, TimeSpan? lease = null)
    {
        var streams = CliStreams.Current;
        await using var store = await DatabaseLocation.OpenAsync(database, streams, "ingest", cancellationToken);
        if (store is null)
        {
            return 1;
        }

        var runner = new IngestRunner(store, () => DefaultPipeline.Instance, workers, batchSize, lease);
        try
        {
            if (streams.IsInteractive)
            {
                await RunWithProgressDisplayAsync(runner, inputs, streams, cancellationToken);
            }
            else
            {
                await RunWithLogLinesAsync(runner, inputs, streams, cancellationToken);
            }
        }
        catch (EventStoreException exception)
        {
            await streams.Error.WriteLineAsync($"entente ingest: the database '{database}' refused a batch: {exception.Message}");
            await streams.Error.WriteLineAsync("Batches stored before it are kept; run the same command again to resume.");
            return 1;
        }

        var counters = runner.Counters;
        await streams.Out.WriteLineAsync($"Database:  {database}");
        await streams.Out.WriteLineAsync($"Articles:  {counters.Read} read, {counters.Added} added, {counters.Skipped} skipped (already stored)");
        if (runner.QueueWorker is { } worker)
        {
            // Several processes may share the queue: this one stores what it claimed, whoever read it.
            await streams.Out.WriteLineAsync($"Queue:     {counters.Queued} queued by this run, {counters.Claimed} claimed (as {worker})");
        }

        await streams.Out.WriteLineAsync($"Events:    {counters.Events} added");
        await streams.Out.WriteLineAsync($"Problems:  {counters.Problems}{(counters.Problems > 0 ? " (listed on standard error)" : string.Empty)}");
        await streams.Out.WriteLineAsync($"Speed:     {counters.ArticlesPerSecond:0.0} articles/s ({counters.Elapsed.TotalSeconds:0.0} s)");

        if (counters.Added + counters.Skipped == 0)
        {
            await streams.Error.WriteLineAsync(counters.Problems > 0
                ? "entente ingest: nothing could be ingested; every input failed (see the problems above)."
                : "entente ingest: no articles were found in the inputs.");
            return 1;
        }

        return 0;
    }

    private static async Task RunWithLogLinesAsync(IngestRunner runner, IEnumerable<IngestResult> inputs, CliStreams streams, CancellationToken cancellationToken)
    {
        var run = runner.RunAsync(inputs, problem => streams.Error.WriteLine($"problem: {problem}"), cancellationToken);

        // A long ingest into a log file still shows it is alive; a short one prints only the summary.
        while (await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(5), cancellationToken)) != run)
        {
            await streams.Out.WriteLineAsync($"[{DateTime.Now:HH:mm:ss}] {runner.Counters.Describe()}");
        }

        await run;
    }

    private static async Task RunWithProgressDisplayAsync(IngestRunner runner, IEnumerable<IngestResult> inputs, CliStreams streams, CancellationToken cancellationToken)
    {
        // Lines written to stderr while the live display redraws would be torn apart; they are printed when it ends.
        var problems = new List<IngestProblem>();
        try
        {
            await AnsiConsole.Progress()
                .AutoClear(false)
                .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("Ingesting").IsIndeterminate();
                    var run = runner.RunAsync(inputs, problems.Add, cancellationToken);
                    while (await Task.WhenAny(run, Task.Delay(200, cancellationToken)) != run)
                    {
                        task.Description = Markup.Escape(runner.Counters.Describe());
                    }

                    task.Description = "done: " + Markup.Escape(runner.Counters.Describe());
                    task.IsIndeterminate(false).Value(task.MaxValue);
                    await run;
                });
        }
        finally
        {
            foreach (var problem in problems)
            {
                await streams.Error.WriteLineAsync($"problem: {problem}");
            }
        }
    }
}
