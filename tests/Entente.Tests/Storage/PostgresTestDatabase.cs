using Entente.Storage;
using Entente.Storage.Postgres;
using Npgsql;

namespace Entente.Tests.Storage;

/// <summary>
/// A database of its own for one test, created on the server that <see cref="EnvironmentVariable"/> names and
/// dropped afterwards, so that tests run in parallel without seeing each other's rows.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    /// <summary>The server to create test databases on: a postgres:// URL or an Npgsql connection string.</summary>
    public const string EnvironmentVariable = "ENTENTE_TEST_POSTGRES";

    /// <summary>Why the PostgreSQL tests cannot run, shown as the failure (in CI) or skip reason (elsewhere).</summary>
    public const string MissingServer =
        "PostgreSQL tests need ENTENTE_TEST_POSTGRES (a postgres:// URL or connection string of a server where the tests may " +
        "create databases); .ci/run starts a server with .ci/postgres.sh, and eval \"$(bash .ci/postgres.sh start)\" starts one here.";

    private readonly string _name = "entente_test_" + Guid.NewGuid().ToString("N");
    private bool _created;

    private static readonly Lazy<string?> LocalServer = new(StartLocalServer);

    /// <summary>
    /// The server spec from the environment; without one, a throwaway local server that <c>.ci/postgres.sh</c>
    /// starts (installing Debian's postgresql when it can), so <c>dotnet test</c> alone runs every test; null
    /// when neither is possible.
    /// </summary>
    public static string? Server
        => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } spec ? spec.Trim() : LocalServer.Value;

    /// <summary>True in CI, where a missing server is a failure rather than a reason to skip.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string? StartLocalServer()
    {
        var script = RepoPaths.InRepo(".ci", "postgres.sh");
        if (!File.Exists(script) || !OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("bash", [script, "start"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return null;
            }

            var stderr = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = stderr.Result;
            const string Prefix = "export " + EnvironmentVariable + "=";
            var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(Prefix, StringComparison.Ordinal));
            if (process.ExitCode != 0 || line is null)
            {
                return null;
            }

            var spec = line[Prefix.Length..].Trim().Trim('\'');
            Environment.SetEnvironmentVariable(EnvironmentVariable, spec);
            return spec;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>The Npgsql connection string of this test's database (created on first use).</summary>
    public string ConnectionString => Settings(_name, pooling: true).ConnectionString;

    /// <summary>This test's database as a postgres:// URL with the password, as a user would write it.</summary>
    public string Url
    {
        get
        {
            var settings = Settings(_name, pooling: true);
            return $"postgres://{Uri.EscapeDataString(settings.Username ?? "")}:{Uri.EscapeDataString(settings.Password ?? "")}@{settings.Host}:{settings.Port}/{_name}";
        }
    }

    public override async Task<IEventStore> OpenAsync() => await OpenPostgresAsync();

    /// <summary>Opens the store over this test's database, creating the database first.</summary>
    public async Task<PostgresEventStore> OpenPostgresAsync()
    {
        await CreateAsync();
        return await PostgresEventStore.OpenAsync(ConnectionString);
    }

    /// <summary>Creates this test's database, empty; does nothing when it exists already.</summary>
    public async Task CreateAsync()
    {
        if (_created)
        {
            return;
        }

        await using var connection = await ConnectAdminAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {_name}", connection);
        await command.ExecuteNonQueryAsync();
        _created = true;
    }

    /// <summary>An unpooled connection to this test's database, for tests that look under the store.</summary>
    public async Task<NpgsqlConnection> ConnectAsync()
    {
        var connection = new NpgsqlConnection(Settings(_name, pooling: false).ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public override async Task<string> SpecAsync()
    {
        await CreateAsync();
        return Url;
    }

    public override async Task<System.Data.Common.DbConnection> OpenConnectionAsync()
    {
        await CreateAsync();
        return await ConnectAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        if (!_created)
        {
            return;
        }

        // FORCE: a connection a failed test left open must not keep the database alive.
        await using var connection = await ConnectAdminAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
        _created = false;
    }

    private static async Task<NpgsqlConnection> ConnectAdminAsync()
    {
        var settings = PostgresConnectionStrings.Parse(Server ?? throw new InvalidOperationException(MissingServer));
        settings.Pooling = false;
        var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    // The store pools within its own data source, which it closes on dispose; a test's own connections must
    // not linger in the global pool after the database is dropped.
    private static NpgsqlConnectionStringBuilder Settings(string database, bool pooling)
    {
        var settings = PostgresConnectionStrings.Parse(Server ?? throw new InvalidOperationException(MissingServer));
        settings.Database = database;
        settings.Pooling = pooling;
        return settings;
    }
}
