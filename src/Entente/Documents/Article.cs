using System.Security.Cryptography;
using System.Text;

namespace Entente.Documents;

/// <summary>
/// One news article as read from a source, before any language processing.
/// Its identity is the hash of its content, so the same story read twice is one article.
/// </summary>
public sealed record Article
{
    private string? _id;

    /// <summary>Creates an article from its body text.</summary>
    public Article(string text) => Text = text ?? throw new ArgumentNullException(nameof(text));

    /// <summary>The body text. Every character offset in Entente points into this string.</summary>
    public string Text { get; }

    /// <summary>The headline, when the source gives one apart from the body.</summary>
    public string? Title { get; init; }

    /// <summary>The publication date, from metadata or from the user; relative dates resolve against it.</summary>
    public DateOnly? PublishedOn { get; init; }

    /// <summary>Where the article lives on the web, when known.</summary>
    public string? Url { get; init; }

    /// <summary>The outlet or feed that published it (e.g. "voanews.com").</summary>
    public string? Source { get; init; }

    /// <summary>Where Entente read it from: a file path, with a line number for JSON Lines, or "stdin".</summary>
    public string? Origin { get; init; }

    /// <summary>Stable id: the first 32 hex digits of the SHA-256 of title and text.</summary>
    public string Id => _id ??= ComputeId(Title, Text);

    /// <summary>The content hash used as id; title and text both count, metadata does not.</summary>
    public static string ComputeId(string? title, string text)
    {
        var bytes = Encoding.UTF8.GetBytes((title ?? string.Empty) + "\u0001" + text);
        return Convert.ToHexStringLower(SHA256.HashData(bytes))[..32];
    }
}
