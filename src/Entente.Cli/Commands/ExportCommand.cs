using System.CommandLine;
using System.Globalization;
using System.Text;
using Entente.Cli.Exporting;
using Entente.Cli.Infrastructure;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary><c>entente export</c>: every stored event matching the filters, streamed to a file in a format other tools read.</summary>
internal static class ExportCommand
{
    private const string StandardOutput = "-";

    public static Command Create()
    {
        var format = new Option<ExportFormat?>("--format")
        {
            Description = "gdelt (GDELT 2.0 event table, tab-separated), csv, jsonl, parquet or graphml (actor network)",
            HelpName = "gdelt|csv|jsonl|parquet|graphml",
            Required = true,
        };
        var output = new Option<string>("--out")
        {
            Description = "File to write, or - for standard output (not for parquet). Default: -",
            HelpName = "FILE|-",
            DefaultValueFactory = _ => StandardOutput,
        };
        var filters = EventFilterOptions.Create();
        var db = CliOptions.Database();

        var command = new Command("export", "Export stored events as GDELT 2.0, CSV, JSON Lines, Parquet or GraphML, streamed (any number of events)");
        foreach (var option in (Option[])[format, output, .. filters.All, db])
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var streams = CliStreams.Current;
            var chosen = parseResult.GetValue(format)!.Value;
            var target = parseResult.GetValue(output) is { Length: > 0 } given ? given : StandardOutput;
            var query = filters.ToQuery(parseResult);
            if (EventFilterOptions.CheckRange(query) is { } problem)
            {
                await streams.Error.WriteLineAsync($"entente export: {problem}");
                return EntenteCli.UsageError;
            }

            if (chosen == ExportFormat.Parquet && target == StandardOutput)
            {
                await streams.Error.WriteLineAsync("entente export: Parquet is written to a file (its footer needs a seekable stream): pass --out FILE.parquet.");
                return EntenteCli.UsageError;
            }

            var database = DatabaseLocation.Resolve(parseResult.GetValue(db));
            await using var store = await DatabaseLocation.OpenAsync(database, streams, "export", cancellationToken, mustExist: true);
            if (store is null)
            {
                return 1;
            }

            var events = store.StreamEventsAsync(query, cancellationToken);
            long count;
            try
            {
                count = target == StandardOutput
                    ? await WriteAsync(chosen, events, streams.Out, cancellationToken)
                    : await WriteFileAsync(chosen, events, target, cancellationToken);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or EventStoreException)
            {
                await streams.Error.WriteLineAsync($"entente export: cannot write {(target == StandardOutput ? "the export" : $"'{target}'")}: {exception.Message}");
                return 1;
            }

            var noun = chosen == ExportFormat.Graphml ? "events counted in the network" : "events";
            var where = target == StandardOutput ? "" : $" to {target}";
            await streams.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"entente export: {count:N0} {noun} written{where} ({chosen.ToString().ToLowerInvariant()})."));
            return 0;
        });
        return command;
    }

    private static Task<long> WriteAsync(ExportFormat format, IAsyncEnumerable<StoredEvent> events, TextWriter output, CancellationToken cancellationToken) => format switch
    {
        ExportFormat.Gdelt => GdeltExport.WriteAsync(events, output, cancellationToken),
        ExportFormat.Csv => TextExports.WriteCsvAsync(events, output, cancellationToken),
        ExportFormat.Jsonl => TextExports.WriteJsonlAsync(events, output, cancellationToken),
        ExportFormat.Graphml => GraphMlExport.WriteAsync(events, output, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a text format."),
    };

    // Written beside the target and moved into place at the end, so an export that fails or is interrupted
    // never leaves a truncated file that looks complete, nor destroys the previous export of the same name.
    private static async Task<long> WriteFileAsync(ExportFormat format, IAsyncEnumerable<StoredEvent> events, string path, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        if (Path.GetDirectoryName(full) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var partial = full + ".partial";
        try
        {
            long count;
            await using (var file = new FileStream(partial, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, useAsync: true))
            {
                if (format == ExportFormat.Parquet)
                {
                    count = await ParquetExport.WriteAsync(events, file, cancellationToken);
                }
                else
                {
                    await using var writer = new StreamWriter(file, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
                    count = await WriteAsync(format, events, writer, cancellationToken);
                }
            }

            File.Move(partial, full, overwrite: true);
            return count;
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }
}
