using System.Text;

namespace Entente.Ingest;

/// <summary>
/// The front door of ingest: reads files, directories (recursively), glob patterns and stdin (<c>-</c>) into
/// articles. Text (.txt), Markdown (.md), HTML (.html, .htm), JSON Lines (.jsonl) and RSS/Atom feeds (.rss, .atom,
/// .xml) are told apart by extension, else by content. Results stream lazily, one input at a time, so corpora of
/// any size pass through; a bad input or line becomes an <see cref="IngestProblem"/> and reading goes on.
/// </summary>
public static class ArticleReader
{
    /// <summary>The input name that reads standard input.</summary>
    public const string StdinName = "-";

    private const string StdinOrigin = "stdin";

    /// <summary>Reads every input in order; never throws for a bad input, only reports it.</summary>
    /// <param name="inputs">File paths, directory paths, glob patterns (<c>corpus/**/*.html</c>) or <c>-</c> for stdin.</param>
    /// <param name="options">Fallback date, stdin reader and format override.</param>
    public static IEnumerable<IngestResult> Read(IEnumerable<string> inputs, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        return ReadAll(inputs, options);
    }

    /// <summary>Reads one text already in memory, as if it were a file at <paramref name="origin"/>.</summary>
    /// <param name="content">The whole text of the source.</param>
    /// <param name="origin">What to call it in origins and problems (a path, a URL, "stdin").</param>
    /// <param name="options">Fallback date and format override; without a format, the origin's extension or the content decides.</param>
    public static IEnumerable<IngestResult> ReadText(string content, string origin, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(options);
        if (SourceDecoder.BinaryReason(content) is { } binary)
        {
            return [IngestResult.Failure(origin, null, binary)];
        }

        var format = options.Format ?? IngestFormats.FromPath(origin) ?? FormatSniffer.Sniff(content) ?? IngestFormat.Text;
        return ReadContent(content, format, origin, options);
    }

