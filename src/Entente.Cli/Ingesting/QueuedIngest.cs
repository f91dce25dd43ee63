using Entente.Documents;
using Entente.Ingest;
using Entente.Pipeline;
using Entente.Storage;

namespace Entente.Cli.Ingesting;

/// <summary>
/// Ingest through a store's shared article queue (<see cref="IArticleQueue"/>), so that several processes on one
/// database share the work: this process enqueues what it reads, then claims batches, runs them through the
/// pipeline and completes them, and goes on until the queue is empty, whoever enqueued the articles.
/// </summary>
/// <remarks>
/// Exactly-once rests on the store: an article leaves the queue only in the transaction that stores it, and a claim
/// is a lease, renewed while the batch is being processed, so a process that dies leaves its batch to be claimed
/// again once the lease runs out (seconds, not minutes), however long a live process takes. A cancelled process
/// gives its claims back at once.
/// </remarks>
internal sealed class QueuedIngest
{
    /// <summary>How long a claim holds unless renewed: how long a killed process's batch waits before another process takes it.</summary>
    internal static readonly TimeSpan DefaultLease = TimeSpan.FromSeconds(30);

    // While other processes hold the last claims, how often to look whether they finished or their lease ran out.
    private static readonly TimeSpan WaitForOthers = TimeSpan.FromMilliseconds(250);

    private readonly IArticleQueue _queue;
    private readonly Func<EntentePipeline> _pipeline;
    private readonly int _workers;
    private readonly int _batchSize;
    private readonly IngestCounters _counters;
    private readonly TimeSpan _lease;

    // Articles the pipeline failed on: left claimed until their lease ends (a later run retries them), and not waited for.
    private readonly HashSet<string> _failed = new(StringComparer.Ordinal);

