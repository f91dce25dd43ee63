using System.Diagnostics;
using Entente.Storage;
using Npgsql;

namespace Entente.Server.Tests;

/// <summary>
/// A PostgreSQL database of its own for one fixture, on the server ENTENTE_TEST_POSTGRES names (or a throwaway local
/// one that <c>.ci/postgres.sh</c> starts); dropped afterwards. Without a server the tests fail, saying why.
/// </summary>
internal sealed class TestPostgres : IAsyncDisposable
{
    private const string EnvironmentVariable = "ENTENTE_TEST_POSTGRES";
    private static readonly Lazy<string> ServerSpec = new(FindServer);
    private readonly string _name = "entente_server_test_" + Guid.NewGuid().ToString("N");
    private bool _created;

    /// <summary>Creates the database and opens a store over it.</summary>
    public async Task<IEventStore> OpenAsync()
    {
        await using (var connection = await ConnectAdminAsync())
        await using (var create = new NpgsqlCommand($"CREATE DATABASE {_name}", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        _created = true;
        var admin = Admin();
        return await EventStores.OpenAsync(
            $"postgres://{Uri.EscapeDataString(admin.Username ?? "")}:{Uri.EscapeDataString(admin.Password ?? "")}@{admin.Host}:{admin.Port}/{_name}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_created)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var admin = await ConnectAdminAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<NpgsqlConnection> ConnectAdminAsync()
    {
        var connection = new NpgsqlConnection(Admin().ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static NpgsqlConnectionStringBuilder Admin()
    {
        var uri = new Uri(ServerSpec.Value);
        var user = uri.UserInfo.Split(':');
        return new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.Port > 0 ? uri.Port : 5432,
            Username = Uri.UnescapeDataString(user[0]),
            Password = user.Length > 1 ? Uri.UnescapeDataString(user[1]) : null,
            Database = uri.AbsolutePath.Trim('/') is { Length: > 0 } db ? db : "postgres",
            Pooling = false,
        };
    }

    private static string FindServer()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } spec)
        {
            return spec.Trim();
        }

        // As the store tests do: start the throwaway server of .ci/postgres.sh so `dotnet test` alone runs everything.
        var script = RepoPaths.InRepo(".ci", "postgres.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script, "start"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("Cannot run .ci/postgres.sh.");
        var stderr = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        const string prefix = "export " + EnvironmentVariable + "=";
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
        return process.ExitCode == 0 && line is not null
            ? line[prefix.Length..].Trim().Trim('\'')
            : throw new InvalidOperationException(
                $"The server API tests need PostgreSQL: set {EnvironmentVariable} to a postgres:// URL, or let .ci/postgres.sh start one ({stderr.Result.Trim()}).");
    }
}
