using Entente.Storage;

namespace Entente.Tests.Storage;

/// <summary>A SQLite file in a folder of its own under the temp directory, removed with its WAL files afterwards.</summary>
public sealed class SqliteTestDatabase : TestDatabase, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-store-").FullName;

    public string Path => System.IO.Path.Combine(_folder, "events.db");

    public override async Task<IEventStore> OpenAsync() => await SqliteEventStore.OpenAsync(Path);

    public override Task<string> SpecAsync() => Task.FromResult(Path);

    public override async Task<System.Data.Common.DbConnection> OpenConnectionAsync()
    {
        var connection = new Microsoft.Data.Sqlite.SqliteConnection(
            new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    public override ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
