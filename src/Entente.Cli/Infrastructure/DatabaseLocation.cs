using Entente.Storage;

namespace Entente.Cli.Infrastructure;

/// <summary>Which event database a command uses, and opening it with an error a user can act on.</summary>
internal static class DatabaseLocation
{
    /// <summary>The variable that names the database when --db is not given.</summary>
    public const string EnvironmentVariable = "ENTENTE_DB";

    /// <summary>The database used when neither --db nor ENTENTE_DB says.</summary>
    public const string DefaultFile = "entente.db";

    /// <summary>--db, else ENTENTE_DB, else entente.db in the working directory.</summary>
    public static string Resolve(string? option) =>
        option is { Length: > 0 } ? option
        : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : DefaultFile;

    /// <summary>
    /// Opens the store, or prints why it cannot be opened and returns null. Query commands pass
    /// <paramref name="mustExist"/> so that a mistyped path is an error rather than a new empty database.
    /// </summary>
    public static async Task<IEventStore?> OpenAsync(string database, CliStreams streams, string commandName, CancellationToken cancellationToken, bool mustExist = false)
    {
        if (mustExist && IsFilePath(database) && !File.Exists(database))
        {
            await streams.Error.WriteLineAsync($"entente {commandName}: no database at '{database}'. Ingest articles first (entente ingest PATH --db {database}) or pass --db.");
            return null;
        }

        try
        {
            return await EventStores.OpenAsync(database, cancellationToken);
        }
        catch (Exception exception) when (exception is EventStoreException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            await streams.Error.WriteLineAsync($"entente {commandName}: cannot open the database '{database}': {exception.Message}");
            return null;
        }
    }

    // Connection strings (PostgreSQL) name no file to check.
    private static bool IsFilePath(string database) => !database.Contains("://", StringComparison.Ordinal) && !database.Contains('=', StringComparison.Ordinal);
}
