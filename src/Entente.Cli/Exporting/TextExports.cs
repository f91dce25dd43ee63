using System.Text;
using System.Text.Json;
using Entente.Cli.Infrastructure;
using Entente.Cli.Querying;
using Entente.Serialization;
using Entente.Storage;

namespace Entente.Cli.Exporting;

/// <summary>CSV and JSON Lines exports: the same columns and records as <c>entente events</c>, streamed.</summary>
internal static class TextExports
{
    /// <summary>RFC 4180 CSV: a header, CRLF line ends, fields quoted when they hold a comma, quote or line break.</summary>
    public static async Task<long> WriteCsvAsync(IAsyncEnumerable<StoredEvent> events, TextWriter output, CancellationToken cancellationToken)
    {
        var columns = StoredEventFormat.CsvColumns;
        await output.WriteAsync(string.Join(',', columns.Select(column => ResultWriter.CsvField(column.Header))) + "\r\n");
        var line = new StringBuilder(1024);
        long count = 0;
        await foreach (var stored in events.WithCancellation(cancellationToken))
        {
            line.Clear();
            for (var i = 0; i < columns.Count; i++)
            {
                if (i > 0)
                {
                    line.Append(',');
                }

                line.Append(ResultWriter.CsvField(columns[i].Value(stored)));
            }

            line.Append("\r\n");
            await output.WriteAsync(line, cancellationToken);
            count++;
        }

        return count;
    }

    /// <summary>One event record per line (docs/event-data.md) with its article and evidence.</summary>
    public static async Task<long> WriteJsonlAsync(IAsyncEnumerable<StoredEvent> events, TextWriter output, CancellationToken cancellationToken)
    {
        long count = 0;
        await foreach (var stored in events.WithCancellation(cancellationToken))
        {
            await output.WriteAsync(JsonSerializer.Serialize(StoredEventFormat.ToJson(stored), EntenteJson.Compact));
            await output.WriteAsync('\n');
            count++;
        }

        return count;
    }
}
