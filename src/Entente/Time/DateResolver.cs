using System.Buffers;
using System.Collections.Frozen;
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
/// "next Friday" strictly after, "this Friday" on or after. A bare weekday shortly after "will", "would",
/// "scheduled" and similar cues is the coming one, on or after publication.</item>
/// <item>"today", "tonight", "this morning" and "overnight" are the publication day ("overnight" reports the
/// night that ended on the publication morning); "yesterday" and "last night" the day before; "tomorrow" the day
/// after. Weeks start on Monday: "last week" is the week before the publication week, "this week",
/// "earlier this week" the publication week. "last/this/next month|year", "earlier this month|year" and
/// "N days|weeks|months|years ago" resolve at their own granularity. Capitalised mid-sentence ("Russia Today",
/// ABC's "This Week") they are names, not dates.</item>
/// <item>Without a publication date, every expression except full dates and month-with-year or year expressions
/// is returned with <see cref="DateGranularity.Unresolved"/> and a null date.</item>
/// </list>
/// <para>Ranges ("from 2020 to 2023", "2023-24") and decades are out of scope and yield nothing.</para>
/// </remarks>
public static partial class DateResolver
{
    private const int FutureToleranceDays = 30;

    // How many characters before a bare weekday are searched for "will", "would", "scheduled" ….
    private const int FutureCueWindow = 30;

