namespace Entente.Ingest;

/// <summary>Tells a format from the first characters of a text, for stdin and files whose extension says nothing.</summary>
internal static class FormatSniffer
{
    private static readonly string[] HtmlMarkers = ["<!doctype html", "<html", "<head", "<body", "<article", "<p>", "<p ", "<div"];

    /// <summary>The format the text's beginning shows, or null when it shows none.</summary>
    public static IngestFormat? Sniff(string text)
    {
        var start = text.AsSpan().TrimStart();
        if (start.StartsWith("{"))
        {
            return IngestFormat.JsonLines;
        }

        if (!start.StartsWith("<"))
        {
            return null;
        }

        var head = start[..Math.Min(start.Length, 4096)].ToString().ToLowerInvariant();
        if (head.Contains("<rss", StringComparison.Ordinal) || head.Contains("<feed", StringComparison.Ordinal) || head.Contains("<rdf:rdf", StringComparison.Ordinal))
        {
            return IngestFormat.Feed;
        }

        if (HtmlMarkers.Any(marker => head.Contains(marker, StringComparison.Ordinal)))
        {
            return IngestFormat.Html;
        }

        // Other XML: the feed reader says clearly that it is not a feed.
        return head.StartsWith("<?xml", StringComparison.Ordinal) ? IngestFormat.Feed : null;
    }
}
