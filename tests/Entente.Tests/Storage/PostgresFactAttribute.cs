namespace Entente.Tests.Storage;

/// <summary>
/// A test that needs the PostgreSQL server named by <see cref="PostgresTestDatabase.EnvironmentVariable"/>. Without
/// one it is skipped on a developer's machine, but runs (and fails, saying why) in CI, so that CI never passes
/// by leaving PostgreSQL out.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresTestDatabase.Server is null && !PostgresTestDatabase.InCi)
        {
            Skip = PostgresTestDatabase.MissingServer;
        }
    }
}
