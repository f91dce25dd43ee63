using System.Collections.Frozen;

namespace Entente.Language.Tokenization;

/// <summary>
/// Cuts one whitespace-delimited chunk of text into tokens following UD English-EWT conventions: opening and
/// closing punctuation, clitics ("Iran's" → "Iran" "'s", "don't" → "do" "n't"), hyphens (split except after
/// prefixes such as "non-", "re-", "e-"), slashes, dashes and ellipses, while URLs, e-mail addresses, numbers,
/// dates, times and abbreviations stay whole.
/// </summary>
internal sealed class WordScanner
{
    /// <summary>Prefixes after which UD EWT keeps a hyphenated word whole ("non-Western", "re-elected").</summary>
    private static readonly FrozenSet<string> HyphenPrefixes = FrozenSet.ToFrozenSet(
    [
        "e", "non", "pre", "anti", "mid", "re", "post", "co", "over", "pro", "multi", "ex", "sub", "semi",
        "cross", "neo", "psycho", "socio", "counter", "intra", "inter", "micro", "macro", "un", "arch", "mega",
        "ultra", "extra", "infra", "bi", "tri", "quasi", "pseudo", "trans", "geo", "euro", "afro", "mis",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Apostrophe-less contractions that EWT splits into two words, with the length of the first.</summary>
    private static readonly FrozenDictionary<string, int> FusedContractions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["cannot"] = 3, ["gonna"] = 3, ["wanna"] = 3, ["gotta"] = 3, ["dont"] = 2, ["doesnt"] = 4, ["didnt"] = 3,
        ["isnt"] = 2, ["wasnt"] = 3, ["arent"] = 3, ["werent"] = 4, ["hasnt"] = 3, ["havent"] = 4, ["hadnt"] = 3,
        ["couldnt"] = 5, ["wouldnt"] = 5, ["shouldnt"] = 6,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Emoticons kept as single tokens.</summary>
    private static readonly FrozenSet<string> Emoticons = FrozenSet.ToFrozenSet(
    [
        ":)", ":-)", ":(", ":-(", ";)", ";-)", ":D", ":-D", ":P", ":-P", ":p", "=)", "(:", "):", ":/", ":-/",
        "^_^", "<3", ":'(", "XD", ":O", ":o",
    ], StringComparer.Ordinal);

    /// <summary>Words that begin with an apostrophe ("'em", "'90s") rather than follow an opening quote.</summary>
    private static readonly FrozenSet<string> ApostropheWords = FrozenSet.ToFrozenSet(
    ["em", "til", "cause", "n", "s", "m", "re", "ve", "ll", "d"], StringComparer.OrdinalIgnoreCase);

    private readonly bool _keepHyphenatedWords;

    public WordScanner(bool keepHyphenatedWords) => _keepHyphenatedWords = keepHyphenatedWords;

    /// <summary>Appends the tokens of <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) to <paramref name="output"/>.</summary>
    public void ScanChunk(ReadOnlySpan<char> text, int start, int end, List<TokenSpan> output)
    {
        if (end - start <= 3 && text[start] is ':' or ';' or '=' or '(' or ')' or '^' or '<' or 'X'
            && Emoticons.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text[start..end]))
        {
            output.Add(new TokenSpan(start, end));
            return;
        }

        // Opening punctuation first, so that "(http://…" and "“Iran's" are seen without it.
        var s = start;
        while (s < end)
        {
            var c = text[s];
            if (c == '`' && s + 1 < end && text[s + 1] == '`')
            {
                output.Add(new TokenSpan(s, s + 2));
                s += 2;
            }
            else if (IsSeparatePrefix(text, s, end))
            {
                output.Add(new TokenSpan(s, s + 1));
                s++;
            }
            else if (CharClasses.IsApostrophe(c) && !StartsApostropheWord(text, s, end))
            {
                var run = s + 1 < end && text[s + 1] == c ? 2 : 1;
                output.Add(new TokenSpan(s, s + run));
                s += run;
            }
            else
            {
                break;
            }
        }

        if (s == end)
        {
            return;
        }

        var e = end;
        if (UrlLength(text[s..end]) is var urlLength and > 0)
        {
            e = s + TrimUrl(text[s..(s + urlLength)]);
            output.Add(new TokenSpan(s, e));
            if (e < end)
            {
                ScanMiddle(text, e, end, output);
            }

            return;
        }

        // Closing punctuation and clitics are collected from the right and emitted after the middle.
        Span<TokenSpan> suffixes = stackalloc TokenSpan[16];
        var suffixCount = 0;
        while (e > s && suffixCount < suffixes.Length)
        {
            var c = text[e - 1];
            if (CharClasses.IsTerminal(c))
            {
                var runStart = e - 1;
                while (runStart > s && CharClasses.IsTerminal(text[runStart - 1]))
                {
                    runStart--;
                }

                if (runStart == s)
                {
                    break;
                }

                if (e - runStart == 1 && c == '.' && PeriodBelongsToWord(text[s..(e - 1)]))
                {
                    break;
                }

                // "Inc.." is the abbreviation "Inc." and a full stop.
                if (e - runStart == 2 && c == '.' && text[runStart] == '.' && PeriodBelongsToWord(text[s..runStart]))
                {
                    suffixes[suffixCount++] = new TokenSpan(e - 1, e);
                    e--;
                    break;
                }

                suffixes[suffixCount++] = new TokenSpan(runStart, e);
                e = runStart;
            }
            else if (CharClasses.IsApostrophe(c) && e - 2 >= s && text[e - 2] == c)
            {
                suffixes[suffixCount++] = new TokenSpan(e - 2, e);
                e -= 2;
            }
            else if (CharClasses.IsClosing(c) || CharClasses.IsApostrophe(c) || c is ',' or ';' or ':' or '%' or '…' or '‰'
                     || (c is '>' or '+' && e - 2 >= s && char.IsLetterOrDigit(text[e - 2])))
            {
                if (e - 1 == s)
                {
                    break;
                }

                suffixes[suffixCount++] = new TokenSpan(e - 1, e);
                e--;
            }
            else if (CliticLength(text[s..e]) is var cliticLength and > 0)
            {
                suffixes[suffixCount++] = new TokenSpan(e - cliticLength, e);
                e -= cliticLength;
            }
            else
            {
                break;
            }
        }

        if (e > s)
        {
            ScanMiddle(text, s, e, output);
        }

        for (var i = suffixCount - 1; i >= 0; i--)
        {
            output.Add(suffixes[i]);
        }
    }

    /// <summary>
    /// True for an opening bracket or quote, and for symbols EWT cuts from what follows: currency before an
    /// amount ("$5"), a number sign ("#1") and the angle bracket around an address ("&lt;press@voa.com&gt;").
    /// </summary>
    private static bool IsSeparatePrefix(ReadOnlySpan<char> text, int position, int end)
    {
        var c = text[position];
        if (CharClasses.IsOpening(c))
        {
            return true;
        }

        if (position + 1 >= end)
        {
            return false;
        }

        var next = text[position + 1];
        return (CharClasses.IsCurrency(c) || c == '#') ? char.IsDigit(next) : c == '<' && char.IsLetterOrDigit(next);
    }

    /// <summary>Splits the inside of a chunk at dashes, brackets, non-numeric commas, slashes and hyphens.</summary>
    private void ScanMiddle(ReadOnlySpan<char> text, int start, int end, List<TokenSpan> output)
    {
        var tokenStart = start;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            var cut = 0;
            if (CharClasses.IsAlwaysSeparate(c) || c == '‘' || (c == '’' && i == tokenStart))
            {
                cut = 1;
            }
            else if (c == '-')
            {
                var run = RunLength(text, i, end, '-');
                if (run > 1)
                {
                    cut = run;
                }
                else if (ShouldSplitHyphen(text, tokenStart, i, end))
                {
                    cut = 1;
                }
            }
            else if (CharClasses.IsTerminal(c))
            {
                // "...", "?!" and "!!!" are single tokens; a lone period inside a word ("3.5", "enron.com") stays.
                var run = 1;
                while (i + run < end && CharClasses.IsTerminal(text[i + run]))
                {
                    run++;
                }

                cut = run > 1 || c != '.' ? run : 0;
            }
            else if (c is ',' or ':')
            {
                var numeric = i > start && i + 1 < end && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);
                if (!numeric)
                {
                    cut = 1;
                }
            }
            else if (c == '/')
            {
                if (ShouldSplitSlash(text, tokenStart, i, end))
                {
                    cut = 1;
                }
            }
            else if (CharClasses.IsRepeatable(c))
            {
                // A single '_', '+' or '#' joins a word ("file_name", "+44", "#Iran"); runs are separators.
                var run = RunLength(text, i, end, c);
                cut = run == 1 && c is '_' or '+' or '#' ? 0 : run;
            }
            else if (CharClasses.IsCurrency(c) && i == tokenStart && i + 1 < end && char.IsDigit(text[i + 1]))
            {
                cut = 1;
            }

            if (cut == 0)
            {
                i++;
                continue;
            }

            if (i > tokenStart)
            {
                AddPiece(text, tokenStart, i, output);
            }

            output.Add(new TokenSpan(i, i + cut));
            i += cut;
            tokenStart = i;
        }

