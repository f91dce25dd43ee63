using System.Threading.Channels;
using Entente.Documents;
using Entente.Ingest;
using Entente.Pipeline;
using Entente.Storage;

namespace Entente.Cli.Ingesting;

/// <summary>
/// Moves articles from the readers through the pipeline into the store: one reader stage, N pipeline workers,
/// and one writer that saves batches, joined by bounded channels so memory stays flat however large the input.
/// A store with a shared article queue (PostgreSQL) is worked through that queue instead (<see cref="QueuedIngest"/>),
/// so that several processes ingesting into it at once store every article exactly once.
/// </summary>
/// <remarks>
/// Crash safety rests on the store: each batch is one transaction and articles are keyed by content hash, so a run
/// killed at any point loses at most the batches in flight, and the next run redoes exactly those.
/// </remarks>
internal sealed class IngestRunner
{
    private readonly IEventStore _store;
    private readonly Func<EntentePipeline> _pipeline;
    private readonly int _workers;
    private readonly int _batchSize;
    private readonly TimeSpan? _lease;

    /// <param name="store">Where extractions are saved.</param>
    /// <param name="pipeline">
    /// Gives the pipeline when the first article needs it: loading models takes seconds, which a run that finds every
    /// article already stored need not spend.
    /// </param>
    /// <param name="workers">Pipeline workers.</param>
    /// <param name="batchSize">Articles per transaction.</param>
    /// <param name="lease">How long a claim on a shared queue holds unless renewed; null for the default.</param>
    public IngestRunner(IEventStore store, Func<EntentePipeline> pipeline, int workers, int batchSize, TimeSpan? lease = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _store = store;
        _pipeline = pipeline;
        _workers = workers;
        _batchSize = batchSize;
        _lease = lease;
    }

    /// <summary>Live counts of the run.</summary>
    public IngestCounters Counters { get; } = new();

    /// <summary>Who this run is in the shared queue's claims, or null when the store has no queue.</summary>
    public string? QueueWorker { get; private set; }

    /// <summary>
    /// Ingests everything <paramref name="inputs"/> yields. <paramref name="reportProblem"/> is called, one call at a
    /// time, for each input, line or article that could not be read or processed.
    /// </summary>
    /// <exception cref="EventStoreException">The store refused a batch; the run stops there.</exception>
    public async Task RunAsync(IEnumerable<IngestResult> inputs, Action<IngestProblem> reportProblem, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;
        var problemGate = new Lock();
        void Report(IngestProblem problem)
        {
            Counters.CountProblem();
            lock (problemGate)
            {
                reportProblem(problem);
            }
        }

        if (_store is IArticleQueue queue)
        {
            var queued = new QueuedIngest(queue, _pipeline, _workers, _batchSize, Counters, _lease);
            QueueWorker = queued.Worker;
            await queued.RunAsync(inputs, Report, cancellationToken);
            return;
        }

        var articles = Channel.CreateBounded<Article>(new BoundedChannelOptions(_workers * 4) { SingleWriter = true });
        var extractions = Channel.CreateBounded<Extraction>(new BoundedChannelOptions(_batchSize * 2) { SingleReader = true });

        // Each stage, on failure, cancels the others so that a broken store does not leave the readers blocked on a full channel.
        async Task Guard(Func<Task> stage)
        {
            try
            {
                await stage();
            }
            catch
            {
                await stop.CancelAsync();
                throw;
            }
        }

        var reader = Task.Run(() => Guard(() => ReadAsync(inputs, articles.Writer, Report, token)), token);
        var workers = Enumerable.Range(0, _workers)
            .Select(_ => Task.Run(() => Guard(() => ProcessAsync(articles.Reader, extractions.Writer, Report, token)), token))
            .ToArray();
        var workersDone = Task.WhenAll(workers).ContinueWith(
            done => extractions.Writer.TryComplete(done.Exception),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        var writer = Task.Run(() => Guard(() => WriteAsync(extractions.Reader, token)), token);

        try
        {
            await Task.WhenAll([reader, .. workers, writer]);
        }
        catch when (!cancellationToken.IsCancellationRequested)
        {
            // Report the first stage's own failure, not the cancellations it caused in the others.
            var failed = new[] { writer, reader }.Concat(workers).FirstOrDefault(task => task.IsFaulted);
            if (failed?.Exception?.InnerException is { } cause)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(cause);
            }

            throw;
        }
        finally
        {
            await workersDone;
        }
    }

    private async Task ReadAsync(IEnumerable<IngestResult> inputs, ChannelWriter<Article> articles, Action<IngestProblem> report, CancellationToken token)
    {
        // The same story twice in one run is one article; the store would skip it too, but only after the pipeline ran.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            foreach (var result in inputs)
            {
                token.ThrowIfCancellationRequested();
                if (!result.IsArticle)
                {
                    report(result.Problem);
                    continue;
                }

                var article = result.Article;
                Counters.CountRead();
                if (!seen.Add(article.Id) || await _store.ContainsArticleAsync(article.Id, token))
                {
                    Counters.CountSkipped();
                    continue;
                }

                await articles.WriteAsync(article, token);
            }
        }
        finally
        {
            articles.TryComplete();
        }
    }

    private async Task ProcessAsync(ChannelReader<Article> articles, ChannelWriter<Extraction> extractions, Action<IngestProblem> report, CancellationToken token)
    {
        await foreach (var article in articles.ReadAllAsync(token))
        {
            Extraction extraction;
            try
            {
                extraction = _pipeline().Process(article);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // One article the pipeline cannot handle must not end an ingest of thousands; it is named instead.
                report(new IngestProblem(article.Origin ?? article.Id, null, $"processing failed ({exception.GetType().Name}: {exception.Message}); article not stored"));
                continue;
            }
            finally
            {
                Counters.CountProcessed();
            }

            await extractions.WriteAsync(extraction, token);
        }
    }

    private async Task WriteAsync(ChannelReader<Extraction> extractions, CancellationToken token)
    {
        var batch = new List<Extraction>(_batchSize);
        await foreach (var extraction in extractions.ReadAllAsync(token))
        {
            batch.Add(extraction);
            if (batch.Count >= _batchSize)
            {
                await SaveAsync(batch, token);
            }
        }

        if (batch.Count > 0)
        {
            await SaveAsync(batch, token);
        }
    }

    private async Task SaveAsync(List<Extraction> batch, CancellationToken token)
    {
        var saved = await _store.SaveBatchAsync(batch, token);
        Counters.CountSaved(saved.ArticlesAdded, saved.ArticlesSkipped, saved.EventsAdded);
        batch.Clear();
    }
}
