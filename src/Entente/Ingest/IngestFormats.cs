namespace Entente.Ingest;

/// <summary>Names and file extensions of the <see cref="IngestFormat"/> values.</summary>
public static class IngestFormats
{
    private static readonly Dictionary<string, IngestFormat> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["txt"] = IngestFormat.Text,
        ["text"] = IngestFormat.Text,
        ["md"] = IngestFormat.Markdown,
        ["markdown"] = IngestFormat.Markdown,
        ["html"] = IngestFormat.Html,
        ["htm"] = IngestFormat.Html,
        ["xhtml"] = IngestFormat.Html,
        ["jsonl"] = IngestFormat.JsonLines,
        ["ndjson"] = IngestFormat.JsonLines,
        ["json"] = IngestFormat.JsonLines,
        ["rss"] = IngestFormat.Feed,
        ["atom"] = IngestFormat.Feed,
        ["xml"] = IngestFormat.Feed,
        ["feed"] = IngestFormat.Feed,
    };

    /// <summary>The names <see cref="TryParse"/> accepts, for help texts.</summary>
    public static IReadOnlyCollection<string> Names => ByName.Keys;

    /// <summary>Reads a format name as a user types it ("jsonl", "md", "rss", …), case-insensitively.</summary>
    public static bool TryParse(string? name, out IngestFormat format)
    {
        format = default;
        return name is not null && ByName.TryGetValue(name.Trim().TrimStart('.'), out format);
    }

    /// <summary>The format a file's extension names, or null when the extension is missing or unknown.</summary>
    public static IngestFormat? FromPath(string path)
    {
        var extension = Path.GetExtension(path);
        return extension.Length > 1 && ByName.TryGetValue(extension[1..], out var format) ? format : null;
    }
}
