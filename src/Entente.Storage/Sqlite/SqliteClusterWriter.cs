using System.Globalization;
using Dapper;
using Entente.Storage.Schema;
using Microsoft.Data.Sqlite;

namespace Entente.Storage.Sqlite;

/// <summary>
/// Assigns events to clusters inside a write transaction. SQLite has one writer at a time (the batch holds the
/// write lock from its first statement), so the lookup and the insert of a cluster can never race another process.
/// </summary>
internal sealed class SqliteClusterWriter(SqliteConnection connection, SqliteTransaction transaction)
{
    /// <summary>Looks up the clusters the events may join, assigns them, inserts the new clusters (setting their ids) and stores filled-in places.</summary>
    public async Task<ClusterAssigner.Result> AssignAsync(IReadOnlyList<PendingEvent> pending, CancellationToken cancellationToken)
    {
        var candidates = new List<ClusterCandidate>();
        foreach (var (key, from, to) in ClusterAssigner.KeyRanges(pending))
        {
            var rows = await connection.QueryAsync<CandidateRow>(new CommandDefinition(
                "SELECT id, cluster_key, event_date, place FROM event_clusters WHERE cluster_key = @key AND event_date BETWEEN @from AND @to",
                new { key, from = Iso(from), to = Iso(to) },
                transaction,
                cancellationToken: cancellationToken));
            candidates.AddRange(rows.Select(row => row.ToCandidate()));
        }

        var result = ClusterAssigner.Assign(pending, candidates);
        foreach (var slot in result.New)
        {
            var head = slot.Head!;
            slot.Id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                ClusterSql.Insert,
                new
                {
                    key = slot.Key,
                    sourceKey = head.SourceKey,
                    targetKey = head.TargetKey,
                    root = head.Root,
                    quadClass = head.QuadClass,
                    goldstein = head.Goldstein,
                    date = head.Date is { } date ? Iso(date) : null,
                    place = slot.Place,
                    factual = head.Factual,
                    head = head.EventId,
                },
                transaction,
                cancellationToken: cancellationToken));
        }

        foreach (var slot in result.Touched.Where(slot => slot.PlaceChanged))
        {
            await connection.ExecuteAsync(new CommandDefinition(ClusterSql.SetPlace, new { id = slot.Id, place = slot.Place }, transaction, cancellationToken: cancellationToken));
        }

        return result;
    }

    /// <summary>Recounts the clusters of <paramref name="result"/> once their reports are stored.</summary>
    public async Task RecountAsync(ClusterAssigner.Result result, CancellationToken cancellationToken)
    {
        foreach (var slot in result.New.Concat(result.Touched))
        {
            await connection.ExecuteAsync(new CommandDefinition(ClusterSql.Recount, new { id = slot.Id }, transaction, cancellationToken: cancellationToken));
        }
    }

    /// <summary>Clusters the events stored before clusters existed (after the migration that added them), in one transaction.</summary>
    public static async Task BackfillAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // A cheap read first: an up-to-date store never takes the write lock just to be opened.
        if (await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT EXISTS (SELECT 1 FROM events WHERE cluster_id IS NULL)", cancellationToken: cancellationToken)) == 0)
        {
            return;
        }

        using var transaction = connection.BeginTransaction(deferred: false);
        var rows = (await connection.QueryAsync<UnclusteredRow>(new CommandDefinition(
            $"SELECT {ClusterSql.UnclusteredColumns}, event_date FROM events WHERE cluster_id IS NULL",
            transaction: transaction,
            cancellationToken: cancellationToken))).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var writer = new SqliteClusterWriter(connection, transaction);
        var result = await writer.AssignAsync(rows.Select(row => row.ToPending()).ToList(), cancellationToken);
        foreach (var (eventId, slot) in result.ByEvent)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE events SET cluster_id = @cluster WHERE id = @eventId", new { cluster = slot.Id, eventId }, transaction, cancellationToken: cancellationToken));
        }

        await writer.RecountAsync(result, cancellationToken);
        transaction.Commit();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
