using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Entente.Language;

/// <summary>
/// Dense weight rows of the linear models (the frequent features, with a weight for most classes) in one 64-byte
/// aligned block, and their sum with vector instructions.
/// </summary>
/// <remarks>
/// A token or a parser transition adds a few dozen such rows. Adding them one by one to a buffer in memory makes every
/// 512-bit load wait for the store of the row before (store-to-load forwarding, the more so when a vector straddles
/// cache lines); summing block by block in registers keeps the adds independent of memory, and aligned rows never
/// straddle lines. Rows are summed in the order given, which fixes the rounding: the scores are deterministic.
/// </remarks>
internal sealed class DenseRows
{
    private readonly float[] _block;
    private readonly int _origin;

    /// <summary>Copies <paramref name="rows"/> (row after row, <paramref name="stride"/> floats each, a multiple of 16).</summary>
    public DenseRows(ReadOnlySpan<float> rows, int stride)
    {
        if (stride % Vector512<float>.Count != 0)
        {
            throw new ArgumentException("The stride must be a whole number of 512-bit vectors.", nameof(stride));
        }

        Stride = stride;
        _block = GC.AllocateArray<float>(rows.Length + 16, pinned: true);
        _origin = AlignedOffset(_block);
        rows.CopyTo(_block.AsSpan(_origin));
        Count = rows.Length / stride;
    }

    /// <summary>Floats per row.</summary>
    public int Stride { get; }

    /// <summary>Number of rows.</summary>
    public int Count { get; }

    /// <summary>Asks for the cache lines of the row starting at float <paramref name="start"/> (row × <see cref="Stride"/>).</summary>
    public void Request(int start) => Prefetch.Range(_block, _origin + start, Stride);

    /// <summary>
    /// Writes into <paramref name="sums"/> (<see cref="Stride"/> floats) the sum of the rows starting at floats
    /// <paramref name="starts"/> (row × <see cref="Stride"/>); zeros when there are none.
    /// </summary>
    public void Sum(ReadOnlySpan<int> starts, Span<float> sums)
    {
        ref var block = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_block), _origin);
        ref var sum = ref MemoryMarshal.GetReference(sums);
        var width = Vector512<float>.Count;
        var c = 0;
        for (; c + (4 * width) <= Stride; c += 4 * width)
        {
            Vector512<float> a0 = default, a1 = default, a2 = default, a3 = default;
            foreach (var start in starts)
            {
                var at = (nuint)(start + c);
                a0 += Vector512.LoadUnsafe(ref block, at);
                a1 += Vector512.LoadUnsafe(ref block, at + (nuint)width);
                a2 += Vector512.LoadUnsafe(ref block, at + (nuint)(2 * width));
                a3 += Vector512.LoadUnsafe(ref block, at + (nuint)(3 * width));
            }

            a0.StoreUnsafe(ref sum, (nuint)c);
            a1.StoreUnsafe(ref sum, (nuint)(c + width));
            a2.StoreUnsafe(ref sum, (nuint)(c + (2 * width)));
            a3.StoreUnsafe(ref sum, (nuint)(c + (3 * width)));
        }

        for (; c + (2 * width) <= Stride; c += 2 * width)
        {
            Vector512<float> a0 = default, a1 = default;
            foreach (var start in starts)
            {
                var at = (nuint)(start + c);
                a0 += Vector512.LoadUnsafe(ref block, at);
                a1 += Vector512.LoadUnsafe(ref block, at + (nuint)width);
            }

            a0.StoreUnsafe(ref sum, (nuint)c);
            a1.StoreUnsafe(ref sum, (nuint)(c + width));
        }

        for (; c < Stride; c += width)
        {
            Vector512<float> a0 = default;
            foreach (var start in starts)
            {
                a0 += Vector512.LoadUnsafe(ref block, (nuint)(start + c));
            }

            a0.StoreUnsafe(ref sum, (nuint)c);
        }
    }

    // Floats to skip so that the first row starts on a 64-byte boundary (the array is pinned: it never moves).
    private static unsafe int AlignedOffset(float[] array)
    {
        fixed (float* start = array)
        {
            return AlignedSpans.FloatsToBoundary(start);
        }
    }
}