        if (tokenStart < end)
        {
            AddPiece(text, tokenStart, end, output);
        }
    }

    /// <summary>Adds a piece of a word, cutting a unit from its number as EWT does ("375mm" → "375" "mm").</summary>
    private static void AddPiece(ReadOnlySpan<char> text, int start, int end, List<TokenSpan> output)
    {
        var unit = NumberUnitBoundary(text[start..end]);
        if (unit > 0)
        {
            output.Add(new TokenSpan(start, start + unit));
            output.Add(new TokenSpan(start + unit, end));
        }
        else
        {
            output.Add(new TokenSpan(start, end));
        }
    }

    /// <summary>
    /// Where letters start after a leading number ("24hrs", "8gb", "5pm"), or 0 when the piece is not a number
    /// followed only by letters, or the letters are an ordinal or plural ending ("300th", "1990s").
    /// </summary>
    private static int NumberUnitBoundary(ReadOnlySpan<char> piece)
    {
        if (piece.Length < 2 || !char.IsDigit(piece[0]))
        {
            return 0;
        }

        var digits = 1;
        while (digits < piece.Length && (char.IsDigit(piece[digits]) || (piece[digits] is '.' or ',' && digits + 1 < piece.Length && char.IsDigit(piece[digits + 1]))))
        {
            digits++;
        }

        var letters = piece[digits..];
        if (letters.IsEmpty)
        {
            return 0;
        }

        foreach (var c in letters)
        {
            if (!char.IsAsciiLetter(c))
            {
                return 0;
            }
        }

        var ordinalOrPlural = letters is "st" or "nd" or "rd" or "th" or "s" or "ST" or "ND" or "RD" or "TH" or "S";
        return ordinalOrPlural ? 0 : digits;
    }

    private bool ShouldSplitHyphen(ReadOnlySpan<char> text, int tokenStart, int hyphen, int end)
    {
        var hasLeft = hyphen > tokenStart && char.IsLetterOrDigit(text[hyphen - 1]);
        var hasRight = hyphen + 1 < end && char.IsLetterOrDigit(text[hyphen + 1]);
        if (!hasLeft || !hasRight)
        {
            // EWT splits leading and trailing hyphens, minus signs included ("-0.39" → "-" "0.39").
            return true;
        }

        if (_keepHyphenatedWords)
        {
            return false;
        }

        if (char.IsDigit(text[hyphen - 1]) && char.IsDigit(text[hyphen + 1]))
        {
            return !IsDigitCode(text, tokenStart, end);
        }

        // A prefix only starts a word: in "Tehrik-e-Taliban" the "e" is not the "e-" of "e-mail".
        var startsWord = tokenStart == 0 || text[tokenStart - 1] != '-';
        return !(startsWord && HyphenPrefixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text[tokenStart..hyphen]));
    }

    /// <summary>
    /// True for digit groups joined by hyphens that EWT keeps whole: dates and phone numbers ("2024-10-11",
    /// "713-853-3989", "3-5213"); number ranges of two groups ("1969-1970") are split.
    /// </summary>
    private static bool IsDigitCode(ReadOnlySpan<char> text, int tokenStart, int end)
    {
        var groups = 1;
        var firstLength = 0;
        var lastLength = 0;
        for (var i = tokenStart; i < end; i++)
        {
            var c = text[i];
            if (c == '-')
            {
                groups++;
                lastLength = 0;
            }
            else if (char.IsDigit(c))
            {
                lastLength++;
                if (groups == 1)
                {
                    firstLength++;
                }
            }
            else
            {
                break;
            }
        }

        return groups >= 3 || (groups == 2 && firstLength <= 3 && lastLength == 4);
    }

    private static bool ShouldSplitSlash(ReadOnlySpan<char> text, int tokenStart, int slash, int end)
    {
        if (slash == tokenStart || slash + 1 >= end)
        {
            return true;
        }

        if (char.IsDigit(text[slash - 1]) && char.IsDigit(text[slash + 1]))
        {
            return false;
        }

        // Single letters around a slash ("w/o", "l/c", "A/C") make one word; words ("and/or") are split.
        var left = slash - tokenStart;
        var right = 0;
        while (slash + 1 + right < end && char.IsLetterOrDigit(text[slash + 1 + right]))
        {
            right++;
        }

        return left > 1 && right > 1;
    }

    private static int RunLength(ReadOnlySpan<char> text, int start, int end, char c)
    {
        var i = start;
        while (i < end && text[i] == c)
        {
            i++;
        }

        return i - start;
    }

    /// <summary>
    /// True when the final period of <paramref name="word"/>+"." is part of the word: known abbreviations,
    /// initials ("J."), and letter-dot sequences ("U.S.", "e.g.", "a.m.").
    /// </summary>
    internal static bool PeriodBelongsToWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        if (Abbreviations.IsKnown(word))
        {
            return true;
        }

        if (word.Length == 1)
        {
            // An initial ("J. R. R."), but not the pronoun "I" ending a sentence.
            return char.IsUpper(word[0]) && word[0] != 'I';
        }

        // Letter-dot sequences: every dot-separated part is one or two letters and there is at least one dot.
        var hasDot = false;
        var partLength = 0;
        foreach (var c in word)
        {
            if (c == '.')
            {
                if (partLength == 0)
                {
                    return false;
                }

                hasDot = true;
                partLength = 0;
            }
            else if (char.IsLetter(c) && partLength < 2)
            {
                partLength++;
            }
            else
            {
                return false;
            }
        }

        return hasDot && partLength > 0;
    }

    /// <summary>Length of a clitic at the end of a word ("'s", "n't", "'ll"), or 0.</summary>
    private static int CliticLength(ReadOnlySpan<char> word)
    {
        var n = word.Length;
        if (n >= 4 && (word[n - 1] is 't' or 'T') && CharClasses.IsApostrophe(word[n - 2]) && (word[n - 3] is 'n' or 'N')
            && char.IsLetter(word[n - 4]))
        {
            return 3;
        }

        if (n >= 3 && CharClasses.IsApostrophe(word[n - 2]) && (word[n - 1] is 's' or 'S' or 'm' or 'M' or 'd' or 'D')
            && (char.IsLetter(word[n - 3]) || word[n - 3] == '.'))
        {
            return 2;
        }

        if (n >= 4 && CharClasses.IsApostrophe(word[n - 3]) && char.IsLetter(word[n - 4])
            && (word[(n - 2)..].Equals("re", StringComparison.OrdinalIgnoreCase)
                || word[(n - 2)..].Equals("ve", StringComparison.OrdinalIgnoreCase)
                || word[(n - 2)..].Equals("ll", StringComparison.OrdinalIgnoreCase)))
        {
            return 3;
        }

        if (n is >= 4 and <= 8 && word[^1] is 't' or 'T' or 'a' or 'A' && FusedContractions.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var firstLength))
        {
            return n - firstLength;
        }

        return 0;
    }

    /// <summary>True when the apostrophe at <paramref name="start"/> begins a word ("'s", "'em", "'90s").</summary>
    private static bool StartsApostropheWord(ReadOnlySpan<char> text, int start, int end)
    {
        var rest = start + 1;
        var wordEnd = rest;
        while (wordEnd < end && char.IsLetterOrDigit(text[wordEnd]))
        {
            wordEnd++;
        }

        if (wordEnd == rest)
        {
            return false;
        }

        var word = text[rest..wordEnd];
        if (char.IsDigit(word[0]))
        {
            // "'90s", "'08"
            return word.Length <= 3;
        }

        return ApostropheWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    /// <summary>Length of a URL or e-mail address at the start of <paramref name="chunk"/>, or 0.</summary>
    private static int UrlLength(ReadOnlySpan<char> chunk)
    {
        if (chunk.Length < 5)
        {
            return 0;
        }

        if (chunk[0] is 'h' or 'H' or 'w' or 'W' or 'f' or 'F' or 'm' or 'M' && (chunk.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || chunk.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || chunk.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
            || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || chunk.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)))
        {
            return chunk.Length;
        }

        // E-mail: word characters, '@', then a domain with a dot.
        var at = chunk.IndexOf('@');
        if (at > 0 && chunk[(at + 1)..].IndexOf('.') is var dot and > 0 && at + 1 + dot + 1 < chunk.Length
            && char.IsLetter(chunk[at + 1 + dot + 1]) && IsEmailLocalPart(chunk[..at]))
        {
            return chunk.Length;
        }

        return 0;
    }

    private static bool IsEmailLocalPart(ReadOnlySpan<char> local)
    {
        foreach (var c in local)
        {
            if (!char.IsLetterOrDigit(c) && c is not ('.' or '_' or '%' or '+' or '-' or '\''))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Drops closing punctuation from the end of a URL, keeping a ")" that closes a "(" inside it.</summary>
    private static int TrimUrl(ReadOnlySpan<char> url)
    {
        var length = url.Length;
        while (length > 1)
        {
            var c = url[length - 1];
            if (c == ')' && url[..(length - 1)].Contains('('))
            {
                break;
            }

            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"' or '”' or '’' or ')' or ']' or '>' or '}')
            {
                length--;
            }
            else
            {
                break;
            }
        }

        return length;
    }
}
