namespace Entente.Storage.Schema;

/// <summary>
/// A code prefix as a half-open range of strings ("RUS" → ["RUS", "RUT")), so that a prefix filter can use an
/// ordinary index on the code column in every database, where LIKE would need special collations and escaping.
/// </summary>
/// <param name="From">The prefix itself, the least string that starts with it.</param>
/// <param name="Before">The least string greater than every string that starts with the prefix.</param>
internal readonly record struct PrefixRange(string From, string Before)
{
    /// <summary>The range of codes starting with <paramref name="prefix"/>; codes are upper-case, so the prefix is too.</summary>
    public static PrefixRange Of(string prefix)
    {
        var from = prefix.Trim().ToUpperInvariant();
        if (from.Length == 0)
        {
            throw new ArgumentException("A code prefix must not be empty.", nameof(prefix));
        }

        var last = from[^1];
        if (last == char.MaxValue)
        {
            throw new ArgumentException($"A code prefix cannot end in U+FFFF: \"{prefix}\".", nameof(prefix));
        }

        return new PrefixRange(from, string.Concat(from.AsSpan(0, from.Length - 1), char.ToString((char)(last + 1))));
    }
}
