using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Entente.Documents;
using Entente.Pipeline;
using Entente.Storage;
using Entente.Storage.Postgres;

namespace Entente.Tests.Storage;

/// <summary>The shared ingest queue of the PostgreSQL store, used by several workers at once.</summary>
[SuppressMessage("Reliability", "CA1001", Justification = "xunit 2 disposes test classes through IAsyncLifetime, not IAsyncDisposable.")]
public sealed class PostgresArticleQueueTests : IAsyncLifetime
{
    private static readonly TimeSpan LongLease = TimeSpan.FromMinutes(10);

    private readonly PostgresTestDatabase _database = new();
    private PostgresEventStore? _store;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    private async Task<PostgresEventStore> OpenAsync() => _store ??= await _database.OpenPostgresAsync();

    // A distinct story per number, each with an event, as a worker's pipeline would make of it.
    private static Article Story(int number)
        => Some.Article($"Iran condemned Israel in statement {number}.", $"Statement {number}", new DateOnly(2024, 10, 1 + (number % 28))).Article;

    private static Extraction Extract(Article article)
        => new ExtractionBuilder(article).Event("Iran", Some.Iran, "condemned", "Israel", Some.Israel, "111", 3, -2).Build();

    [PostgresFact]
    public async Task EnqueueingIsIdempotentByArticleAndLeavesOutStoredArticles()
    {
        var store = await OpenAsync();
        var stories = Enumerable.Range(0, 5).Select(Story).ToList();
        await store.SaveBatchAsync([Extract(stories[0])]);

        (await store.EnqueueAsync([.. stories, stories[1]])).ShouldBe(4);
        (await store.EnqueueAsync(stories)).ShouldBe(0);
        (await store.CountPendingAsync()).ShouldBe(4);
    }

    [PostgresFact]
    public async Task AClaimedArticleReadsBackAsQueuedAndIsNotHandedOutAgain()
    {
        var store = await OpenAsync();
        var story = Some.SeedArticle().Article;
        await store.EnqueueAsync([story]);

        var claimed = await store.ClaimAsync(10, "worker-a", LongLease);

        claimed.Single().Id.ShouldBe(story.Id);
        claimed.Single().ShouldBe(story);
        (await store.ClaimAsync(10, "worker-b", LongLease)).ShouldBeEmpty();
    }

    [PostgresFact]
    public async Task ConcurrentWorkersProcessEveryArticleExactlyOnce()
    {
        var store = await OpenAsync();
        const int count = 300;
        await store.EnqueueAsync(Enumerable.Range(0, count).Select(Story).ToList());
        var processed = new ConcurrentBag<string>();

        // Each worker opens its own store, as a separate ingest process would, with its own connections.
        async Task WorkAsync(string worker)
        {
            await using var own = await PostgresEventStore.OpenAsync(_database.ConnectionString);
            while (await own.ClaimAsync(7, worker, LongLease) is { Count: > 0 } articles)
            {
                foreach (var article in articles)
                {
                    processed.Add(article.Id);
                }

                (await own.CompleteAsync(articles.Select(Extract).ToList())).ArticlesAdded.ShouldBe(articles.Count);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => WorkAsync($"worker-{i}"))));

