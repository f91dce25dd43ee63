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
        var actor = new Option<string?>("--actor")
        {
            Description = "An actor on either side: code prefix (RUS, RUSGOV), actor id or name",
            HelpName = "ACTOR",
        };
        var dyad = new Option<Dyad?>("--dyad")
        {
            Description = "Events between two actors, either direction (RUS:IRN)",
            HelpName = "A:B",
            CustomParser = result =>
            {
                try
                {
                    return Dyad.Parse(result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty);
                }
                catch (FormatException exception)
                {
                    result.AddError($"--dyad: {exception.Message}");
                    return null;
                }
            },
        };
        var since = CliOptions.Date("--since", "Earliest event date, inclusive");
        var until = CliOptions.Date("--until", "Latest event date, inclusive");
        var code = new Option<string?>("--code")
        {
            Description = "CAMEO code prefix: 04 matches 04, 040, 042, …",
            HelpName = "CAMEO",
        };
        code.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && (value.Length is < 2 or > 4 || !value.All(char.IsAsciiDigit)))
            {
                result.AddError($"--code: '{value}' is not a CAMEO code prefix (two to four digits, e.g. 04 or 042).");
            }
        });
        var limit = CliOptions.Count("--limit", "Events to show at most", 100);
        var offset = CliOptions.Count("--offset", "Events to skip first (paging)", 0, minimum: 0);
        var db = CliOptions.Database();
        var format = CliOptions.Format();

        var command = new Command("events", "List stored events in date order, filtered by actor, dyad, dates or CAMEO code");
        foreach (var option in new Option[] { actor, dyad, since, until, code, limit, offset, db, format })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var streams = CliStreams.Current;
            var query = new EventQuery
            {
                Actor = parseResult.GetValue(actor),
                Dyad = parseResult.GetValue(dyad),
                Since = parseResult.GetValue(since),
                Until = parseResult.GetValue(until),
                CodePrefix = parseResult.GetValue(code),
                Limit = parseResult.GetValue(limit),
                Offset = parseResult.GetValue(offset),
            };
            if (query.Since > query.Until)
            {
                await streams.Error.WriteLineAsync($"entente events: --since {query.Since:yyyy-MM-dd} is after --until {query.Until:yyyy-MM-dd}.");
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
