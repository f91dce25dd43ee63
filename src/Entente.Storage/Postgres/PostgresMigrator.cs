using Dapper;
using Entente.Storage.Schema;
using Npgsql;

namespace Entente.Storage.Postgres;

/// <summary>Brings a PostgreSQL database up to the schema version the code knows, one transaction per step.</summary>
internal static class PostgresMigrator
{
    /// <summary>
    /// Key of the transaction-level advisory lock held while the schema is read and changed. Advisory locks are
    /// per database, so processes opening different databases on one server do not wait for each other.
    /// </summary>
    private const long SchemaLockKey = 0x456E74656E7465; // "Entente" in ASCII.

    /// <summary>
    /// Applies the steps of <paramref name="migrations"/> that the database lacks, and refuses a database whose
    /// schema is newer than any step known here. Each step runs under the advisory lock, after a fresh look at
    /// the version, so several processes opening one new database at once apply every step exactly once.
    /// </summary>
    public static async Task ApplyAsync(NpgsqlDataSource dataSource, string location, IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        CheckOrder(migrations);
        var known = migrations.Count == 0 ? 0 : migrations[^1].Version;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        while (true)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(
                "SELECT pg_advisory_xact_lock(@key)", new { key = SchemaLockKey }, transaction, cancellationToken: cancellationToken));

            // Under the lock, so that two processes creating it at once do not collide on the catalog.
            await connection.ExecuteAsync(new CommandDefinition(
                """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version integer NOT NULL PRIMARY KEY,
                    name text NOT NULL,
                    applied_at timestamptz NOT NULL
                )
                """,
                transaction: transaction,
                cancellationToken: cancellationToken));
            var current = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
                "SELECT COALESCE(MAX(version), 0) FROM schema_migrations", transaction: transaction, cancellationToken: cancellationToken));
            if (current > known)
            {
                throw new EventStoreException(
                    $"The event store {location} has schema version {current}, newer than this version of Entente knows " +
                    $"(up to {known}). Use a newer Entente to open it, or give another database.");
            }

            var next = migrations.FirstOrDefault(step => step.Version > current);
            if (next is not null)
            {
                await connection.ExecuteAsync(new CommandDefinition(next.Sql, transaction: transaction, cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, now())",
                    new { version = next.Version, name = next.Name },
                    transaction,
                    cancellationToken: cancellationToken));
            }

            await transaction.CommitAsync(cancellationToken);
            if (next is null)
            {
                return;
            }
        }
    }

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