        processed.Count.ShouldBe(count);
        processed.Distinct().Count().ShouldBe(count);
        (await store.GetStatsAsync()).ShouldBe(new StoreStats(count, count, count, 0, 0));
        (await store.CountPendingAsync()).ShouldBe(0);
    }

    [PostgresFact]
    public async Task ArticlesOfAWorkerThatDiedAreClaimedAgainWhenItsLeaseRunsOutAndStoredOnce()
    {
        var store = await OpenAsync();
        var stories = Enumerable.Range(0, 5).Select(Story).ToList();
        await store.EnqueueAsync(stories);

        // The first worker claims with a lease of a millisecond and dies before storing anything.
        var lost = await store.ClaimAsync(5, "worker-that-dies", TimeSpan.FromMilliseconds(1));
        lost.Count.ShouldBe(5);
        await Task.Delay(TimeSpan.FromMilliseconds(50));

        var again = await store.ClaimAsync(10, "worker-b", LongLease);
        again.Select(a => a.Id).ShouldBe(lost.Select(a => a.Id), ignoreOrder: true);
        (await store.CompleteAsync(again.Select(Extract).ToList())).ShouldBe(new SaveResult(5, 0, 5));

        // Had the first worker only stalled, its late completion stores nothing twice.
        (await store.CompleteAsync(lost.Select(Extract).ToList())).ShouldBe(new SaveResult(0, 5, 0));
        (await store.GetStatsAsync()).Articles.ShouldBe(5);
        (await store.CountPendingAsync()).ShouldBe(0);
    }

    [PostgresFact]
    public async Task ARenewedClaimOutlivesItsFirstLeaseButOnlyItsHolderCanRenewIt()
    {
        var store = await OpenAsync();
        await store.EnqueueAsync(Enumerable.Range(0, 3).Select(Story).ToList());
        var claimed = await store.ClaimAsync(3, "worker-a", TimeSpan.FromMilliseconds(400));
        var ids = claimed.Select(a => a.Id).ToList();

        (await store.RenewAsync(ids, "worker-b", LongLease)).ShouldBe(0);
        (await store.RenewAsync(ids[..2], "worker-a", LongLease)).ShouldBe(2);
        await Task.Delay(TimeSpan.FromMilliseconds(600));

        // The first lease is over: only the article whose claim was not renewed is free again.
        (await store.ClaimAsync(10, "worker-b", LongLease)).Select(a => a.Id).ShouldBe([ids[2]]);
    }

    [PostgresFact]
    public async Task AFailedCompletionLeavesTheArticlesQueuedAndNothingStored()
    {
        var store = await OpenAsync();
        var stories = Enumerable.Range(0, 3).Select(Story).ToList();
        await store.EnqueueAsync(stories);
        var claimed = await store.ClaimAsync(3, "worker-a", LongLease);
        var batch = claimed.Select(Extract).ToList();
        batch[2].Events[0] = batch[2].Events[0] with { QuadClass = 9 };

        await Should.ThrowAsync<EventStoreException>(() => store.CompleteAsync(batch));

        (await store.GetStatsAsync()).Articles.ShouldBe(0);
        (await store.CountPendingAsync()).ShouldBe(3);
    }

    [PostgresFact]
    public async Task ReleasedArticlesCanBeClaimedAtOnceButOnlyByTheirHolder()
    {
        var store = await OpenAsync();
        await store.EnqueueAsync(Enumerable.Range(0, 4).Select(Story).ToList());
        var claimed = await store.ClaimAsync(4, "worker-a", LongLease);
        var ids = claimed.Select(a => a.Id).ToList();

        (await store.ReleaseAsync(ids, "worker-b")).ShouldBe(0);
        (await store.ReleaseAsync(ids[..2], "worker-a")).ShouldBe(2);

        (await store.ClaimAsync(10, "worker-b", LongLease)).Select(a => a.Id).ShouldBe(ids[..2], ignoreOrder: true);
    }

    [PostgresFact]
    public async Task ClaimsComeOldestFirstAndHonourTheMaximum()
    {
        var store = await OpenAsync();
        var first = Enumerable.Range(0, 3).Select(Story).ToList();
        var second = Enumerable.Range(3, 3).Select(Story).ToList();
        await store.EnqueueAsync(first);
        await store.EnqueueAsync(second);

        (await store.ClaimAsync(3, "worker-a", LongLease)).Select(a => a.Id).ShouldBe(first.Select(a => a.Id), ignoreOrder: true);
        (await store.ClaimAsync(3, "worker-a", LongLease)).Select(a => a.Id).ShouldBe(second.Select(a => a.Id), ignoreOrder: true);
    }
}
