using System.Globalization;
using Entente.Documents;

namespace Entente.Ingest;

/// <summary>Builds articles the same way for every format: cleaned text, fallback date, source from the URL.</summary>
internal static class ArticleFactory
{
    /// <summary>
    /// An article read from <paramref name="path"/> (at <paramref name="line"/> for one of many articles in a file),
    /// or a problem when no text is left after cleaning.
    /// </summary>
    public static IngestResult Create(string text, string? title, DateOnly? publishedOn, string? url, string? source, string path, int? line, IngestOptions options)
    {
        var body = ArticleText.Normalize(text);
        if (body.Length == 0)
        {
            return IngestResult.Failure(path, line, line is null ? "has no article text" : "has no article text in this item");
        }

        var cleanUrl = ArticleText.CleanLine(url);
        var article = new Article(body)
        {
            Title = ArticleText.CleanLine(title),
            PublishedOn = publishedOn ?? options.Date,
            Url = cleanUrl,
            Source = ArticleText.CleanLine(source) ?? HostOf(cleanUrl),
            Origin = line is { } number ? string.Create(CultureInfo.InvariantCulture, $"{path}:{number}") : path,
        };
        return IngestResult.Success(article);
    }

    /// <summary>The first line of a plain text when it reads like a headline: short, and not ending as a sentence does.</summary>
    public static string? HeadlineOf(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        if (end < 0)
        {
            // A text of one line is all body; calling it a headline too would say nothing.
            return null;
        }

        var first = text[..end].Trim();
        var words = first.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var looksLikeHeadline = first.Length is > 0 and <= 200 && words <= 25
            && !first.EndsWith('.') && !first.EndsWith(',') && !first.EndsWith(';') && !first.EndsWith(':')
            && !first.StartsWith("- ", StringComparison.Ordinal) && !first.StartsWith("* ", StringComparison.Ordinal)
            && char.IsUpper(first.FirstOrDefault(char.IsLetter));
        return looksLikeHeadline ? first : null;
    }

    private static string? HostOf(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return null;
        }

        return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
    }
}
