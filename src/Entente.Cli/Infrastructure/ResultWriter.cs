using System.Text;
using System.Text.Json;
using Entente.Serialization;
using Spectre.Console;

namespace Entente.Cli.Infrastructure;

/// <summary>Writes query results in the format asked for: a table for people, JSON, JSON Lines or CSV for tools.</summary>
internal static class ResultWriter
{
    /// <summary>Writes <paramref name="rows"/>; <paramref name="toJson"/> gives the object of a row for the JSON formats.</summary>
    public static async Task WriteAsync<T>(
        CliStreams streams,
        OutputFormat format,
        IReadOnlyList<T> rows,
        IReadOnlyList<Column<T>> columns,
        Func<T, object> toJson,
        string emptyMessage)
    {
        switch (format)
        {
            case OutputFormat.Json:
                await streams.Out.WriteLineAsync(JsonSerializer.Serialize(rows.Select(toJson).ToList(), EntenteJson.Indented));
                break;
            case OutputFormat.Jsonl:
                foreach (var row in rows)
                {
                    await streams.Out.WriteLineAsync(JsonSerializer.Serialize(toJson(row), EntenteJson.Compact));
                }

                break;
            case OutputFormat.Csv:
                await WriteCsvAsync(streams.Out, rows, columns);
                break;
            default:
                WriteTable(streams, rows, columns, emptyMessage);
                break;
        }
    }

    /// <summary>RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, quote or line break.</summary>
    public static async Task WriteCsvAsync<T>(TextWriter output, IReadOnlyList<T> rows, IReadOnlyList<Column<T>> columns)
    {
        var line = new StringBuilder();
        await output.WriteAsync(string.Join(',', columns.Select(column => CsvField(column.Header))) + "\r\n");
        foreach (var row in rows)
        {
            line.Clear();
            for (var i = 0; i < columns.Count; i++)
            {
                if (i > 0)
                {
                    line.Append(',');
                }

                line.Append(CsvField(columns[i].Value(row)));
            }

            line.Append("\r\n");
            await output.WriteAsync(line.ToString());
        }
    }

    /// <summary>One CSV field, quoted when it must be.</summary>
    public static string CsvField(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    private static void WriteTable<T>(CliStreams streams, IReadOnlyList<T> rows, IReadOnlyList<Column<T>> columns, string emptyMessage)
    {
        var console = streams.CreateAnsiConsole();
        if (rows.Count == 0)
        {
            console.WriteLine(emptyMessage);
            return;
        }

        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column.Header)));
        }

        foreach (var row in rows)
        {
            table.AddRow(columns.Select(column => (Spectre.Console.Rendering.IRenderable)new Text(column.Value(row) ?? string.Empty)).ToArray());
        }

        console.Write(table);
        console.WriteLine($"{rows.Count} row{(rows.Count == 1 ? string.Empty : "s")}");
    }
}
