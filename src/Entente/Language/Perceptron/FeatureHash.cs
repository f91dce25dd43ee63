using System.Runtime.CompilerServices;

namespace Entente.Language.Perceptron;

/// <summary>
/// A 64-bit FNV-1a hash of a feature, built up from a template id and its parts without allocating:
/// <c>new FeatureHash(Template.Suffix).Add(word[^3..], lowercase: true).Value</c>.
/// </summary>
/// <remarks>
/// 64 bits make collisions between the few hundred thousand features of a model vanishingly rare, so features
/// are looked up exactly (see <see cref="FeatureTable"/>) instead of sharing buckets of a fixed-size table.
/// </remarks>
public readonly struct FeatureHash : IEquatable<FeatureHash>
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;
    private const ulong PrimeSquared = unchecked(Prime * Prime);

    /// <summary>Starts a hash for feature template <paramref name="template"/>.</summary>
    public FeatureHash(int template)
        : this(Mix(OffsetBasis, (uint)template))
    {
    }

    private FeatureHash(ulong value) => Value = value;

    /// <summary>The hash value.</summary>
    public ulong Value { get; }

    /// <summary>Appends characters, optionally lowercased (invariant culture), followed by a separator.</summary>
    public FeatureHash Add(ReadOnlySpan<char> text, bool lowercase = false)
    {
        var hash = Value;
        if (lowercase)
        {
            foreach (var c in text)
            {
                hash = MixChar(hash, char.ToLowerInvariant(c));
            }
        }
        else
        {
            foreach (var c in text)
            {
                hash = MixChar(hash, c);
            }
        }

        // The separator keeps ("ab", "c") and ("a", "bc") apart.
        return new FeatureHash(Mix(hash, 0xFFFF_FFFFu));
    }

    /// <summary>Appends an integer (a tag id, a flag set).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public FeatureHash Add(int value) => new(Mix(Mix(Value, (uint)value), 0xFFFF_FFFEu));

    /// <inheritdoc />
    public bool Equals(FeatureHash other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FeatureHash other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <summary>Equality of hash values.</summary>
    public static bool operator ==(FeatureHash left, FeatureHash right) => left.Equals(right);

    /// <summary>Inequality of hash values.</summary>
    public static bool operator !=(FeatureHash left, FeatureHash right) => !left.Equals(right);

    // FNV-1a over the four bytes of a character: the two high bytes are zero, and xor with zero changes nothing,
    // so the last two rounds are two multiplications by the prime, done as one by its square. Same value as
    // Mix(hash, c), half the multiplications: this is the tagger's and recogniser's innermost loop.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MixChar(ulong hash, char c)
    {
        hash = (hash ^ (byte)c) * Prime;
        hash = (hash ^ (uint)(c >> 8)) * Prime;
        return hash * PrimeSquared;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong hash, uint value)
    {
        // FNV-1a over the four bytes of the value.
        for (var shift = 0; shift < 32; shift += 8)
        {
            hash ^= (value >> shift) & 0xFF;
            hash *= Prime;
        }

        return hash;
    }
}
