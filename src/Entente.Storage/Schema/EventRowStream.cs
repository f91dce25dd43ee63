using System.Data.Common;
using System.Runtime.CompilerServices;
using Dapper;

namespace Entente.Storage.Schema;

/// <summary>Reads event rows one at a time from an open reader, for exports that must not hold a result set in memory.</summary>
internal static class EventRowStream
{
    public static async IAsyncEnumerable<EventRow> ReadAsync(
        DbConnection connection,
        DbTransaction transaction,
        string sql,
        DynamicParameters parameters,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // No command timeout: sorting millions of rows before the first one arrives may take longer than the
        // default 30 seconds, and a long export is not a hung one.
        var command = new CommandDefinition(sql, parameters, transaction, commandTimeout: 0, flags: CommandFlags.None, cancellationToken: cancellationToken);
        await using var reader = await connection.ExecuteReaderAsync(command);
        var parse = reader.GetRowParser<EventRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return parse(reader);
        }
    }
}
