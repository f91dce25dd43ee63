using Entente.Documents;
using Entente.Pipeline;

namespace Entente.Storage;

/// <summary>
/// A shared queue of raw articles for several ingest processes working on one store at once: each article is
/// handed to one worker at a time, and leaves the queue only in the transaction that stores its extraction.
/// A store that offers it (PostgreSQL) implements it beside <see cref="IEventStore"/>; test with
/// <c>store is IArticleQueue queue</c>.
/// </summary>
/// <remarks>
/// A claim is a lease: a worker that dies, or is killed, between <see cref="ClaimAsync"/> and
/// <see cref="CompleteAsync"/> leaves its articles claimed until the lease runs out, after which another worker
/// claims them again. A live worker keeps its claims with <see cref="RenewAsync"/>, so leases can be short. Nothing is lost, and nothing is stored twice, since storing is idempotent by article id.
/// </remarks>
public interface IArticleQueue
{
    /// <summary>
    /// Adds articles to the queue. An article already queued, already stored, or repeated in
    /// <paramref name="articles"/> is left out, so enqueueing the same input again is harmless.
    /// </summary>
    /// <returns>How many articles were newly queued.</returns>
    Task<int> EnqueueAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims up to <paramref name="max"/> queued articles for <paramref name="worker"/>, oldest first, skipping
    /// those other workers hold and those whose lease has not run out. The claim holds for <paramref name="lease"/>;
    /// after that the articles count as free again. Returns an empty list when nothing is left to claim.
    /// </summary>
    /// <param name="max">Most articles to claim, at least 1.</param>
    /// <param name="worker">Who claims them (host and process id, say); recorded for diagnosis.</param>
    /// <param name="lease">How long the claim holds; longer than the worker needs to extract and store a batch.</param>
    /// <param name="cancellationToken">Cancels the claim, which then takes nothing.</param>
    Task<IReadOnlyList<Article>> ClaimAsync(int max, string worker, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the extractions of claimed articles and removes those articles from the queue, in one transaction:
    /// either both happen or neither does. Behaves as <see cref="IEventStore.SaveBatchAsync"/> otherwise.
    /// </summary>
    /// <exception cref="EventStoreException">An extraction is inconsistent or the database refused a row; nothing is stored or removed.</exception>
    Task<SaveResult> CompleteAsync(IReadOnlyList<Extraction> batch, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gives claimed articles back before their lease ends (a worker shutting down, or one that could not
    /// process them), so that another worker may claim them at once. Claims held by other workers are left alone.
    /// </summary>
    /// <returns>How many claims were released.</returns>
    Task<int> ReleaseAsync(IReadOnlyList<string> articleIds, string worker, CancellationToken cancellationToken = default);

    /// <summary>
    /// Extends the lease of claims <paramref name="worker"/> still holds to <paramref name="lease"/> from now: a worker
    /// renews while it processes a batch, so a short lease frees a dead worker's batch soon without taking a slow
    /// batch from a live one. Claims that ran out and were taken by another worker are not renewed.
    /// </summary>
    /// <returns>How many claims were renewed.</returns>
    Task<int> RenewAsync(IReadOnlyList<string> articleIds, string worker, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>How many articles are queued and not yet completed, claimed or not.</summary>
    Task<int> CountPendingAsync(CancellationToken cancellationToken = default);
}
