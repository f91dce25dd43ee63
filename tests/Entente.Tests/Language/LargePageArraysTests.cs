using Entente.Language;

namespace Entente.Tests.Language;

public sealed class LargePageArraysTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(3_000_000)]
    public void ArraysComeBackZeroedAndOfTheLengthAsked(int length)
    {
        // Big ones are allocated uninitialised and pinned before the large-page advice, so they must be cleared.
        var first = LargePageArrays.Allocate<ulong>(length);
        first.AsSpan().Fill(ulong.MaxValue);
        first = null;
        GC.Collect();

        var array = LargePageArrays.Allocate<ulong>(length);

        array.Length.ShouldBe(length);
        array.AsSpan().IndexOfAnyExcept(0UL).ShouldBe(-1);
    }
}
