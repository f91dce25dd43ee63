using Entente.Storage.Postgres;

namespace Entente.Storage;

/// <summary>The front door to the stores: opens the one a database spec names.</summary>
public static class EventStores
{
    /// <summary>The environment variable read when no database is given.</summary>
    public const string EnvironmentVariable = "ENTENTE_DB";

    /// <summary>The SQLite file used when neither a spec nor <see cref="EnvironmentVariable"/> is given.</summary>
    public const string DefaultPath = "entente.db";

    /// <summary>
    /// Opens the store named by <paramref name="dbSpec"/>: "sqlite:PATH" or a plain file path for SQLite;
    /// "postgres://…", "postgresql://…" or "Host=…" for PostgreSQL. Null or empty reads
    /// <see cref="EnvironmentVariable"/>, then falls back to <see cref="DefaultPath"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A PostgreSQL spec that is not a valid URL or connection string.</exception>
    /// <exception cref="EventStoreException">The database cannot be opened or is newer than this code.</exception>
    public static async Task<IEventStore> OpenAsync(string? dbSpec, CancellationToken cancellationToken = default)
    {
        var spec = Resolve(dbSpec, Environment.GetEnvironmentVariable);
        return spec.Provider switch
        {
            StoreProvider.Sqlite => await SqliteEventStore.OpenAsync(spec.Target, cancellationToken),
            StoreProvider.Postgres => await PostgresEventStore.OpenAsync(spec.Target, cancellationToken),
            _ => throw new InvalidOperationException($"No store is known for provider {spec.Provider}."),
        };
    }

    /// <summary>Which store a spec names and where, reading the environment through <paramref name="environment"/>.</summary>
    internal static StoreSpec Resolve(string? dbSpec, Func<string, string?> environment)
    {
        var spec = dbSpec;
        if (string.IsNullOrWhiteSpace(spec))
        {
            spec = environment(EnvironmentVariable);
        }

        if (string.IsNullOrWhiteSpace(spec))
        {
            spec = DefaultPath;
        }

        spec = spec.Trim();
        if (spec.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || spec.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || spec.StartsWith("Host=", StringComparison.OrdinalIgnoreCase))
        {
            return new StoreSpec(StoreProvider.Postgres, spec);
        }

        const string sqlitePrefix = "sqlite:";
        if (spec.StartsWith(sqlitePrefix, StringComparison.OrdinalIgnoreCase))
        {
            var path = spec[sqlitePrefix.Length..].Trim();
            return path.Length == 0
                ? throw new ArgumentException($"\"{dbSpec}\" names no file: write sqlite:PATH, such as sqlite:entente.db.", nameof(dbSpec))
                : new StoreSpec(StoreProvider.Sqlite, path);
        }

        return new StoreSpec(StoreProvider.Sqlite, spec);
    }
}