    private static IEnumerable<IngestResult> ReadAll(IEnumerable<string> inputs, IngestOptions options)
    {
        // The same file named twice (a folder and a glob over it) is read once.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (input == StdinName)
            {
                foreach (var result in ReadStdin(options))
                {
                    yield return result;
                }

                continue;
            }

            foreach (var (path, problem) in InputExpander.Expand(input))
            {
                if (problem is not null)
                {
                    yield return IngestResult.Failure(problem);
                }
                else if (path is not null && seen.Add(Path.GetFullPath(path)))
                {
                    foreach (var result in ReadFile(path, options))
                    {
                        yield return result;
                    }
                }
            }
        }
    }

    private static IEnumerable<IngestResult> ReadStdin(IngestOptions options)
    {
        var stdin = options.Stdin ?? Console.In;
        var head = new StringBuilder();
        string? firstLine;
        try
        {
            // Blank lines count for line numbers, so they are kept in the head.
            do
            {
                firstLine = stdin.ReadLine();
                head.Append(firstLine).Append('\n');
            }
            while (firstLine is not null && string.IsNullOrWhiteSpace(firstLine));
        }
        catch (IOException exception)
        {
            return [IngestResult.Failure(StdinOrigin, null, "cannot be read: " + exception.Message)];
        }

        if (firstLine is null)
        {
            return [IngestResult.Failure(StdinOrigin, null, "is empty")];
        }

        // A JSON Lines corpus piped in can be any size: stream it like a file instead of reading it whole.
        var format = options.Format ?? FormatSniffer.Sniff(firstLine);
        if (format == IngestFormat.JsonLines)
        {
            return JsonLinesReader.Read(new PrefixedTextReader(head.ToString(), stdin), StdinOrigin, options);
        }

        string content;
        try
        {
            content = head.Append(stdin.ReadToEnd()).ToString();
        }
        catch (IOException exception)
        {
            return [IngestResult.Failure(StdinOrigin, null, "cannot be read: " + exception.Message)];
        }

        return ReadText(content, StdinOrigin, options);
    }

    private static IEnumerable<IngestResult> ReadFile(string path, IngestOptions options)
    {
        var format = options.Format ?? IngestFormats.FromPath(path);
        return format == IngestFormat.JsonLines ? StreamJsonLines(path, options) : ReadWholeFile(path, format, options);
    }

    private static IEnumerable<IngestResult> ReadWholeFile(string path, IngestFormat? knownFormat, IngestOptions options)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [IngestResult.Failure(path, null, "cannot be read: " + exception.Message)];
        }

        if (bytes.Length == 0)
        {
            return [IngestResult.Failure(path, null, "is empty")];
        }

        var content = SourceDecoder.Decode(bytes, out var error);
        if (content is null)
        {
            return [IngestResult.Failure(path, null, error!)];
        }

        if (string.IsNullOrWhiteSpace(content))
        {
            return [IngestResult.Failure(path, null, "is empty (only whitespace)")];
        }

        var format = knownFormat ?? FormatSniffer.Sniff(content) ?? (Path.GetExtension(path).Length == 0 ? IngestFormat.Text : null);
        if (format is null)
        {
            return [IngestResult.Failure(path, null, $"has an unknown format ('{Path.GetExtension(path)}'); Entente reads .txt, .md, .html, .htm, .jsonl, .rss, .atom and .xml files, or any file in a format named explicitly")];
        }

        return ReadContent(content, format.Value, path, options);
    }

    // JSON Lines files can be whole corpora: read them line by line rather than into memory.
    private static IEnumerable<IngestResult> StreamJsonLines(string path, IngestOptions options)
    {
        StreamReader reader;
        string? problem;
        try
        {
            var stream = File.OpenRead(path);
            problem = LeadingBytesProblem(stream);
            reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [IngestResult.Failure(path, null, "cannot be read: " + exception.Message)];
        }

        if (problem is not null)
        {
            reader.Dispose();
            return [IngestResult.Failure(path, null, problem)];
        }

        return ReadAndDispose(reader, path, options);
    }

    private static IEnumerable<IngestResult> ReadAndDispose(StreamReader reader, string path, IngestOptions options)
    {
        using (reader)
        {
            foreach (var result in JsonLinesReader.Read(reader, path, options))
            {
                yield return result;
            }
        }
    }

    private static string? LeadingBytesProblem(FileStream stream)
    {
        var buffer = new byte[SourceDecoder.SniffLength];
        var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        return length == 0 ? "is empty" : SourceDecoder.BinaryReason(buffer.AsSpan(0, length));
    }

    private static IEnumerable<IngestResult> ReadContent(string content, IngestFormat format, string origin, IngestOptions options)
    {
        if (format == IngestFormat.JsonLines)
        {
            return JsonLinesReader.Read(new StringReader(content), origin, options);
        }

        try
        {
            switch (format)
            {
                case IngestFormat.Feed:
                    // Materialised here so a parser failure in any item is caught below rather than thrown at the caller.
                    return FeedReader.Read(content, origin, options).ToList();
                case IngestFormat.Html:
                    var page = HtmlExtractor.Extract(content);
                    return [ArticleFactory.Create(page.Text, page.Title, page.PublishedOn, page.Url, page.Source, origin, null, options)];
                case IngestFormat.Markdown:
                    var (markdownText, markdownTitle) = MarkdownConverter.Convert(content);
                    return [ArticleFactory.Create(markdownText, markdownTitle ?? ArticleFactory.HeadlineOf(ArticleText.Normalize(markdownText)), null, null, null, origin, null, options)];
                default:
                    var text = ArticleText.Normalize(content);
                    return [ArticleFactory.Create(text, ArticleFactory.HeadlineOf(text), null, null, null, origin, null, options)];
            }
        }
        catch (Exception exception)
        {
            // One malformed source must not stop a corpus run; say what went wrong and go on.
            return [IngestResult.Failure(origin, null, $"could not be read as {format}: {exception.Message}")];
        }
    }
}
