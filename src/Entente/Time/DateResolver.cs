using System.Globalization;
using System.Text.RegularExpressions;

namespace Entente.Time;

/// <summary>
/// Finds date expressions in English news text and resolves them against the publication date.
/// </summary>
/// <remarks>
/// <para>Rules, chosen for past-tense news reporting:</para>
/// <list type="bullet">
/// <item>Full dates ("October 11, 2024", "11 October 2024", "Oct. 11, 2024", "2024-10-11") resolve to the day with
/// or without a publication date; "11/10/2024" only when one number exceeds 12 (or both are equal).</item>
/// <item>A day and month without a year ("on Oct. 11") take the publication year, or the year before when that
/// would put the date more than 30 days after publication. A month alone ("in March", "early May") follows the
/// same rule with its first day; "last March" is the latest March before the publication month, "next March"
/// the first one after it. A month with a year ("October 2024") is that month.</item>
/// <item>A year counts only after a preposition ("in 2023", "since 2014", "by 2030"), so "2023 soldiers" is not one.</item>
/// <item>A weekday alone or with "on" ("on Friday", "killed Thursday") is the latest such day on or before
/// publication: a Friday story's "Friday" is the publication day. "last Friday" is strictly before it,
/// "next Friday" strictly after, "this Friday" on or after.</item>
/// <item>"today", "tonight", "this morning" and "overnight" are the publication day ("overnight" reports the
/// night that ended on the publication morning); "yesterday" and "last night" the day before; "tomorrow" the day
/// after. Weeks start on Monday: "last week" is the week before the publication week, "this week",
/// "earlier this week" the publication week. "last/this/next month|year", "earlier this month|year" and
/// "N days|weeks|months|years ago" resolve at their own granularity.</item>
/// <item>Without a publication date, every expression except full dates and month-with-year or year expressions
/// is returned with <see cref="DateGranularity.Unresolved"/> and a null date.</item>
/// </list>
/// <para>Ranges ("from 2020 to 2023", "2023-24") and decades are out of scope and yield nothing.</para>
/// </remarks>
public static partial class DateResolver
{
    private const int FutureToleranceDays = 30;

    // Month names are matched as written: "may" and "march" are common lower-case words.
    private const string FullMonths = "January|February|March|April|May|June|July|August|September|October|November|December";
    private const string AnyMonth = FullMonths + @"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?";
    private const string Preposition = @"(?i:on|in|since|by|during|until|till|from|before|after|through|throughout|as\s+of|starting|beginning|around|of)";
    private const string Modifier = @"(?i:early|late|mid)";
    private const string Lead = @"(?<lead>(?:" + Preposition + @"\s+(?:" + Modifier + @"[\s-]+)?|" + Modifier + @"[\s-]+))?";
    private const string Ordinal = @"(?:st|nd|rd|th)?";
    private const string Weekdays = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    private static readonly string[] MonthPrefixes = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>
    /// The date expressions in <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>), in text
    /// order, with offsets into the whole of <paramref name="text"/>.
    /// </summary>
    /// <param name="text">The article text.</param>
    /// <param name="start">Offset where the search begins (a sentence start).</param>
    /// <param name="end">Offset one past where the search ends.</param>
    /// <param name="published">The publication date relative expressions resolve against, or null.</param>
    public static IReadOnlyList<TimeExpression> Find(string text, int start, int end, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);

