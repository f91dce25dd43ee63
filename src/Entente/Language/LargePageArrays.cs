using System.Runtime.InteropServices;

namespace Entente.Language;

/// <summary>
/// Zeroed arrays for the models' big look-up tables, backed by 2 MB pages where the operating system allows it.
/// </summary>
/// <remarks>
/// A model table is tens of megabytes read at random, a hundred look-ups per parser transition. With 4 KB pages
/// nearly every look-up also misses the TLB (a few thousand entries cover 8 MB), and the processor walks only a couple
/// of page tables at a time, which caps how many cache misses overlap; with 2 MB pages the whole table fits a handful
/// of TLB entries. On Linux the array is allocated pinned (it never moves), the 2 MB-aligned part of it is marked
/// with <c>madvise(MADV_HUGEPAGE)</c> before its pages are first touched, and then it is cleared, which faults them
/// in as large pages when the kernel has them (transparent huge pages in "madvise" or "always" mode). Elsewhere, or
/// when the call fails, it is an ordinary array: only speed differs, never contents.
/// </remarks>
internal static class LargePageArrays
{
    private const int MadviseHugePage = 14;
    private const long LargePage = 2 * 1024 * 1024;

    // ENTENTE_LARGE_PAGES=0 turns the advice off (to compare, or on a kernel where it misbehaves).
    private static readonly bool Disabled = Environment.GetEnvironmentVariable("ENTENTE_LARGE_PAGES") == "0";

    /// <summary>A zeroed array of <paramref name="length"/> elements; large pages are asked for when it spans at least one.</summary>
    public static T[] Allocate<T>(int length)
        where T : unmanaged
    {
        var bytes = (long)length * Marshal.SizeOf<T>();
        if (!OperatingSystem.IsLinux() || bytes < 2 * LargePage || Disabled)
        {
            return new T[length];
        }

        var array = GC.AllocateUninitializedArray<T>(length, pinned: true);
        var start = Marshal.UnsafeAddrOfPinnedArrayElement(array, 0).ToInt64();
        var alignedStart = (start + LargePage - 1) & ~(LargePage - 1);
        var alignedEnd = (start + bytes) & ~(LargePage - 1);
        if (alignedEnd > alignedStart)
        {
            try
            {
                _ = Madvise((nint)alignedStart, (nuint)(alignedEnd - alignedStart), MadviseHugePage);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // No libc to ask: ordinary pages.
            }
        }

        // After the advice, so that clearing is what first touches the pages.
        Array.Clear(array);
        return array;
    }

    // DllImport, not LibraryImport: the arguments are blittable, and LibraryImport would need unsafe code enabled.
    [DllImport("libc", EntryPoint = "madvise")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Madvise(nint address, nuint length, int advice);
}