    // Month names are matched as written: "may" and "march" are common lower-case words.
    private const string FullMonths = "January|February|March|April|May|June|July|August|September|October|November|December";
    private const string AnyMonth = FullMonths + @"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?";
    private const string Ordinal = @"(?:st|nd|rd|th)?";
    private const string Weekdays = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    // Words that may lead a date and belong to its text ("on October 11", "in early March", "since 2014").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions = FrozenSet.ToFrozenSet(
        ["on", "in", "since", "by", "during", "until", "till", "from", "before", "after", "through", "throughout", "of", "starting", "beginning", "around"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Modifiers = FrozenSet.ToFrozenSet(
        ["early", "late", "mid"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Relatives = FrozenSet.ToFrozenSet(
        ["last", "this", "next", "past"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<string> RelativeKeywords = SearchValues.Create(
        ["today", "tonight", "yesterday", "tomorrow", "overnight", "week", "month", "year", "night", "morning", "afternoon", "evening", " ago"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> FutureCues = SearchValues.Create(
        ["will ", "would ", "'ll ", "’ll ", "scheduled", "due to", "set to", "expected to", "plans to", "planned", "to be held"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<char> SentenceOpeners = SearchValues.Create(".!?:;\"'()“‘—–-");

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
        Collect(candidates, IsoDateRegex(), text, start, length, published, LeadRule.Optional, ResolveFullDate);
        Collect(candidates, MonthDayYearRegex(), text, start, length, published, LeadRule.Optional, ResolveFullDate);
        Collect(candidates, DayMonthYearRegex(), text, start, length, published, LeadRule.Optional, ResolveFullDate);
        Collect(candidates, NumericDateRegex(), text, start, length, published, LeadRule.Optional, ResolveNumericDate);
        Collect(candidates, MonthYearRegex(), text, start, length, published, LeadRule.Optional, ResolveMonthYear);
        Collect(candidates, MonthDayRegex(), text, start, length, published, LeadRule.Optional, ResolveDayWithoutYear);
        Collect(candidates, DayMonthRegex(), text, start, length, published, LeadRule.Optional, ResolveDayWithoutYear);
        Collect(candidates, MonthAloneRegex(), text, start, length, published, LeadRule.RequiredOrRelative, ResolveMonthAlone);
        Collect(candidates, YearRegex(), text, start, length, published, LeadRule.Required, ResolveYear);
        Collect(candidates, WeekdayRegex(), text, start, length, published, LeadRule.OptionalOrRelative, ResolveWeekday);
        if (text.AsSpan(start, length).ContainsAny(RelativeKeywords))
        {
            // The relative pattern starts with common letters; a vectorised search for its key words skips most spans.
            Collect(candidates, RelativeRegex(), text, start, length, published, LeadRule.None, ResolveRelative);
        }

        return ChooseLongest(candidates);
    }

    private delegate (DateOnly? Date, DateGranularity Granularity)? Resolver(Match match, string? relative, DateOnly? published);

    /// <summary>Which words before the matched core ("October 11") belong to the expression.</summary>
    private enum LeadRule
    {
        /// <summary>None: the pattern is complete ("last week").</summary>
        None,

        /// <summary>A preposition or early/late/mid joins the text when present.</summary>
        Optional,

        /// <summary>As <see cref="Optional"/>, or last/this/next/past, which the resolver is told.</summary>
        OptionalOrRelative,

        /// <summary>A preposition or early/late/mid must be present ("in 2023").</summary>
        Required,

        /// <summary>A preposition, early/late/mid, or last/this/next/past must be present ("in March", "last June").</summary>
        RequiredOrRelative,
    }

    // The patterns match the core of an expression, which starts with a digit or a capitalised word and so is
    // found fast; the lead words before it are read here instead of by the regex.
    private static void Collect(List<TimeExpression> found, Regex regex, string text, int start, int length, DateOnly? published, LeadRule rule, Resolver resolve)
    {
        for (var match = regex.Match(text, start, length); match.Success; match = match.NextMatch())
        {
            var (leadStart, hasLead, relative) = rule == LeadRule.None ? (match.Index, false, null) : FindLead(text, start, match.Index, rule);
            if ((rule is LeadRule.Required && !hasLead) || (rule is LeadRule.RequiredOrRelative && !hasLead && relative is null))
            {
                continue;
            }

            if (rule == LeadRule.None && !IsWrittenAsDate(text, start, match))
            {
                continue;
            }

            // A bare weekday after "will", "would", "scheduled" … is the coming one, not the past one.
            if (rule == LeadRule.OptionalOrRelative && relative is null && HasFutureCue(text, start, leadStart))
            {
                relative = "this";
            }

            if (resolve(match, relative, published) is { } resolved)
            {
                var end = match.Index + match.Length;
                found.Add(new TimeExpression(text[leadStart..end], leadStart, end, resolved.Date, resolved.Granularity));
            }
        }
    }

    // "Russia Today", "USA Today" and ABC's "This Week" are names: a capitalised relative expression counts only
    // at the start of a sentence or quote, and never with a capitalised unit ("This Week").
    private static bool IsWrittenAsDate(string text, int floor, Match match)
    {
        if (match.Groups["unit"] is { Success: true } unit && char.IsUpper(text[unit.Index]))
        {
            return false;
        }

        if (!char.IsUpper(text[match.Index]))
        {
            return true;
        }

        var i = match.Index - 1;
        while (i >= floor && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i < floor || SentenceOpeners.Contains(text[i]);
    }

    private static bool HasFutureCue(string text, int floor, int position)
    {
        var windowStart = Math.Max(floor, position - FutureCueWindow);
        return text.AsSpan(windowStart, position - windowStart).ContainsAny(FutureCues);
    }

    private static (int Start, bool HasLead, string? Relative) FindLead(string text, int floor, int coreStart, LeadRule rule)
    {
        if (rule is LeadRule.OptionalOrRelative or LeadRule.RequiredOrRelative
            && PreviousWord(text, floor, coreStart, allowHyphen: false) is { } relative
            && Relatives.Contains(text.AsSpan(relative, coreStart - relative).TrimEnd()))
        {
            return (relative, false, text.AsSpan(relative, coreStart - relative).TrimEnd().ToString());
        }

        var leadStart = coreStart;
        var hasLead = false;
        var position = coreStart;
        if (PreviousWord(text, floor, position, allowHyphen: true) is { } modifier && Modifiers.Contains(Word(text, modifier, position)))
        {
            leadStart = position = modifier;
            hasLead = true;
        }

        // "on the 22nd of October": "the" belongs to a day-first date only, and only with a preposition before it
        // ("since the 2023 election" and "of the January reports" use the date as an adjective).
        if (!hasLead && rule == LeadRule.Optional && char.IsAsciiDigit(text[coreStart])
            && PreviousWord(text, floor, position, allowHyphen: false) is { } article && Word(text, article, position).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            position = article;
        }

        if (PreviousWord(text, floor, position, allowHyphen: false) is { } preposition && Prepositions.Contains(Word(text, preposition, position)))
        {
            leadStart = preposition;
            hasLead = true;
            if (Word(text, preposition, position).Equals("of", StringComparison.OrdinalIgnoreCase)
                && PreviousWord(text, floor, preposition, allowHyphen: false) is { } asWord
                && Word(text, asWord, preposition).Equals("as", StringComparison.OrdinalIgnoreCase))
            {
                leadStart = asWord; // "as of"
            }
        }

        return (leadStart, hasLead, null);
    }

    // Start of the letters-only word that ends, after white space (or a hyphen), right before position; null when none.
    private static int? PreviousWord(string text, int floor, int position, bool allowHyphen)
    {
        var i = position - 1;
        var separatorEnd = i;
        while (i >= floor && (char.IsWhiteSpace(text[i]) || (allowHyphen && text[i] == '-' && i == separatorEnd)))
        {
            i--;
        }

        if (i == separatorEnd || i < floor || !char.IsLetter(text[i]))
        {
            return null;
        }

        while (i >= floor && char.IsLetter(text[i]))
        {
            i--;
        }

        return i >= floor && char.IsLetterOrDigit(text[i]) ? null : i + 1;
    }

    // The word starting at start, without the separator that follows it before end.
    private static ReadOnlySpan<char> Word(string text, int start, int end) => text.AsSpan(start, end - start).TrimEnd().TrimEnd('-');

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

    private static (DateOnly?, DateGranularity)? ResolveFullDate(Match match, string? relative, DateOnly? published)
    {
        var month = ParseMonth(match.Groups["month"].Value);
        return MakeDate(Number(match, "year"), month, Number(match, "day")) is { } date ? (date, DateGranularity.Day) : null;
    }

    private static (DateOnly?, DateGranularity)? ResolveNumericDate(Match match, string? relative, DateOnly? published)
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

    private static (DateOnly?, DateGranularity)? ResolveMonthYear(Match match, string? relative, DateOnly? published)
    {
        var year = Number(match, "year");
        return MakeDate(year, ParseMonth(match.Groups["month"].Value), 1) is { } date ? (date, DateGranularity.Month) : null;
    }

    private static (DateOnly?, DateGranularity)? ResolveDayWithoutYear(Match match, string? relative, DateOnly? published)
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

    private static (DateOnly?, DateGranularity)? ResolveMonthAlone(Match match, string? relative, DateOnly? published)
    {
        var month = ParseMonth(match.Groups["month"].Value);
        if (published is not { } pub)
        {
            return (null, DateGranularity.Unresolved);
        }

        var year = relative?.ToLowerInvariant() switch
        {
            "last" or "past" => month < pub.Month ? pub.Year : pub.Year - 1,
            "next" => month > pub.Month ? pub.Year : pub.Year + 1,
            "this" => pub.Year,
            _ => new DateOnly(pub.Year, month, 1).DayNumber - pub.DayNumber > FutureToleranceDays ? pub.Year - 1 : pub.Year,
        };
        return (new DateOnly(year, month, 1), DateGranularity.Month);
    }

    private static (DateOnly?, DateGranularity)? ResolveYear(Match match, string? relative, DateOnly? published)
    {
        var year = Number(match, "year");
        return year is >= 1800 and <= 2199 ? (new DateOnly(year, 1, 1), DateGranularity.Year) : null;
    }

    private static (DateOnly?, DateGranularity)? ResolveWeekday(Match match, string? relative, DateOnly? published)
    {
        if (published is not { } pub)
        {
            return (null, DateGranularity.Unresolved);
        }

        var weekday = Enum.Parse<DayOfWeek>(match.Groups["weekday"].Value);
        var back = ((int)pub.DayOfWeek - (int)weekday + 7) % 7;
        var forward = ((int)weekday - (int)pub.DayOfWeek + 7) % 7;
        var offset = relative?.ToLowerInvariant() switch
        {
            "last" => -(back == 0 ? 7 : back),
            "next" => forward == 0 ? 7 : forward,
            "this" => forward,
            _ => -back,
        };
        return (pub.AddDays(offset), DateGranularity.Day);
    }

    private static (DateOnly?, DateGranularity)? ResolveRelative(Match match, string? relative, DateOnly? published)
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
        var lead = match.Groups["relative"].Value.ToLowerInvariant();
        var shift = lead.EndsWith("last", StringComparison.Ordinal) ? -1 : lead.EndsWith("next", StringComparison.Ordinal) ? 1 : 0;
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

    [GeneratedRegex(@"(?<!\w)(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?![\d\w])")]
    private static partial Regex IsoDateRegex();

    [GeneratedRegex(@"(?<!\w)(?<month>" + AnyMonth + @")\s+(?<day>\d{1,2})" + Ordinal + @",?\s+(?<year>\d{4})(?!\d)")]
    private static partial Regex MonthDayYearRegex();

    [GeneratedRegex(@"(?<!\w)(?<day>\d{1,2})" + Ordinal + @"\s+(?:of\s+)?(?<month>" + AnyMonth + @")(?:,\s*|\s+)(?<year>\d{4})(?!\d)")]
    private static partial Regex DayMonthYearRegex();

    [GeneratedRegex(@"(?<![\w/.])(?<first>\d{1,2})/(?<second>\d{1,2})/(?<year>\d{4})(?![\w/])")]
    private static partial Regex NumericDateRegex();

    [GeneratedRegex(@"(?<!\w)(?<month>" + AnyMonth + @")(?:\s+of)?,?\s+(?<year>\d{4})(?![\d\w])")]
    private static partial Regex MonthYearRegex();

    [GeneratedRegex(@"(?<!\w)(?<month>" + AnyMonth + @")\s+(?<day>\d{1,2})" + Ordinal + @"(?![\d\w]|[,.]\d)")]
    private static partial Regex MonthDayRegex();

    [GeneratedRegex(@"(?<![\w.,])(?<day>\d{1,2})" + Ordinal + @"\s+(?:of\s+)?(?<month>" + AnyMonth + @")(?!\w)")]
    private static partial Regex DayMonthRegex();

    // A bare month name needs a lead word, checked by the caller: "in March", "early May", "last June".
    [GeneratedRegex(@"(?<!\w)(?<month>" + FullMonths + @")(?!\w|\s+\d)")]
    private static partial Regex MonthAloneRegex();

    // A year needs a preposition before it (checked by the caller) and no range or unit after it.
    [GeneratedRegex(@"(?<![\w.,/])(?<year>(?:18|19|20|21)\d{2})(?![\d\w]|\s*(?:%|-|–|/)|\s+(?i:to|and|through|until)\s+(?:(?i:early|late|mid)[\s-]+)?\d)")]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"(?<!\w)(?<weekday>" + Weekdays + @")(?:\s+(?:morning|afternoon|evening|night))?(?!\w)")]
    private static partial Regex WeekdayRegex();

    [GeneratedRegex(
        @"(?<!\w)(?i:(?<word>today|tonight|yesterday|tomorrow|overnight(?=\s*[,.;:!?)]|\s+(?:on|in|at|to|into|as|when|and|while|after|before|near|across)\b|$)|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)" +
        @"|(?<relative>earlier\s+this|later\s+this|early\s+this|late\s+this|earlier\s+last|early\s+last|late\s+last|later\s+last|early\s+next|late\s+next|last|this|next)\s+(?<unit>week|month|year|night|morning|afternoon|evening)" +
        @"|(?<count>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?<agoUnit>day|week|month|year)s?\s+ago)(?!\w)")]
    private static partial Regex RelativeRegex();
}
