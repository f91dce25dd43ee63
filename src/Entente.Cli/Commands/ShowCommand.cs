using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Entente.Cli.Infrastructure;
using Entente.Cli.Querying;
using Entente.Events;
using Entente.Serialization;
using Entente.Storage;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary><c>entente show</c>: one event with its evidence sentence highlighted, the rule that fired and its article.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var eventId = new Argument<string>("EVENT_ID") { Description = "The event's id (from entente events)" };
        var db = CliOptions.Database();
        var format = CliOptions.Format();

        var command = new Command("show", "Show one event: its evidence sentence with source, trigger and target marked, the rule, the article");
        command.Arguments.Add(eventId);
        command.Options.Add(db);
        command.Options.Add(format);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var streams = CliStreams.Current;
            var id = parseResult.GetValue(eventId)!.Trim();
            var database = DatabaseLocation.Resolve(parseResult.GetValue(db));
            await using var store = await DatabaseLocation.OpenAsync(database, streams, "show", cancellationToken, mustExist: true);
            if (store is null)
            {
                return 1;
            }

            if (await store.GetEventAsync(id, cancellationToken) is not { } stored)
            {
                await streams.Error.WriteLineAsync($"entente show: no event with id '{id}' in '{database}'. List ids with: entente events --db {database}");
                return 1;
            }

            await WriteAsync(streams, parseResult.GetValue(format), stored);
            return 0;
        });
        return command;
    }

    private static async Task WriteAsync(CliStreams streams, OutputFormat format, StoredEvent stored)
    {
        switch (format)
        {
            case OutputFormat.Json:
            case OutputFormat.Jsonl:
                var record = StoredEventFormat.ToJson(stored);
                record["evidence"]!["marked"] = EvidenceSpans.Bracketed(stored);
                await streams.Out.WriteLineAsync(record.ToJsonString(format == OutputFormat.Json ? EntenteJson.Indented : EntenteJson.Compact));
                break;
            case OutputFormat.Csv:
                await ResultWriter.WriteCsvAsync(
                    streams.Out,
                    [stored],
                    [.. StoredEventFormat.CsvColumns, new Column<StoredEvent>("evidenceMarked", EvidenceSpans.Bracketed)]);
                break;
            default:
                WriteTable(streams.CreateAnsiConsole(), stored);
                break;
        }
    }

    private static void WriteTable(IAnsiConsole console, StoredEvent stored)
    {
        var e = stored.Event;
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        void Row(string label, string? markup)
        {
            if (!string.IsNullOrEmpty(markup))
            {
                grid.AddRow(new Markup($"[grey]{label}[/]"), new Markup(markup));
            }
        }

        Row("Source", "[deepskyblue1]" + Actor(e.Source) + "[/]");
        Row("Event", Markup.Escape(EventLine(e)));
        Row("Target", e.Target is { } target ? "[orangered1]" + Actor(target) + "[/]" : "[grey](none)[/]");
        Row("Trigger", "[yellow]" + Markup.Escape(e.Trigger.Text) + "[/]");
        Row("Date", Markup.Escape(DateLine(e)));
        Row("Location", e.Location is { } place ? Markup.Escape(place.Country is { } country ? $"{place.Name}, {country}" : place.Name) : null);
        Row("Modality", Markup.Escape($"{Lower(e.Modality)}{(e.Negated ? ", negated" : string.Empty)}; confidence {e.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}"));
        Row("Rule", Markup.Escape(e.Rule));
        Row("Article", Markup.Escape(ArticleLine(stored)));
        Row("Url", stored.ArticleUrl is { } url ? Markup.Escape(url) : null);
        Row("Id", Markup.Escape($"{e.Id} (sentence {e.Sentence})"));

        console.Write(new Panel(grid).Header(Markup.Escape($" {e.Cameo} {e.Plover?.Type ?? string.Empty} ")).Border(BoxBorder.Rounded));
        console.Write(new Panel(new Markup(EvidenceSpans.Markup(stored)))
            .Header(" Evidence: [deepskyblue1]source[/] [yellow]trigger[/] [orangered1]target[/] ")
            .Border(BoxBorder.Rounded));
    }

    private static string Actor(EventActor actor)
    {
        var identity = actor.Name is { Length: > 0 } name && name != actor.Text ? $"{actor.Code} {name}" : actor.Code;
        var role = actor.Role is { Length: > 0 } held ? $", {held}" : string.Empty;
        return Markup.Escape($"{identity}{role} — \"{actor.Text}\"");
    }

    private static string EventLine(CodedEvent e)
    {
        var plover = e.Plover is { } code ? $" → PLOVER {code.Type}{(code.Mode is { } mode ? "/" + mode : string.Empty)}" : string.Empty;
        return $"CAMEO {e.Cameo} (root {e.Root}){plover}; quad class {e.QuadClass}, Goldstein {e.Goldstein.ToString("0.0", CultureInfo.InvariantCulture)}";
    }

    private static string DateLine(CodedEvent e)
    {
        if (e.Date is null)
        {
            return "unresolved";
        }

        var read = e.DateText is { } text ? $", from \"{text}\"" : ", the article's date";
        return $"{e.Date} ({Lower(e.DateGranularity)}{read})";
    }

    private static string ArticleLine(StoredEvent stored)
    {
        var date = stored.ArticlePublished is { } published ? published.ToString(CliOptions.DateFormat, CultureInfo.InvariantCulture) : "undated";
        return $"{stored.ArticleTitle ?? "(untitled)"} — {date} — {stored.ArticleId}";
    }

    private static string Lower<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonSerializer.Serialize(value, EntenteJson.Compact).Trim('"');
}