    public QueuedIngest(IArticleQueue queue, Func<EntentePipeline> pipeline, int workers, int batchSize, IngestCounters counters, TimeSpan? lease = null)
    {
        _lease = lease ?? DefaultLease;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_lease, TimeSpan.Zero);
        _queue = queue;
        _pipeline = pipeline;
        _workers = workers;
        _batchSize = batchSize;
        _counters = counters;
    }

    /// <summary>Who this process is in the queue's claims: host, process id, and a fresh id for in-process runs side by side.</summary>
    public string Worker { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>Enqueues <paramref name="inputs"/> while working off the queue, until both are done.</summary>
    public async Task RunAsync(IEnumerable<IngestResult> inputs, Action<IngestProblem> report, CancellationToken token)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(token);
        var reader = Task.Run(() => EnqueueAsync(inputs, report, stop.Token), stop.Token);
        try
        {
            await WorkOffAsync(reader, report, stop.Token);
            await reader;
        }
        catch
        {
            // A failed claim loop must not leave the reader filling the queue behind it (nor its failure unobserved).
            await stop.CancelAsync();
            await reader.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            throw;
        }
    }

    private async Task EnqueueAsync(IEnumerable<IngestResult> inputs, Action<IngestProblem> report, CancellationToken token)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var batch = new List<Article>(_batchSize);
        foreach (var result in inputs)
        {
            token.ThrowIfCancellationRequested();
            if (!result.IsArticle)
            {
                report(result.Problem);
                continue;
            }

            _counters.CountRead();
            if (!seen.Add(result.Article.Id))
            {
                _counters.CountSkipped();
                continue;
            }

            batch.Add(result.Article);
            if (batch.Count >= _batchSize)
            {
                await EnqueueBatchAsync(batch, token);
            }
        }

        if (batch.Count > 0)
        {
            await EnqueueBatchAsync(batch, token);
        }
    }

    private async Task EnqueueBatchAsync(List<Article> batch, CancellationToken token)
    {
        var queued = await _queue.EnqueueAsync(batch, token);

        // The rest were stored already, or queued by another process, which stores them (or this one claims them).
        _counters.CountQueued(queued);
        _counters.CountSkipped(batch.Count - queued);
        batch.Clear();
    }

    private async Task WorkOffAsync(Task reader, Action<IngestProblem> report, CancellationToken token)
    {
        while (true)
        {
            // Read before claiming: once the reader is done, an empty claim means its articles are all queued.
            var readerDone = reader.IsCompleted;
            var batch = await _queue.ClaimAsync(_batchSize, Worker, _lease, token);
            if (batch.Count > 0)
            {
                _counters.CountClaimed(batch.Count);
                await ProcessBatchAsync(batch, report, token);
                continue;
            }

            if (readerDone)
            {
                if (reader.IsFaulted || reader.IsCanceled)
                {
                    return;
                }

                // Claims other processes hold are waited for: if one dies, its lease runs out and this process takes over.
                if (await _queue.CountPendingAsync(token) <= _failed.Count)
                {
                    return;
                }
            }

            await Task.WhenAny(reader, Task.Delay(WaitForOthers, token));
            token.ThrowIfCancellationRequested();
        }
    }

    private async Task ProcessBatchAsync(IReadOnlyList<Article> batch, Action<IngestProblem> report, CancellationToken token)
    {
        var extractions = new Extraction?[batch.Count];
        var failedHere = new List<string>();
        var problemGate = new Lock();
        using var renewing = CancellationTokenSource.CreateLinkedTokenSource(token);
        var renewal = RenewWhileProcessingAsync(batch.Select(article => article.Id).ToList(), renewing.Token);
        try
        {
            await Parallel.ForAsync(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = _workers, CancellationToken = token }, (index, _) =>
            {
                var article = batch[index];
                try
                {
                    extractions[index] = _pipeline().Process(article);
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    lock (problemGate)
                    {
                        failedHere.Add(article.Id);
                        report(new IngestProblem(article.Origin ?? article.Id, null, $"processing failed ({exception.GetType().Name}: {exception.Message}); article not stored"));
                    }
                }
                finally
                {
                    _counters.CountProcessed();
                }

                return ValueTask.CompletedTask;
            });

            var done = extractions.OfType<Extraction>().ToList();
            await renewing.CancelAsync();
            await renewal;
            if (done.Count > 0)
            {
                var saved = await _queue.CompleteAsync(done, token);
                _counters.CountSaved(saved.ArticlesAdded, saved.ArticlesSkipped, saved.EventsAdded);
            }

            _failed.UnionWith(failedHere);
        }
        catch
        {
            await renewing.CancelAsync();
            await renewal;

            // Cancelled, or the store refused the batch: the claims go back so that another process (or the next run) takes them at once.
            var unfinished = batch.Select(article => article.Id).Except(failedHere, StringComparer.Ordinal).ToList();
            try
            {
                await _queue.ReleaseAsync(unfinished, Worker, CancellationToken.None);
            }
            catch (Exception releaseFailure) when (releaseFailure is not OutOfMemoryException)
            {
                // A store that refused the batch may refuse this too; the leases then run out instead, and the
                // failure the user must see is the first one, rethrown below.
            }

            throw;
        }
    }

    /// <summary>
    /// Renews the batch's claims every third of the lease until cancelled. A failed renewal is not fatal: the claims
    /// then run out and, at worst, another process repeats the batch, which storing by article id makes harmless.
    /// </summary>
    private async Task RenewWhileProcessingAsync(IReadOnlyList<string> articleIds, CancellationToken token)
    {
        try
        {
            using var timer = new PeriodicTimer(_lease / 3);
            while (await timer.WaitForNextTickAsync(token))
            {
                try
                {
                    await _queue.RenewAsync(articleIds, Worker, _lease, token);
                }
                catch (Exception exception) when (exception is not OperationCanceledException and not OutOfMemoryException)
                {
                    // See the summary: the next tick tries again.
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The batch is done (or abandoned): renewal stops with it.
        }
    }
}
