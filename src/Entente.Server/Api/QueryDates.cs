using System.Globalization;

namespace Entente.Server.Api;

/// <summary>Reads the <c>since</c> and <c>until</c> query parameters (yyyy-MM-dd).</summary>
internal static class QueryDates
{
    /// <summary>The two dates, or the reason they are refused.</summary>
    public static (DateOnly? Since, DateOnly? Until, string? Error) Read(string? since, string? until)
    {
        if (!TryParse(since, out var from))
        {
            return (null, null, $"since must be a date written yyyy-MM-dd; got \"{since}\".");
        }

        if (!TryParse(until, out var to))
        {
            return (null, null, $"until must be a date written yyyy-MM-dd; got \"{until}\".");
        }

        return from is { } a && to is { } b && a > b
            ? (null, null, $"since ({a:yyyy-MM-dd}) is after until ({b:yyyy-MM-dd}).")
            : (from, to, null);
    }

    private static bool TryParse(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }
}
