using System.Globalization;
using System.Text.Json;
using Entente.Cli.Infrastructure;
using Entente.Serialization;
using Entente.Storage;

namespace Entente.Cli.Analysis;

/// <summary>What the analysis commands share: opening the store, turning a bad argument into a usage error, JSON output.</summary>
internal static class AnalysisRun
{
    /// <summary>
    /// Opens the store named by <paramref name="db"/> and runs <paramref name="action"/>; an argument the analysis
    /// refuses (a period that ends before it starts, an empty side) is reported as a usage error.
    /// </summary>
    public static async Task<int> WithStoreAsync(string? db, string commandName, Func<IEventStore, CliStreams, Task<int>> action, CancellationToken cancellationToken)
    {
        var streams = CliStreams.Current;
        var database = DatabaseLocation.Resolve(db);
        await using var store = await DatabaseLocation.OpenAsync(database, streams, commandName, cancellationToken, mustExist: true);
        if (store is null)
        {
            return 1;
        }

        try
        {
            return await action(store, streams);
        }
        catch (ArgumentException exception)
        {
            await streams.Error.WriteLineAsync($"entente {commandName}: {exception.Message}");
            return EntenteCli.UsageError;
        }
    }

    /// <summary>One object as indented JSON (the field names of the records, camelCase).</summary>
    public static Task WriteJsonAsync(CliStreams streams, object value)
        => streams.Out.WriteLineAsync(JsonSerializer.Serialize(value, value.GetType(), EntenteJson.Indented));

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Ids for a table cell: the first few, then how many more.</summary>
    public static string Ids(IReadOnlyList<long> ids, int shown = 5)
        => ids.Count <= shown
            ? string.Join(' ', ids.Select(id => id.ToString(CultureInfo.InvariantCulture)))
            : string.Join(' ', ids.Take(shown).Select(id => id.ToString(CultureInfo.InvariantCulture))) + $" … (+{ids.Count - shown})";
}
