namespace Entente.Language;

/// <summary>Cache-line aligned views of stack buffers, for the vector sums of the linear models.</summary>
/// <remarks>
/// A model's scores are summed in a small buffer that every dense row is added to with 512-bit loads and stores. When
/// the buffer straddles cache lines, each store is split in two and the next row's load of the same bytes cannot be
/// forwarded from it, a stall of tens of cycles per vector: it was more than half the parser's scoring time.
/// </remarks>
internal static class AlignedSpans
{
    /// <summary>Floats to allocate so that <see cref="Floats"/> can cut <c>length</c> aligned floats out of them.</summary>
    public static int Padded(int length) => length + 16;

    /// <summary>The first 64-byte aligned run of <paramref name="length"/> floats in a buffer of <see cref="Padded"/> floats (on the stack: it must not move).</summary>
    public static unsafe Span<float> Floats(Span<float> buffer, int length)
    {
        fixed (float* start = buffer)
        {
            return buffer.Slice(FloatsToBoundary(start), length);
        }
    }

    /// <summary>How many floats from <paramref name="start"/> to the next 64-byte boundary (0 when on one).</summary>
    public static unsafe int FloatsToBoundary(float* start) => (int)((64 - ((nint)start & 63)) & 63) / sizeof(float);
}
