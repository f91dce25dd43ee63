using System.Globalization;
using System.Text.RegularExpressions;

namespace Entente.Tools.Actors;

/// <summary>
/// Reads TABARI/PETRARCH <c>.actors</c> dictionaries. Follows PETRARCH's reader: a primary phrase opens a new
/// entry only once the previous entry has codes, so primary phrases listed back to back before their codes are
/// synonyms of one another; <c>+</c> lines are synonyms; bracketed codes, on their own line or inline, may carry
/// <c>&lt;date</c>, <c>&gt;date</c> or <c>date-date</c> restrictions (YYMMDD years up to 30 are 20YY).
/// </summary>
internal static partial class ActorDictionaryReader
{
    public static List<DictionaryEntry> Read(string path, TextWriter warnings)
    {
        var file = Path.GetFileName(path);
        var entries = new List<DictionaryEntry>();
        DictionaryEntry? current = null;
        var lineNumber = 0;
        foreach (var rawLine in File.ReadLines(path))
        {
            lineNumber++;
            if (rawLine.Contains("---STOP---", StringComparison.Ordinal))
            {
                break;
            }

            var line = XmlComment().Replace(rawLine, " ");
            if (line.TrimStart().StartsWith('#') || line.TrimStart().StartsWith('<'))
            {
                continue;
            }

            string? comment = null;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                comment = line[(hash + 1)..].Trim();
                line = line[..hash];
            }

            var semicolon = line.IndexOf(';', StringComparison.Ordinal);
            if (semicolon >= 0)
            {
                comment ??= line[(semicolon + 1)..].Trim();
                line = line[..semicolon];
            }

            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            var bracket = trimmed.IndexOf('[', StringComparison.Ordinal);
            var phrase = (bracket >= 0 ? trimmed[..bracket] : trimmed).Trim();
            var codeText = bracket >= 0 ? trimmed[bracket..] : string.Empty;

            if (phrase.Length == 0)
            {
                if (current is null)
                {
                    warnings.WriteLine($"{file}:{lineNumber}: code line before any actor phrase; skipped");
                    continue;
                }
            }
            else if (phrase.StartsWith('+'))
            {
                if (current is null)
                {
                    warnings.WriteLine($"{file}:{lineNumber}: synonym before any primary phrase; skipped");
                    continue;
                }

                AddPhrase(current, phrase[1..]);
            }
            else
            {
                if (current is null || current.Codes.Count > 0)
                {
                    current = new DictionaryEntry { SourceFile = file, Line = lineNumber };
                    entries.Add(current);
                }

                AddPhrase(current, phrase);
            }

            if (comment is { Length: > 0 })
            {
                current.Comments.Add(comment);
            }

            foreach (Match code in BracketedCode().Matches(codeText))
            {
                if (ParseCode(code.Groups[1].Value, out var restriction, out var error))
                {
                    if (restriction is not null)
                    {
                        current.Codes.Add(restriction);
                    }
                }
                else
                {
                    warnings.WriteLine($"{file}:{lineNumber}: {error}; code skipped");
                }
            }
        }

        var withoutCodes = entries.Where(e => e.Codes.Count == 0).ToList();
        foreach (var entry in withoutCodes)
        {
            warnings.WriteLine($"{entry.SourceFile}:{entry.Line}: actor '{entry.Phrases[0]}' has no code; skipped");
        }

        return entries.Where(e => e.Codes.Count > 0).ToList();
    }

    private static void AddPhrase(DictionaryEntry entry, string phrase)
    {
        // Tabs inside a phrase are typing slips for underscores ("OSMAN_OLCAY\t_TURKEY_").
        var cleaned = phrase.Replace('\t', '_').Trim().Trim('_').Trim();
        if (cleaned.Length > 0)
        {
            entry.Phrases.Add(cleaned);
        }
    }

    /// <summary>Parses "RUSGOV", "RUSGOV &gt;080508", "RUSGOV 991231-080507"; the null code "---" yields no restriction.</summary>
    internal static bool ParseCode(string text, out CodeRestriction? restriction, out string error)
    {
        restriction = null;
        error = string.Empty;
        var parts = text.Trim().Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            error = "empty code";
            return false;
        }

        var code = parts[0];
        if (code.StartsWith("---", StringComparison.Ordinal))
        {
            return true;
        }

        if (!CodePattern().IsMatch(code))
        {
            error = $"'{code}' is not a code";
            return false;
        }

        if (parts.Length == 1)
        {
            restriction = new CodeRestriction(code, null, null);
            return true;
        }

        var rest = parts[1].Replace(" ", string.Empty, StringComparison.Ordinal);
        if (rest.StartsWith('<') || rest.StartsWith('>'))
        {
            if (!TryParseDate(rest[1..], out var date))
            {
                error = $"date '{rest}' could not be read";
                return false;
            }

            restriction = rest[0] == '<' ? new CodeRestriction(code, null, date) : new CodeRestriction(code, date, null);
            return true;
        }

        var dash = rest.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0 || !TryParseDate(rest[..dash], out var from) || !TryParseDate(rest[(dash + 1)..], out var to))
        {
            error = $"date restriction '{rest}' could not be read";
            return false;
        }

        if (to < from)
        {
            error = $"interval '{rest}' ends before it starts";
            return false;
        }

        restriction = new CodeRestriction(code, from, to);
        return true;
    }

    private static bool TryParseDate(string text, out DateOnly date)
    {
        date = default;
        if (text.Length is not (6 or 8) || !text.All(char.IsAsciiDigit))
        {
            return false;
        }

        int year;
        int rest;
        if (text.Length == 8)
        {
            year = int.Parse(text[..4], CultureInfo.InvariantCulture);
            rest = 4;
        }
        else
        {
            var twoDigits = int.Parse(text[..2], CultureInfo.InvariantCulture);
            year = twoDigits <= 30 ? 2000 + twoDigits : 1900 + twoDigits;
            rest = 2;
        }

        var month = int.Parse(text.AsSpan(rest, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(text.AsSpan(rest + 2, 2), CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"<!--.*?-->")]
    private static partial Regex XmlComment();

    [GeneratedRegex(@"\[([^\]]*)\]")]
    private static partial Regex BracketedCode();

    [GeneratedRegex(@"^[A-Z0-9]{3,}$")]
    private static partial Regex CodePattern();
}
