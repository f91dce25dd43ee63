namespace Entente.Language.Tokenization;

/// <summary>
/// A small lossy per-thread cache of token strings, so that frequent tokens ("the", ",", "Iran") share one
/// string instead of allocating a new one for every occurrence. Per thread so that it needs no locks.
/// </summary>
internal static class TokenTextCache
{
    private const int Size = 8192;
    private const int MaxCachedLength = 24;

    [ThreadStatic]
    private static string?[]? _entries;

    /// <summary>The string for <paramref name="span"/>, shared with earlier equal tokens when possible.</summary>
    public static string Get(ReadOnlySpan<char> span)
    {
        if (span.Length > MaxCachedLength)
        {
            return span.ToString();
        }

        var entries = _entries ??= new string?[Size];
        var slot = string.GetHashCode(span) & (Size - 1);
        var cached = entries[slot];
        if (cached is not null && span.SequenceEqual(cached))
        {
            return cached;
        }

        var created = span.ToString();
        entries[slot] = created;
        return created;
    }
}
