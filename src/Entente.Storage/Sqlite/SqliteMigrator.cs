using System.Globalization;
using Dapper;
using Entente.Storage.Schema;
using Microsoft.Data.Sqlite;

namespace Entente.Storage.Sqlite;

/// <summary>Brings a SQLite database up to the schema version the code knows, one transaction per step.</summary>
internal static class SqliteMigrator
{
    /// <summary>
    /// Applies the steps of <paramref name="migrations"/> that the database lacks, and refuses a database whose
    /// schema is newer than any step known here, since this code could misread or damage it.
    /// </summary>
    public static async Task ApplyAsync(SqliteConnection connection, string path, IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        CheckOrder(migrations);
        using (var transaction = connection.BeginTransaction(deferred: false))
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version INTEGER NOT NULL PRIMARY KEY,
                    name TEXT NOT NULL,
                    applied_at TEXT NOT NULL
                ) STRICT
                """,
                transaction: transaction,
                cancellationToken: cancellationToken));
            transaction.Commit();
        }

        var known = migrations.Count == 0 ? 0 : migrations[^1].Version;
        var current = await CurrentVersionAsync(connection, null, cancellationToken);
        if (current > known)
        {
            throw new EventStoreException(
                $"The event store {path} has schema version {current}, newer than this version of Entente knows " +
                $"(up to {known}). Use a newer Entente to open it, or give another database file.");
        }

        foreach (var migration in migrations.Where(step => step.Version > current))
        {
            using var transaction = connection.BeginTransaction(deferred: false);

            // Another process may have opened the same file and applied the step since the version was read;
            // the write lock taken by the transaction makes this second look final.
            if (await CurrentVersionAsync(connection, transaction, cancellationToken) >= migration.Version)
            {
                continue;
            }

            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @appliedAt)",
                new
                {
                    version = migration.Version,
                    name = migration.Name,
                    appliedAt = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
                },
                transaction,
                cancellationToken: cancellationToken));
            transaction.Commit();
        }
    }

    private static Task<long> CurrentVersionAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
        => connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
            transaction: transaction,
            cancellationToken: cancellationToken));

    private static void CheckOrder(IReadOnlyList<Migration> migrations)
    {
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migration \"{migrations[i].Name}\" has version {migrations[i].Version}; expected {i + 1}.");
            }
        }
    }
}
