namespace Entente.Storage;

/// <summary>The kinds of store a database spec can name.</summary>
internal enum StoreProvider
{
    /// <summary>A SQLite file.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server.</summary>
    Postgres,
}
