namespace Entente.Ingest;

/// <summary>How <see cref="ArticleReader"/> reads its inputs.</summary>
public sealed record IngestOptions
{
    /// <summary>The publication date given to articles whose source carries none (the CLI's <c>--date</c>).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>What the input <c>-</c> reads from; <see cref="Console.In"/> when null.</summary>
    public TextReader? Stdin { get; init; }

    /// <summary>Reads every input in this format instead of choosing by extension and content.</summary>
    public IngestFormat? Format { get; init; }
}
