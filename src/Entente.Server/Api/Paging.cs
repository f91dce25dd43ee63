namespace Entente.Server.Api;

/// <summary>Reads and checks <c>page</c> and <c>pageSize</c>.</summary>
internal static class Paging
{
    /// <summary>Items per page when none is asked for.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>The largest page served.</summary>
    public const int MaxPageSize = 500;

    /// <summary>The checked page and size, or the reason they are refused.</summary>
    public static (int Page, int Size, string? Error) Read(int? page, int? pageSize)
    {
        var p = page ?? 1;
        var size = pageSize ?? DefaultPageSize;
        if (p < 1)
        {
            return (0, 0, $"page must be 1 or more; got {p}.");
        }

        if (size < 1 || size > MaxPageSize)
        {
            return (0, 0, $"pageSize must be between 1 and {MaxPageSize}; got {size}.");
        }

        // A page past what an int offset can hold is refused rather than wrapped.
        return (long)(p - 1) * size > int.MaxValue ? (0, 0, $"page {p} is too far.") : (p, size, null);
    }

    /// <summary>Cuts a "fetch one more" result down to the page, telling whether more follow.</summary>
    public static ResultPage<T> Cut<T>(IReadOnlyList<T> fetched, int page, int size) =>
        new(page, size, fetched.Count > size, fetched.Count > size ? [.. fetched.Take(size)] : fetched);
}
