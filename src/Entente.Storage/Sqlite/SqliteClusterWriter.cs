using System.Globalization;
using Dapper;
using Entente.Pipeline;
using Entente.Storage.Schema;
using Microsoft.Data.Sqlite;

namespace Entente.Storage.Sqlite;

/// <summary>
/// Assigns events to clusters inside a write transaction. SQLite has one writer at a time (the batch holds the
/// write lock from its first statement), so the lookup and the insert of a cluster can never race another process.
/// </summary>
internal sealed class SqliteClusterWriter : IDisposable
{
    // Compiled once per batch and run with new values for every key and cluster: preparing a statement per lookup,
    // insert and recount cost more than the rest of the batch's writes.
    private readonly SqliteCommand _lookup;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _setPlace;
    private readonly SqliteCommand _recount;
    private readonly SqliteCommand _addCounts;
    private readonly SqliteCommand _sourceCounted;
    private readonly SqliteCommand _dyadDayCluster;
    private readonly SqliteCommand _dyadDayReports;

    public SqliteClusterWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _lookup = Prepare(connection, transaction,
            "SELECT id, cluster_key, event_date, place FROM event_clusters WHERE cluster_key = @key AND event_date BETWEEN @from AND @to",
            "@key", "@from", "@to");
        _insert = Prepare(connection, transaction, ClusterSql.Insert,
            "@key", "@sourceKey", "@targetKey", "@root", "@quadClass", "@goldstein", "@date", "@place", "@factual", "@head",
            "@events", "@articles", "@sources");
        _setPlace = Prepare(connection, transaction, ClusterSql.SetPlace, "@id", "@place");
        _recount = Prepare(connection, transaction, ClusterSql.Recount, "@id");
        _addCounts = Prepare(connection, transaction, ClusterSql.AddCounts, "@events", "@articles", "@sources", "@id");
        _sourceCounted = Prepare(connection, transaction, ClusterSql.SourceCounted, "@id", "@source");
        _dyadDayCluster = Prepare(connection, transaction, DyadDaysSql.SqliteAddCluster, "@source", "@target", "@date", "@quad", "@reports", "@goldstein", "@id");
        _dyadDayReports = Prepare(connection, transaction, DyadDaysSql.SqliteAddReports, "@reports", "@id");
    }

    /// <summary>
    /// Clusters the events of a batch's new articles before they are written: looks up the clusters they may
    /// join, assigns them, inserts the new clusters with their counts (setting their ids), stores filled-in places
    /// adds the batch's reports, articles and newly counted sources to the clusters joined, and keeps the dyad days up to date. No cluster's
    /// reports are re-read, except to ask whether a joined cluster already counts a source.
    /// </summary>
    public async Task<ClusterAssigner.Result> AssignBatchAsync(IReadOnlyList<Extraction> fresh, CancellationToken cancellationToken)
    {
        var pending = fresh.SelectMany(extraction => extraction.Events).Select(PendingEvent.Of).ToList();
        var result = ClusterAssigner.Assign(pending, await CandidatesAsync(pending, cancellationToken));
        var additions = ClusterCounts.Additions(result, fresh);
        await InsertNewAsync(result, slot => additions[slot], cancellationToken);
        await SetPlacesAsync(result, cancellationToken);
        foreach (var slot in result.New.Where(slot => DyadDaysSql.OnDyadDay(slot.Head!)))
        {
            var head = slot.Head!;
            Set(_dyadDayCluster, head.SourceKey, head.TargetKey, Iso(head.Date!.Value), head.QuadClass, additions[slot].Reports, head.Goldstein,
                slot.Id.ToString(CultureInfo.InvariantCulture));
            await _dyadDayCluster.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var slot in result.Touched)
        {
            var addition = additions[slot];
            var sources = 0;
            foreach (var source in addition.Sources)
            {
                Set(_sourceCounted, slot.Id, source);
                if (Convert.ToInt64(await _sourceCounted.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0)
                {
                    sources++;
                }
            }

            Set(_addCounts, addition.Reports, addition.Articles.Count, sources, slot.Id);
            await _addCounts.ExecuteNonQueryAsync(cancellationToken);
            Set(_dyadDayReports, addition.Reports, slot.Id);
            await _dyadDayReports.ExecuteNonQueryAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// Looks up the clusters stored events may join, assigns them, inserts the new clusters with zero counts
    /// (setting their ids) and stores filled-in places; <see cref="RecountAsync"/> counts them once the events
    /// point at them.
    /// </summary>
    public async Task<ClusterAssigner.Result> AssignAsync(IReadOnlyList<PendingEvent> pending, CancellationToken cancellationToken)
    {
        var result = ClusterAssigner.Assign(pending, await CandidatesAsync(pending, cancellationToken));
        await InsertNewAsync(result, _ => null, cancellationToken);
        await SetPlacesAsync(result, cancellationToken);
        return result;
    }

    /// <summary>Recounts the clusters of <paramref name="result"/> once their reports are stored.</summary>
    public async Task RecountAsync(ClusterAssigner.Result result, CancellationToken cancellationToken)
    {
        foreach (var slot in result.New.Concat(result.Touched))
        {
            Set(_recount, slot.Id);
            await _recount.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task<List<ClusterCandidate>> CandidatesAsync(IReadOnlyList<PendingEvent> pending, CancellationToken cancellationToken)
    {
        var candidates = new List<ClusterCandidate>();
        foreach (var (key, from, to) in ClusterAssigner.KeyRanges(pending))
        {
            Set(_lookup, key, Iso(from), Iso(to));
            await using var reader = await _lookup.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                candidates.Add(new ClusterCandidate(
                    reader.GetInt64(0),
                    reader.GetString(1),
                    StoredValues.Date(reader.GetString(2))!.Value,
                    reader.IsDBNull(3) ? null : reader.GetString(3)));
            }
        }

        return candidates;
    }

    private async Task InsertNewAsync(ClusterAssigner.Result result, Func<ClusterSlot, ClusterAddition?> counts, CancellationToken cancellationToken)
    {
        foreach (var slot in result.New)
        {
            var head = slot.Head!;
            var addition = counts(slot);
            Set(_insert, slot.Key, head.SourceKey, head.TargetKey, head.Root, head.QuadClass, head.Goldstein,
                head.Date is { } date ? Iso(date) : null, slot.Place, head.Factual, head.EventId,
                addition?.Reports ?? 0, addition?.Articles.Count ?? 0, addition?.Sources.Count ?? 0);
            slot.Id = Convert.ToInt64(await _insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
    }

    private async Task SetPlacesAsync(ClusterAssigner.Result result, CancellationToken cancellationToken)
    {
        foreach (var slot in result.Touched.Where(slot => slot.PlaceChanged))
        {
            Set(_setPlace, slot.Id, slot.Place);
            await _setPlace.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _lookup.Dispose();
        _insert.Dispose();
        _setPlace.Dispose();
        _recount.Dispose();
        _addCounts.Dispose();
        _sourceCounted.Dispose();
        _dyadDayCluster.Dispose();
        _dyadDayReports.Dispose();
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

        using var writer = new SqliteClusterWriter(connection, transaction);
        var result = await writer.AssignAsync(rows.Select(row => row.ToPending()).ToList(), cancellationToken);
        foreach (var (eventId, slot) in result.ByEvent)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE events SET cluster_id = @cluster WHERE id = @eventId", new { cluster = slot.Id, eventId }, transaction, cancellationToken: cancellationToken));
        }

        await writer.RecountAsync(result, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(DyadDaysSql.SqliteRebuild, transaction: transaction, cancellationToken: cancellationToken));
        transaction.Commit();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }

        command.Prepare();
        return command;
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] switch
            {
                null => DBNull.Value,
                bool flag => flag ? 1 : 0,
                var value => value,
            };
        }
    }
}
