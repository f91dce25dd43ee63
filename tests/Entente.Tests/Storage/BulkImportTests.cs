using System.Globalization;
using Dapper;
using Entente.Actors;
using Entente.Documents;
using Entente.Events;
using Entente.Pipeline;
using Entente.Places;
using Entente.Storage;
using Entente.Time;

namespace Entente.Tests.Storage;

/// <summary>
/// The bulk import against the store's own batch path, on every provider: the same batches must leave the same
/// clusters (ids, keys, dates, places, counts) and give every event the same cluster, and the counts kept up to
/// date on write must equal a recount from the stored reports.
/// </summary>
public abstract class BulkImportTests(Func<TestDatabase> newDatabase) : IAsyncLifetime
{
    private static readonly ActorRef[] Sides =
    [
        new() { Code = "RUSGOV", Name = "Russian government", Country = "RUS", Sector = "GOV" },
        new() { Code = "IRN", Name = "Iran", Country = "IRN" },
        new() { Code = "ISRMIL", Name = "Israeli military", Country = "ISR", Sector = "MIL" },
        new() { Code = "USAGOV", Name = "US government", Country = "USA", Sector = "GOV" },
        new() { Code = "IGOUNO", Name = "United Nations" },
    ];

    private static readonly (string Cameo, int Quad, double Goldstein)[] Codes = [("040", 1, 1.0), ("043", 1, 2.8), ("190", 4, -10), ("111", 3, -2), ("051", 1, 3.4)];

    private static readonly string?[] Outlets = ["wire.example", "daily.example", "times.example", null];

    private static readonly string[] Capitals = ["Moscow", "Tehran", "Jerusalem", "Washington"];

