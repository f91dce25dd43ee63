namespace Entente.Ingest;

/// <summary>The source formats Entente reads articles from.</summary>
public enum IngestFormat
{
    /// <summary>Plain text, one article per file (.txt).</summary>
    Text,

    /// <summary>Markdown, turned into plain text (.md, .markdown).</summary>
    Markdown,

    /// <summary>An HTML page whose article body is extracted (.html, .htm).</summary>
    Html,

    /// <summary>JSON Lines, one article object per line (.jsonl, .ndjson).</summary>
    JsonLines,

    /// <summary>An RSS 2.0, RSS 1.0 or Atom feed, one article per item or entry (.rss, .atom, .xml).</summary>
    Feed,
}
