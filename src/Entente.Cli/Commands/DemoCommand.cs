using System.CommandLine;
using System.Globalization;
using Entente.Cli.Infrastructure;
using Entente.Cli.Querying;
using Entente.Ingest;
using Entente.Pipeline;
using Entente.Storage;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente demo</c>: ingests the bundled sample corpus (the seed article and 89 VOA stories) into a SQLite file and
/// shows what came out: the country pairs with the most events, and the events of the seed article.
/// </summary>
internal static class DemoCommand
{
    /// <summary>The database the demo writes when --db is not given.</summary>
    public const string DefaultDatabase = "entente-demo.db";

    /// <summary>The seed article has no date in its text; this is the day it was published.</summary>
    private static readonly DateOnly SeedDate = new(2024, 10, 12);

    public static Command Create()
    {
        var db = new Option<string?>("--db")
        {
            Description = $"SQLite file to fill (default {DefaultDatabase}); running again adds nothing twice",
            HelpName = "PATH",
        };
        var serve = new Option<bool>("--serve")
        {
            Description = "Then serve the web UI and API over it (as entente serve --demo)",
        };
        var urls = ServeCommand.UrlsOption();
        var command = new Command("demo", "Ingest the bundled sample corpus and show the relations and events found");
        command.Options.Add(db);
        command.Options.Add(serve);
        command.Options.Add(urls);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var database = parseResult.GetValue(db) ?? DefaultDatabase;
            var exitCode = await RunAsync(database, cancellationToken);
            return exitCode != 0 || !parseResult.GetValue(serve)
                ? exitCode
                : await ServeCommand.ServeAsync(database, parseResult.GetValue(urls), ServeCommand.ApiKey(null), cancellationToken);
        });
        return command;
    }

    /// <summary>Ingests the bundled samples into <paramref name="database"/>; shared with <c>entente serve --demo</c>.</summary>
    /// <returns>0 on success, else the exit code to end with.</returns>
    public static async Task<int> IngestSamplesAsync(string database, CancellationToken cancellationToken)
    {
        var streams = CliStreams.Current;
        string samples;
        try
        {
            samples = EntenteFiles.Resolve("samples");
        }
        catch (FileNotFoundException exception)
        {
            await streams.Error.WriteLineAsync($"entente demo: the bundled sample corpus is missing: {exception.Message}");
            return 1;
        }

        var seed = Path.Combine(samples, "putin-meets-iran.txt");
        var voa = Path.Combine(samples, "voa", "voa_stories.jsonl");
        var inputs = ArticleReader.Read([seed], new IngestOptions { Date = SeedDate })
            .Concat(ArticleReader.Read([voa], new IngestOptions()));

        await streams.Out.WriteLineAsync($"Ingesting the sample corpus from {samples} into {database} …");
        return await IngestCommand.RunAsync(database, inputs, batchSize: 50, Environment.ProcessorCount, cancellationToken);
    }

    private static async Task<int> RunAsync(string database, CancellationToken cancellationToken)
    {
        var streams = CliStreams.Current;
        var exitCode = await IngestSamplesAsync(database, cancellationToken);
        if (exitCode != 0)
        {
            return exitCode;
        }

        var samples = EntenteFiles.Resolve("samples");
        var seed = Path.Combine(samples, "putin-meets-iran.txt");

        await using var store = await DatabaseLocation.OpenAsync(database, streams, "demo", cancellationToken, mustExist: true);
        if (store is null)
        {
            return 1;
        }

        var console = streams.CreateAnsiConsole();
        console.WriteLine();
        WriteDyads(console, await store.TopDyadsAsync(10, null, null, cancellationToken));

        console.WriteLine();
        var seedArticle = ArticleReader.Read([seed], new IngestOptions { Date = SeedDate }).FirstOrDefault(result => result.IsArticle)?.Article;
        var seedEvents = seedArticle is null
            ? []
            : await store.QueryEventsAsync(new EventQuery { ArticleId = seedArticle.Id, Limit = 200 }, cancellationToken);
        console.MarkupLine($"[bold]Events in the seed article[/] ({Markup.Escape(seedArticle?.Title ?? Path.GetFileName(seed))}, {SeedDate:yyyy-MM-dd})");
        await ResultWriter.WriteAsync(
            streams,
            OutputFormat.Table,
            seedEvents,
            [.. StoredEventFormat.TableColumns.Where(column => column.Header != "Article")],
            StoredEventFormat.ToJson,
            "No events were coded from the seed article.");

        console.WriteLine();
        console.WriteLine("Explore further:");
        console.WriteLine($"  entente events --db {database} --dyad RUS:IRN");
        console.WriteLine($"  entente show EVENT_ID --db {database}");
        console.WriteLine($"  entente actors --db {database}");
        console.WriteLine($"  entente serve --db {database}   (web UI and API)");
        return 0;
    }

    private static void WriteDyads(IAnsiConsole console, IReadOnlyList<DyadSummary> dyads)
    {
        console.MarkupLine("[bold]Relations in the sample corpus[/] (country pairs with the most events)");
        if (dyads.Count == 0)
        {
            console.WriteLine("No events between two countries were coded.");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Dyad")
            .AddColumn(new TableColumn("Events").RightAligned())
            .AddColumn(new TableColumn("Verbal coop.").RightAligned())
            .AddColumn(new TableColumn("Material coop.").RightAligned())
            .AddColumn(new TableColumn("Verbal conflict").RightAligned())
            .AddColumn(new TableColumn("Material conflict").RightAligned())
            .AddColumn(new TableColumn("Goldstein mean").RightAligned())
            .AddColumn(new TableColumn("Articles").RightAligned());
        foreach (var dyad in dyads)
        {
            table.AddRow(
                Markup.Escape(dyad.CountryA == dyad.CountryB ? $"{dyad.CountryA} (domestic)" : $"{dyad.CountryA} – {dyad.CountryB}"),
                Count(dyad.Events),
                Count(dyad.VerbalCooperation),
                Count(dyad.MaterialCooperation),
                Count(dyad.VerbalConflict),
                Count(dyad.MaterialConflict),
                dyad.GoldsteinMean.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture),
                Count(dyad.Articles));
        }

        console.Write(table);
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
