using System.Text.Json;

namespace Entente.Ingest;

/// <summary>
/// Reads JSON Lines, one article object per line: <c>{"title"?, "text"|"html", "date"?|"published"?, "url"?, "source"?}</c>.
/// A bad line is reported with its number and the rest of the file is still read.
/// </summary>
internal static class JsonLinesReader
{
    private static readonly string[] TextFields = ["text", "body", "content"];
    private static readonly string[] DateFields = ["date", "published", "published_at", "publishedAt", "pubDate", "datePublished"];

    /// <summary>Reads the lines of <paramref name="reader"/> lazily; <paramref name="path"/> names the input in origins and problems.</summary>
    public static IEnumerable<IngestResult> Read(TextReader reader, string path, IngestOptions options)
    {
        var lineNumber = 0;
        var records = 0;
        while (true)
        {
            string? line;
            string? failure = null;
            try
            {
                line = reader.ReadLine();
            }
            catch (IOException exception)
            {
                line = null;
                failure = "reading stopped: " + exception.Message;
            }

            if (failure is not null)
            {
                yield return IngestResult.Failure(path, lineNumber + 1, failure);
                yield break;
            }

            if (line is null)
            {
                break;
            }

            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            records++;
            yield return ReadLine(line, path, lineNumber, options);
        }

        if (records == 0)
        {
            yield return IngestResult.Failure(path, null, "is empty");
        }
    }

    private static IngestResult ReadLine(string line, string path, int lineNumber, IngestOptions options)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException exception)
        {
            var hint = line.Trim() is "{" or "[" ? " (Entente reads JSON Lines: one whole article object per line, not pretty-printed JSON)" : string.Empty;
            return IngestResult.Failure(path, lineNumber, $"not valid JSON: {FirstSentence(exception.Message)}{hint}");
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return IngestResult.Failure(path, lineNumber, $"expected a JSON object with a \"text\" or \"html\" field, found a JSON {root.ValueKind.ToString().ToLowerInvariant()}");
            }

            var title = StringField(root, "title") ?? StringField(root, "headline");
            var text = TextFields.Select(field => StringField(root, field)).FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
            string? url = StringField(root, "url") ?? StringField(root, "link");
            string? source = StringField(root, "source") ?? NestedName(root, "source");
            DateOnly? date = null;
            if (text is null && StringField(root, "html") is { } html && !string.IsNullOrWhiteSpace(html))
            {
                var page = HtmlExtractor.Extract(html);
                text = page.Text;
                title ??= page.Title;
                date = page.PublishedOn;
                url ??= page.Url;
                source ??= page.Source;
            }

            if (text is null)
            {
                return IngestResult.Failure(path, lineNumber, "has no \"text\" or \"html\" field with text in it");
            }

            date = DateFields.Select(field => PublicationDate.Parse(StringField(root, field))).FirstOrDefault(d => d is not null) ?? date;
            return ArticleFactory.Create(text, title, date, url, source, path, lineNumber, options);
        }
    }

    private static string? StringField(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // News APIs often give the outlet as an object: "source": {"id": "bbc-news", "name": "BBC News"}.
    private static string? NestedName(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? StringField(value, "name") : null;

    // System.Text.Json appends the path and position to its messages; the line number already says where.
    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message;
    }
}