        // Each pattern is tried over this span only; overlapping finds are settled afterwards.
        var candidates = new List<TimeExpression>();
        var length = end - start;
        Collect(candidates, IsoDateRegex(), text, start, length, published, ResolveFullDate);
        Collect(candidates, MonthDayYearRegex(), text, start, length, published, ResolveFullDate);
        Collect(candidates, DayMonthYearRegex(), text, start, length, published, ResolveFullDate);
        Collect(candidates, NumericDateRegex(), text, start, length, published, ResolveNumericDate);
        Collect(candidates, MonthYearRegex(), text, start, length, published, ResolveMonthYear);
        Collect(candidates, MonthDayRegex(), text, start, length, published, ResolveDayWithoutYear);
        Collect(candidates, DayMonthRegex(), text, start, length, published, ResolveDayWithoutYear);
        Collect(candidates, MonthAloneRegex(), text, start, length, published, ResolveMonthAlone);
        Collect(candidates, YearRegex(), text, start, length, published, ResolveYear);
        Collect(candidates, WeekdayRegex(), text, start, length, published, ResolveWeekday);
        Collect(candidates, RelativeRegex(), text, start, length, published, ResolveRelative);
        return ChooseLongest(candidates);
    }

    private delegate (DateOnly? Date, DateGranularity Granularity)? Resolver(Match match, DateOnly? published);

    private static void Collect(List<TimeExpression> found, Regex regex, string text, int start, int length, DateOnly? published, Resolver resolve)
    {
        for (var match = regex.Match(text, start, length); match.Success; match = match.NextMatch())
        {
            if (resolve(match, published) is { } resolved)
            {
                found.Add(new TimeExpression(match.Value, match.Index, match.Index + match.Length, resolved.Date, resolved.Granularity));
            }
        }
    }

    // Where patterns overlap ("Oct. 11" inside "on Oct. 11, 2024"), the longest expression wins.
    private static List<TimeExpression> ChooseLongest(List<TimeExpression> candidates)
    {
        candidates.Sort(static (a, b) =>
        {
            var byLength = (b.End - b.Start).CompareTo(a.End - a.Start);
            return byLength != 0 ? byLength : a.Start.CompareTo(b.Start);
        });
        var chosen = new List<TimeExpression>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (!chosen.Exists(c => c.Start < candidate.End && candidate.Start < c.End))
            {
                chosen.Add(candidate);
            }
        }

        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    private static (DateOnly?, DateGranularity)? ResolveFullDate(Match match, DateOnly? published)
    {
        var month = ParseMonth(match.Groups["month"].Value);
        return MakeDate(Number(match, "year"), month, Number(match, "day")) is { } date ? (date, DateGranularity.Day) : null;
    }

    private static (DateOnly?, DateGranularity)? ResolveNumericDate(Match match, DateOnly? published)
    {
        var first = Number(match, "first");
        var second = Number(match, "second");
        var year = Number(match, "year");

        // 11/10/2024 could be 11 October or November 10: only a number above 12 tells which is the day.
        (int Month, int Day)? order = (first, second) switch
        {
            _ when first == second => (first, second),
            _ when first > 12 && second <= 12 => (second, first),
            _ when second > 12 && first <= 12 => (first, second),
            _ => null,
        };
        return order is { } o && MakeDate(year, o.Month, o.Day) is { } date ? (date, DateGranularity.Day) : null;
    }

    private static (DateOnly?, DateGranularity)? ResolveMonthYear(Match match, DateOnly? published)
    {
        var year = Number(match, "year");
        return MakeDate(year, ParseMonth(match.Groups["month"].Value), 1) is { } date ? (date, DateGranularity.Month) : null;
    }

    private static (DateOnly?, DateGranularity)? ResolveDayWithoutYear(Match match, DateOnly? published)
    {
        var month = ParseMonth(match.Groups["month"].Value);
        var day = Number(match, "day");
        if (MakeDate(2000, month, day) is null)
        {
            return null; // "June 31" is no date in any year (2000 is a leap year, so 29 February passes).
        }

        if (published is not { } pub)
        {
            return (null, DateGranularity.Unresolved);
        }

        var date = MakeDate(pub.Year, month, day);
        if (date is null || date.Value.DayNumber - pub.DayNumber > FutureToleranceDays)
        {
            date = MakeDate(pub.Year - 1, month, day);
        }

        return date is null ? (null, DateGranularity.Unresolved) : (date, DateGranularity.Day);
    }

    private static (DateOnly?, DateGranularity)? ResolveMonthAlone(Match match, DateOnly? published)
    {
        var month = ParseMonth(match.Groups["month"].Value);
        if (published is not { } pub)
        {
            return (null, DateGranularity.Unresolved);
        }

        var year = match.Groups["relative"].Value.ToLowerInvariant() switch
        {
            "last" or "past" => month < pub.Month ? pub.Year : pub.Year - 1,
            "next" => month > pub.Month ? pub.Year : pub.Year + 1,
            "this" => pub.Year,
            _ => new DateOnly(pub.Year, month, 1).DayNumber - pub.DayNumber > FutureToleranceDays ? pub.Year - 1 : pub.Year,
        };
        return (new DateOnly(year, month, 1), DateGranularity.Month);
    }

    private static (DateOnly?, DateGranularity)? ResolveYear(Match match, DateOnly? published)
    {
        var year = Number(match, "year");
        return year is >= 1800 and <= 2199 ? (new DateOnly(year, 1, 1), DateGranularity.Year) : null;
    }

    private static (DateOnly?, DateGranularity)? ResolveWeekday(Match match, DateOnly? published)
    {
        if (published is not { } pub)
        {
            return (null, DateGranularity.Unresolved);
        }

        var weekday = Enum.Parse<DayOfWeek>(match.Groups["weekday"].Value);
        var back = ((int)pub.DayOfWeek - (int)weekday + 7) % 7;
        var forward = ((int)weekday - (int)pub.DayOfWeek + 7) % 7;
        var offset = match.Groups["relative"].Value.ToLowerInvariant() switch
        {
            "last" => -(back == 0 ? 7 : back),
            "next" => forward == 0 ? 7 : forward,
            "this" => forward,
            _ => -back,
        };
        return (pub.AddDays(offset), DateGranularity.Day);
    }

    private static (DateOnly?, DateGranularity)? ResolveRelative(Match match, DateOnly? published)
    {
        if (published is not { } pub)
        {
            return (null, DateGranularity.Unresolved);
        }

        if (match.Groups["word"].Success)
        {
            var word = match.Groups["word"].Value.ToLowerInvariant();
            var days = word switch
            {
                "yesterday" => -1,
                "tomorrow" => 1,
                _ when word.EndsWith("before yesterday", StringComparison.Ordinal) => -2,
                _ when word.EndsWith("after tomorrow", StringComparison.Ordinal) => 2,
                _ => 0, // today, tonight, overnight
            };
            return (pub.AddDays(days), DateGranularity.Day);
        }

        if (match.Groups["count"].Success)
        {
            var count = ParseCount(match.Groups["count"].Value);
            return match.Groups["agoUnit"].Value.ToLowerInvariant() switch
            {
                "day" => (pub.AddDays(-count), DateGranularity.Day),
                "week" => (WeekStart(pub.AddDays(-7 * count)), DateGranularity.Week),
                "month" => (MonthStart(pub.AddMonths(-count)), DateGranularity.Month),
                _ => (new DateOnly(pub.Year - count, 1, 1), DateGranularity.Year),
            };
        }

        // "last", "this", "next", "earlier this", "later this", "early next", …: the last word sets the direction.
        var relative = match.Groups["relative"].Value.ToLowerInvariant();
        var shift = relative.EndsWith("last", StringComparison.Ordinal) ? -1 : relative.EndsWith("next", StringComparison.Ordinal) ? 1 : 0;
        return match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "night" or "morning" or "afternoon" or "evening" => (pub.AddDays(shift), DateGranularity.Day),
            "week" => (WeekStart(pub.AddDays(7 * shift)), DateGranularity.Week),
            "month" => (MonthStart(pub.AddMonths(shift)), DateGranularity.Month),
            _ => (new DateOnly(pub.Year + shift, 1, 1), DateGranularity.Year),
        };
    }

    private static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    private static DateOnly MonthStart(DateOnly date) => new(date.Year, date.Month, 1);

    private static DateOnly? MakeDate(int year, int month, int day) =>
        year is >= 1800 and <= 2199 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int Number(Match match, string group) =>
        int.TryParse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;

    private static int ParseMonth(string month)
    {
        if (month.Length >= 2 && char.IsAsciiDigit(month[0]))
        {
            return int.Parse(month, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        var prefix = month[..3].ToLowerInvariant();
        return Array.IndexOf(MonthPrefixes, prefix) + 1;
    }

    private static int ParseCount(string count) => count.ToLowerInvariant() switch
    {
        "a" or "an" or "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        var digits => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture),
    };

    [GeneratedRegex(@"(?<!\w)" + Lead + @"(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?![\d\w])")]
    private static partial Regex IsoDateRegex();

    [GeneratedRegex(@"(?<!\w)" + Lead + @"(?<month>" + AnyMonth + @")\s+(?<day>\d{1,2})" + Ordinal + @",?\s+(?<year>\d{4})(?!\d)")]
    private static partial Regex MonthDayYearRegex();

    [GeneratedRegex(@"(?<!\w)" + Lead + @"(?:the\s+)?(?<day>\d{1,2})" + Ordinal + @"\s+(?:of\s+)?(?<month>" + AnyMonth + @")(?:,\s*|\s+)(?<year>\d{4})(?!\d)")]
    private static partial Regex DayMonthYearRegex();

    [GeneratedRegex(@"(?<![\w/.])" + Lead + @"(?<first>\d{1,2})/(?<second>\d{1,2})/(?<year>\d{4})(?![\w/])")]
    private static partial Regex NumericDateRegex();

    [GeneratedRegex(@"(?<!\w)" + Lead + @"(?<month>" + AnyMonth + @")(?:\s+of)?,?\s+(?<year>\d{4})(?![\d\w])")]
    private static partial Regex MonthYearRegex();

    [GeneratedRegex(@"(?<!\w)" + Lead + @"(?<month>" + AnyMonth + @")\s+(?<day>\d{1,2})" + Ordinal + @"(?![\d\w]|[,.]\d)")]
    private static partial Regex MonthDayRegex();

    [GeneratedRegex(@"(?<![\w.,])" + Lead + @"(?:the\s+)?(?<day>\d{1,2})" + Ordinal + @"\s+(?:of\s+)?(?<month>" + AnyMonth + @")(?!\w)")]
    private static partial Regex DayMonthRegex();

    // A bare month name needs a lead word: "in March", "early May", "last June".
    [GeneratedRegex(@"(?<!\w)(?:" + Preposition + @"\s+(?:" + Modifier + @"[\s-]+)?|" + Modifier + @"[\s-]+|(?<relative>(?i:last|this|next|past))\s+)(?<month>" + FullMonths + @")(?!\w|\s+\d)")]
    private static partial Regex MonthAloneRegex();

    // A year needs a preposition before it and no range or unit after it.
    [GeneratedRegex(@"(?<!\w)" + Preposition + @"\s+(?:(?:the\s+)?" + Modifier + @"[\s-]+)?(?<year>(?:18|19|20|21)\d{2})(?![\d\w]|\s*(?:%|-|–|/)|\s+(?i:to|and|through)\s+\d)")]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"(?<!\w)(?:(?<relative>(?i:last|next|this))\s+|(?i:on|by|until|since|from|before|after|late|early)\s+)?(?<weekday>" + Weekdays + @")(?:\s+(?:morning|afternoon|evening|night))?(?!\w)")]
    private static partial Regex WeekdayRegex();

    [GeneratedRegex(
        @"(?<!\w)(?i:(?<word>today|tonight|yesterday|tomorrow|overnight(?=\s*[,.;:!?)]|\s+(?:on|in|at|to|into|as|when|and|while|after|before|near|across)\b|$)|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)" +
        @"|(?<relative>earlier\s+this|later\s+this|early\s+this|late\s+this|earlier\s+last|early\s+last|late\s+last|later\s+last|early\s+next|late\s+next|last|this|next)\s+(?<unit>week|month|year|night|morning|afternoon|evening)" +
        @"|(?<count>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?<agoUnit>day|week|month|year)s?\s+ago)(?!\w)")]
    private static partial Regex RelativeRegex();
}