    private readonly TestDatabase _saved = newDatabase();
    private readonly TestDatabase _imported = newDatabase();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _saved.DisposeAsync();
        await _imported.DisposeAsync();
    }

    [Fact]
    public async Task Bulk_import_leaves_the_clusters_and_cluster_ids_that_SaveBatchAsync_leaves()
    {
        var batches = Articles(seed: 7, count: 400).Chunk(25).Select(chunk => (IReadOnlyList<Extraction>)chunk).ToList();
        await using (var store = await EventStores.OpenAsync(await _saved.SpecAsync()))
        {
            foreach (var batch in batches)
            {
                await store.SaveBatchAsync(batch);
            }
        }

        // The last batches go through SaveBatchAsync on both: a store filled in bulk must go on clustering (and
        // numbering clusters) as if it had been filled batch by batch.
        var imported = await EventStoreBulkImport.ImportAsync(await _imported.SpecAsync(), batches[..^2]);
        imported.Articles.ShouldBe(batches[..^2].Sum(batch => batch.Count));
        await using (var store = await EventStores.OpenAsync(await _imported.SpecAsync()))
        {
            foreach (var batch in batches[^2..])
            {
                await store.SaveBatchAsync(batch);
            }
        }

        // The full-text index is rebuilt after the import and fed on write after it.
        foreach (var words in new[] { "Report 3 says", "event 2", "Report 399" })
        {
            await using var saved = await EventStores.OpenAsync(await _saved.SpecAsync());
            await using var bulk = await EventStores.OpenAsync(await _imported.SpecAsync());
            var expectedHits = (await saved.SearchEvidenceAsync(words, limit: 1000)).Select(hit => $"{hit.ArticleId}:{hit.SentenceIndex}").Order().ToList();
            expectedHits.ShouldNotBeEmpty();
            (await bulk.SearchEvidenceAsync(words, limit: 1000)).Select(hit => $"{hit.ArticleId}:{hit.SentenceIndex}").Order().ToList().ShouldBe(expectedHits);
        }

        var expected = await ClustersAsync(_saved);
        var actual = await ClustersAsync(_imported);
        actual.Count.ShouldBe(expected.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            actual[i].ShouldBe(expected[i]);
        }

        (await EventClustersAsync(_imported)).ShouldBe(await EventClustersAsync(_saved));
        (await DyadDaysAsync(_imported)).ShouldBe(await DyadDaysAsync(_saved));

        // The data must exercise what could differ: clusters joined across batches, sources counted once, places filled in.
        var reports = expected.Select(row => int.Parse(row.Split('|')[^3], CultureInfo.InvariantCulture)).ToList();
        reports.Count(n => n > 1).ShouldBeGreaterThan(50);
        expected.Count(row => row.Split('|')[^1] != row.Split('|')[^2]).ShouldBeGreaterThan(10);
    }

    [Fact]
    public async Task Counts_kept_on_write_equal_a_recount_from_the_stored_reports()
    {
        var batches = Articles(seed: 11, count: 300).Chunk(20).ToList();
        await using (var store = await EventStores.OpenAsync(await _saved.SpecAsync()))
        {
            foreach (var batch in batches)
            {
                await store.SaveBatchAsync(batch);
            }
        }

        await EventStoreBulkImport.ImportAsync(await _imported.SpecAsync(), batches.Select(batch => (IReadOnlyList<Extraction>)batch));
        foreach (var database in new[] { _saved, _imported })
        {
            await using var connection = await database.OpenConnectionAsync();
            var wrong = (await connection.QueryAsync<long>(
                """
                SELECT c.id FROM event_clusters c
                LEFT JOIN (
                    SELECT e.cluster_id, COUNT(*) AS num_events, COUNT(DISTINCT e.article_id) AS num_articles,
                           COUNT(DISTINCT COALESCE(a.source, 'article:' || a.id)) AS num_sources
                    FROM events e JOIN articles a ON a.id = e.article_id
                    GROUP BY e.cluster_id) r ON r.cluster_id = c.id
                WHERE r.cluster_id IS NULL OR r.num_events <> c.num_events OR r.num_articles <> c.num_articles OR r.num_sources <> c.num_sources
                """)).ToList();
            wrong.ShouldBeEmpty();
            (await DyadDaysAsync(database)).ShouldBe(await DyadDaysFromClustersAsync(database));
            (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM event_clusters WHERE num_sources < num_articles")).ShouldBeGreaterThan(0);
        }
    }

    [Fact]
    public async Task Bulk_import_refuses_a_store_that_holds_articles()
    {
        var articles = Articles(seed: 3, count: 10);
        await using (var store = await EventStores.OpenAsync(await _imported.SpecAsync()))
        {
            await store.SaveBatchAsync(articles[..5]);
        }

        var spec = await _imported.SpecAsync();
        var refused = await Should.ThrowAsync<EventStoreException>(() => EventStoreBulkImport.ImportAsync(spec, [articles[5..]]));
        refused.Message.ShouldContain("empty store");
        await using var connection = await _imported.OpenConnectionAsync();
        (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles")).ShouldBe(5);
    }

    /// <summary>Every cluster as one line of its columns, in id order.</summary>
    private static async Task<List<string>> ClustersAsync(TestDatabase database)
    {
        await using var connection = await database.OpenConnectionAsync();
        var rows = await connection.QueryAsync(
            """
            SELECT id, cluster_key, source_key, target_key, root, quad_class, goldstein, event_date, place, factual, head_event_id,
                   num_events, num_articles, num_sources
            FROM event_clusters ORDER BY id
            """);
        return rows.Select(row => string.Join("|", ((IDictionary<string, object?>)row).Values.Select(Text))).ToList();
    }

    /// <summary>Every event's cluster, by event id.</summary>
    private static async Task<List<string>> EventClustersAsync(TestDatabase database)
    {
        await using var connection = await database.OpenConnectionAsync();
        return (await connection.QueryAsync<(string Id, long Cluster)>("SELECT id, cluster_id FROM events ORDER BY id"))
            .Select(row => $"{row.Id}:{row.Cluster}").ToList();
    }

    /// <summary>The dyad days as stored, ids sorted and sums rounded (they are added up in different orders).</summary>
    private static async Task<List<string>> DyadDaysAsync(TestDatabase database)
    {
        await using var connection = await database.OpenConnectionAsync();
        var rows = await connection.QueryAsync(
            "SELECT source_key, target_key, event_date, quad_class, events, reports, goldstein_sum, cluster_ids FROM dyad_days");
        return rows.Cast<IDictionary<string, object?>>()
            .Select(row => DyadDay(
                Text(row["source_key"]), Text(row["target_key"]), Text(row["event_date"]), Convert.ToInt32(row["quad_class"], CultureInfo.InvariantCulture),
                Convert.ToInt32(row["events"], CultureInfo.InvariantCulture), Convert.ToInt32(row["reports"], CultureInfo.InvariantCulture),
                Convert.ToDouble(row["goldstein_sum"], CultureInfo.InvariantCulture),
                Text(row["cluster_ids"]).Split(',').Select(id => long.Parse(id, CultureInfo.InvariantCulture))))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The dyad days the clusters call for, computed here from the cluster rows.</summary>
    private static async Task<List<string>> DyadDaysFromClustersAsync(TestDatabase database)
    {
        await using var connection = await database.OpenConnectionAsync();
        var rows = (await connection.QueryAsync(
                "SELECT id, source_key, target_key, event_date, quad_class, goldstein, num_events, factual FROM event_clusters"))
            .Cast<IDictionary<string, object?>>()
            .Where(row => Convert.ToBoolean(row["factual"], CultureInfo.InvariantCulture) && row["event_date"] is not null && Text(row["target_key"]).Length > 0);
        return rows
            .GroupBy(row => (Source: Text(row["source_key"]), Target: Text(row["target_key"]), Date: Text(row["event_date"]), Quad: Convert.ToInt32(row["quad_class"], CultureInfo.InvariantCulture)))
            .Select(day => DyadDay(
                day.Key.Source, day.Key.Target, day.Key.Date, day.Key.Quad, day.Count(),
                day.Sum(row => Convert.ToInt32(row["num_events"], CultureInfo.InvariantCulture)),
                day.Sum(row => Convert.ToDouble(row["goldstein"], CultureInfo.InvariantCulture)),
                day.Select(row => Convert.ToInt64(row["id"], CultureInfo.InvariantCulture))))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string DyadDay(string source, string target, string date, int quad, int events, int reports, double goldstein, IEnumerable<long> ids)
        => string.Create(CultureInfo.InvariantCulture, $"{source}|{target}|{date}|{quad}|{events}|{reports}|{Math.Round(goldstein, 6)}|{string.Join(",", ids.Order())}");

    private static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null";

    /// <summary>
    /// Articles crowded into a few dyads, roots and weeks, so that reports of one event come from many articles and
    /// batches: several outlets (and unattributed articles), some places known and some not, some undated or one-sided events.
    /// </summary>
    private static Extraction[] Articles(int seed, int count)
    {
        var random = new Random(seed);
        var first = new DateOnly(2024, 10, 1);
        var articles = new Extraction[count];
        for (var n = 0; n < count; n++)
        {
            var published = first.AddDays(random.Next(21));
            var events = 1 + random.Next(4);
            var sentences = Enumerable.Range(0, events).Select(i => $"Report {n} says event {i} happened.").ToList();
            var builder = new ExtractionBuilder(new Article(string.Join(" ", sentences))
            {
                Title = $"Story {n}",
                PublishedOn = published,
                Source = Outlets[random.Next(Outlets.Length)],
                Origin = "test",
            });

            for (var i = 0; i < events; i++)
            {
                var source = Sides[random.Next(4)];
                var target = random.NextDouble() < 0.1 ? null : Sides[random.Next(Sides.Length)];
                var (cameo, quad, goldstein) = Codes[random.Next(Codes.Length)];
                var dateRoll = random.NextDouble();
                string? date = dateRoll < 0.05 ? null : published.AddDays(-random.Next(3)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                Place? place = random.NextDouble() < 0.4 ? new Place { Name = Capitals[random.Next(Capitals.Length)], Precision = "city" } : null;
                var modality = random.NextDouble() < 0.85 ? Modality.Asserted : Modality.Reported;
                var sentence = $"event {i}";
                builder.Event("Report", source, sentence, target is null ? null : "says", target, cameo, quad, goldstein, date,
                    e => e with { Location = place, Modality = modality, Negated = random.NextDouble() < 0.03, Sentence = i });
            }

            articles[n] = builder;
        }

        return articles;
    }
}

public sealed class SqliteBulkImportTests() : BulkImportTests(() => new SqliteTestDatabase());

public sealed class PostgresBulkImportTests() : BulkImportTests(() => new PostgresTestDatabase());
