using System.Globalization;
using System.Text.RegularExpressions;

namespace Entente.Ingest;

/// <summary>
/// Reads publication dates as sources write them: ISO 8601 dates and times, RFC 822 (RSS), "yyyy-MM-dd HH:mm:ssZ"
/// and written-out dates ("14 March 2025", "March 14, 2025"). The date is the one the publisher wrote, in its own
/// time zone, because that is the day the article's relative dates ("yesterday") count from.
/// </summary>
public static partial class PublicationDate
{
    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mmK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyyMMdd", "yyyyMMdd'T'HHmmssK",
        "yyyy/MM/dd", "yyyy/MM/dd HH:mm:ssK", "yyyy.MM.dd",
    ];

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The date <paramref name="value"/> names, or null when it names none Entente can read.</summary>
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (DateTimeOffset.TryParseExact(text, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var exact))
        {
            return Plausible(DateOnly.FromDateTime(exact.DateTime));
        }

        var dayMonthYear = DayMonthYear().Match(text);
        if (dayMonthYear.Success)
        {
            return Build(dayMonthYear.Groups["year"].Value, dayMonthYear.Groups["month"].Value, dayMonthYear.Groups["day"].Value);
        }

        var monthDayYear = MonthDayYear().Match(text);
        if (monthDayYear.Success)
        {
            return Build(monthDayYear.Groups["year"].Value, monthDayYear.Groups["month"].Value, monthDayYear.Groups["day"].Value);
        }

        // Some feeds write an ISO date with a suffix such as a zone name; the leading date is what matters.
        var isoPrefix = IsoPrefix().Match(text);
        if (isoPrefix.Success
            && DateOnly.TryParseExact(isoPrefix.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var prefixed))
        {
            return Plausible(prefixed);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var general)
            ? Plausible(DateOnly.FromDateTime(general.DateTime))
            : null;
    }

    private static DateOnly? Build(string year, string month, string day)
    {
        var monthIndex = Array.IndexOf(Months, month[..3].ToLowerInvariant()) + 1;
        var yearNumber = int.Parse(year, CultureInfo.InvariantCulture);
        if (year.Length == 2)
        {
            // RFC 822 allows two-digit years; news from "99" is 1999, from "24" is 2024.
            yearNumber += yearNumber < 70 ? 2000 : 1900;
        }

        var dayNumber = int.Parse(day, CultureInfo.InvariantCulture);
        if (monthIndex == 0 || dayNumber < 1 || dayNumber > DateTime.DaysInMonth(Math.Clamp(yearNumber, 1, 9999), monthIndex))
        {
            return null;
        }

        return Plausible(new DateOnly(yearNumber, monthIndex, dayNumber));
    }

    // Years far from the present are typos or epoch placeholders ("0001-01-01"), not publication dates.
    private static DateOnly? Plausible(DateOnly date) => date.Year is >= 1900 and <= 2200 ? date : null;

    // "Fri, 14 Mar 2025 20:30:26 +0000" (RFC 822) and "14 March 2025".
    [GeneratedRegex(@"^(?:[A-Za-z]{3,9},?\s+)?(?<day>\d{1,2})\s+(?<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?<year>\d{4}|\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    // "March 14, 2025", "Fri, Mar 14 2025".
    [GeneratedRegex(@"^(?:[A-Za-z]{3,9},?\s+)?(?<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(?=[T\s]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPrefix();
}
