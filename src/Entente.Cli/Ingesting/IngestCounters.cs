using System.Diagnostics;

namespace Entente.Cli.Ingesting;

/// <summary>Live counts of an ingest run; written by its stages, read by the progress display at any moment.</summary>
internal sealed class IngestCounters
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _read;
    private int _processed;
    private int _added;
    private int _skipped;
    private int _queued;
    private int _claimed;
    private int _events;
    private int _problems;

    /// <summary>Articles the readers produced.</summary>
    public int Read => Volatile.Read(ref _read);

    /// <summary>Articles the pipeline has been through.</summary>
    public int Processed => Volatile.Read(ref _processed);

    /// <summary>Articles newly stored.</summary>
    public int Added => Volatile.Read(ref _added);

    /// <summary>Articles left alone because they were stored already (or repeated in the input).</summary>
    public int Skipped => Volatile.Read(ref _skipped);

    /// <summary>Articles this run put on a shared ingest queue (only when the store offers one).</summary>
    public int Queued => Volatile.Read(ref _queued);

    /// <summary>Articles this run claimed from a shared ingest queue, whoever queued them.</summary>
    public int Claimed => Volatile.Read(ref _claimed);

    /// <summary>Events stored with the new articles.</summary>
    public int Events => Volatile.Read(ref _events);

    /// <summary>Inputs, lines or articles that could not be read or processed.</summary>
    public int Problems => Volatile.Read(ref _problems);

    /// <summary>Time since the run started.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Stored articles per second of wall-clock time.</summary>
    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? (Added + Skipped) / Elapsed.TotalSeconds : 0;

    public void CountRead() => Interlocked.Increment(ref _read);

    public void CountProcessed() => Interlocked.Increment(ref _processed);

    public void CountSkipped(int count = 1) => Interlocked.Add(ref _skipped, count);

    public void CountQueued(int count) => Interlocked.Add(ref _queued, count);

    public void CountClaimed(int count) => Interlocked.Add(ref _claimed, count);

    public void CountProblem() => Interlocked.Increment(ref _problems);

    public void CountSaved(int added, int skipped, int events)
    {
        Interlocked.Add(ref _added, added);
        Interlocked.Add(ref _skipped, skipped);
        Interlocked.Add(ref _events, events);
    }

    /// <summary>One line for logs and the progress display.</summary>
    public string Describe() =>
        $"read {Read}, added {Added}, skipped {Skipped}, events {Events}, problems {Problems}, {ArticlesPerSecond:0.0} articles/s";
}
