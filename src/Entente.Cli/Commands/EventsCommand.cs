using System.CommandLine;
using Entente.Cli.Infrastructure;
using Entente.Cli.Querying;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary><c>entente events</c>: stored events filtered by actor, dyad, dates and CAMEO code.</summary>
internal static class EventsCommand
{
    public static Command Create()
    {
        var filters = EventFilterOptions.Create();
        var limit = CliOptions.Count("--limit", "Events to show at most", 100);
        var offset = CliOptions.Count("--offset", "Events to skip first (paging)", 0, minimum: 0);
        var db = CliOptions.Database();
        var format = CliOptions.Format();

        var command = new Command("events", "List stored events in date order, filtered by actor, dyad, dates or CAMEO code");
        foreach (var option in (Option[])[.. filters.All, limit, offset, db, format])
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var streams = CliStreams.Current;
            var query = filters.ToQuery(parseResult) with
            {
                Limit = parseResult.GetValue(limit),
                Offset = parseResult.GetValue(offset),
            };
            if (EventFilterOptions.CheckRange(query) is { } problem)
            {
                await streams.Error.WriteLineAsync($"entente events: {problem}");
                return EntenteCli.UsageError;
            }

            var database = DatabaseLocation.Resolve(parseResult.GetValue(db));
            await using var store = await DatabaseLocation.OpenAsync(database, streams, "events", cancellationToken, mustExist: true);
            if (store is null)
            {
                return 1;
            }

            var events = await store.QueryEventsAsync(query, cancellationToken);
            var outputFormat = parseResult.GetValue(format);
            await ResultWriter.WriteAsync(
                streams,
                outputFormat,
                events,
                outputFormat == OutputFormat.Csv ? StoredEventFormat.CsvColumns : StoredEventFormat.TableColumns,
                StoredEventFormat.ToJson,
                "No events match.");
            return 0;
        });
        return command;
    }
}
