using System.Runtime.Intrinsics.X86;

namespace Entente.Language;

/// <summary>
/// Software prefetches for the models' look-up tables: unlike loads they retire at once, so the cache misses of a
/// whole feature vector are in flight together rather than as many as the reorder buffer holds. Without a prefetch
/// instruction (not x86) they do nothing: only speed differs, never results.
/// </summary>
internal static class Prefetch
{
    /// <summary>Asks for the cache line of each element at <paramref name="indexes"/>.</summary>
    public static unsafe void Elements<T>(T[] array, ReadOnlySpan<int> indexes)
        where T : unmanaged
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        fixed (T* first = array)
        {
            foreach (var index in indexes)
            {
                Sse.Prefetch0(first + index);
            }
        }
    }

    /// <summary>Asks for the cache lines of <paramref name="length"/> elements from <paramref name="start"/>.</summary>
    public static unsafe void Range<T>(T[] array, int start, int length)
        where T : unmanaged
    {
        if (!Sse.IsSupported || length <= 0)
        {
            return;
        }

        fixed (T* first = array)
        {
            var bytes = (byte*)(first + start);
            var end = (byte*)(first + start + length);
            for (; bytes < end; bytes += 64)
            {
                Sse.Prefetch0(bytes);
            }

            // The last line, when the run starts part-way into a line.
            Sse.Prefetch0(end - 1);
        }
    }
}
