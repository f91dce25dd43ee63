using System.Runtime.CompilerServices;

namespace Entente.Language.Parsing;

/// <summary>
/// Hashes words, tags and feature tuples to 32-bit keys without allocating: words are hashed character by
/// character (lower-cased, digits folded to 0 so that numbers share statistics), features mix a template id
/// with up to three integer values.
/// </summary>
/// <remarks>
/// The helpers are marked for inlining: <see cref="ParserFeatures.Extract"/> calls them 84 times per transition and is
/// too large for the JIT to inline them unasked (a profile showed Mix and Finish as separate calls).
/// </remarks>
internal static class FeatureHash
{
    /// <summary>Value used for a position that does not exist (empty stack slot, missing child).</summary>
    public const uint Absent = 1;

    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>Hash of a word form, lower-cased with digits folded.</summary>
    public static uint Word(string? text)
    {
        if (text is null)
        {
            return Absent;
        }

        var hash = FnvOffset;
        foreach (var c in text)
        {
            // Digits fold to one; curly quotes to straight ones, which the treebanks use far more ("Iran’s" parses as "Iran's").
            var folded = char.IsAsciiDigit(c) ? '0' : c is '’' or '‘' ? '\'' : c is '“' or '”' ? '"' : char.ToLowerInvariant(c);
            hash = (hash ^ folded) * FnvPrime;
        }

        return Finish(hash);
    }

    /// <summary>Hash of the last <paramref name="length"/> characters of a word, lower-cased.</summary>
    public static uint Suffix(string? text, int length)
    {
        if (text is null)
        {
            return Absent;
        }

        var hash = FnvOffset ^ 0x5u;
        for (var i = Math.Max(0, text.Length - length); i < text.Length; i++)
        {
            hash = (hash ^ char.ToLowerInvariant(text[i])) * FnvPrime;
        }

        return Finish(hash);
    }

    /// <summary>Hash of a tag string (case kept); "_" and null share the absent value.</summary>
    public static uint Tag(string? tag)
    {
        if (tag is null || tag == "_")
        {
            return Absent;
        }

        var hash = FnvOffset ^ 0x7u;
        foreach (var c in tag)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return Finish(hash);
    }

    /// <summary>Feature key of a template with one value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Feature(int template, uint a) => Finish(Mix(Start(template), a));

    /// <summary>Feature key of a template with two values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Feature(int template, uint a, uint b) => Finish(Mix(Mix(Start(template), a), b));

    /// <summary>Feature key of a template with three values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Feature(int template, uint a, uint b, uint c) => Finish(Mix(Mix(Mix(Start(template), a), b), c));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Start(int template) => ((ulong)template + 1) * 0x9E37_79B9_7F4A_7C15UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong hash, uint value)
    {
        hash = (hash ^ value) * 0xBF58_476D_1CE4_E5B9UL;
        return hash ^ (hash >> 31);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Finish(ulong hash)
    {
        hash = (hash ^ (hash >> 29)) * 0x94D0_49BB_1331_11EBUL;
        var key = (uint)(hash >> 32);

        // Zero marks an empty slot in the weight tables.
        return key == 0 ? 2 : key;
    }
}
