using System.Globalization;
using Entente.Storage.Schema;
using Microsoft.Data.Sqlite;

namespace Entente.Storage.Sqlite;

/// <summary>
/// An INSERT for one table, compiled once and run for every row of a batch with new parameter values, so that
/// a batch of thousands of rows costs one statement preparation per table rather than one per row.
/// </summary>
/// <typeparam name="T">The record a row is made from.</typeparam>
internal sealed class SqlitePreparedInsert<T> : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly IReadOnlyList<StoreColumn<T>> _columns;
    private readonly SqliteParameter[] _parameters;

    /// <summary>Prepares the insert inside <paramref name="transaction"/>; <paramref name="onConflict"/> is appended as written.</summary>
    public SqlitePreparedInsert(SqliteConnection connection, SqliteTransaction transaction, StoreTable<T> table, string onConflict = "")
    {
        _columns = table.Columns;
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        var names = _columns.Select(column => column.Name).ToArray();
        _command.CommandText =
            $"INSERT INTO {table.Name} ({string.Join(", ", names)}) VALUES ({string.Join(", ", names.Select(name => "@" + name))}) {onConflict}";
        _parameters = names.Select(name => _command.Parameters.Add(new SqliteParameter("@" + name, DBNull.Value))).ToArray();
        _command.Prepare();
    }

    /// <summary>Inserts the row made from <paramref name="row"/>; returns the number of rows written (0 when a conflict clause skipped it).</summary>
    public Task<int> ExecuteAsync(T row, CancellationToken cancellationToken)
    {
        for (var i = 0; i < _parameters.Length; i++)
        {
            _parameters[i].Value = ToSqlite(_columns[i].Value(row));
        }

        return _command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose() => _command.Dispose();

    // Dates and times are stored as ISO 8601 text, which sorts in time order and reads the same in any tool.
    private static object ToSqlite(object? value) => value switch
    {
        null => DBNull.Value,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        _ => value,
    };
}
