using System.CommandLine;
using System.Globalization;
using Entente.Cli.Infrastructure;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary><c>entente actors</c>: the actors seen in the store, most active first.</summary>
internal static class ActorsCommand
{
    private static readonly Column<ActorSummary>[] Columns =
    [
        new("code", actor => actor.Code),
        new("name", actor => actor.Name),
        new("country", actor => actor.Country),
        new("sector", actor => actor.Sector),
        new("kind", actor => actor.Kind?.ToString()),
        new("mentions", actor => actor.Mentions.ToString(CultureInfo.InvariantCulture)),
        new("events", actor => actor.Events.ToString(CultureInfo.InvariantCulture)),
    ];

    public static Command Create()
    {
        var limit = CliOptions.Count("--limit", "Actors to show at most", 100);
        var db = CliOptions.Database();
        var format = CliOptions.Format();

        var command = new Command("actors", "List the actors seen in stored articles with their mention and event counts");
        command.Options.Add(limit);
        command.Options.Add(db);
        command.Options.Add(format);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var streams = CliStreams.Current;
            var database = DatabaseLocation.Resolve(parseResult.GetValue(db));
            await using var store = await DatabaseLocation.OpenAsync(database, streams, "actors", cancellationToken, mustExist: true);
            if (store is null)
            {
                return 1;
            }

            var actors = (await store.ListActorsAsync(cancellationToken)).Take(parseResult.GetValue(limit)).ToList();
            await ResultWriter.WriteAsync(streams, parseResult.GetValue(format), actors, Columns, actor => actor, "No actors stored yet.");
            return 0;
        });
        return command;
    }
}
