using Entente.Storage;

namespace Entente.Cli.Infrastructure;

/// <summary>Which event database a command uses, and opening it with an error a user can act on.</summary>
internal static class DatabaseLocation
{
    /// <summary>--db, else ENTENTE_DB, else entente.db in the working directory.</summary>
    public static string Resolve(string? option) =>
        option is { Length: > 0 } ? option
        : Environment.GetEnvironmentVariable(EventStores.EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : EventStores.DefaultPath;

    /// <summary>
    /// Opens the store, or prints why it cannot be opened and returns null. Query commands pass
    /// <paramref name="mustExist"/> so that a mistyped path is an error rather than a new empty database.
    /// </summary>
    public static async Task<IEventStore?> OpenAsync(string database, CliStreams streams, string commandName, CancellationToken cancellationToken, bool mustExist = false)
    {
        if (mustExist && SqliteFile(database) is { } file && !File.Exists(file))
        {
            await streams.Error.WriteLineAsync($"entente {commandName}: no database at '{database}'. Ingest articles first (entente ingest PATH --db {database}) or pass --db.");
            return null;
        }

        try
        {
            return await EventStores.OpenAsync(database, cancellationToken);
        }
        catch (Exception exception) when (exception is EventStoreException or IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await streams.Error.WriteLineAsync($"entente {commandName}: cannot open the database '{database}': {exception.Message}");
            return null;
        }
    }

    // The file a SQLite spec names ("PATH" or "sqlite:PATH"); PostgreSQL connection strings name none.
    private static string? SqliteFile(string database) =>
        database.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase) ? database["sqlite:".Length..].Trim()
        : database.Contains("://", StringComparison.Ordinal) || database.Contains('=', StringComparison.Ordinal) ? null
        : database;
}
