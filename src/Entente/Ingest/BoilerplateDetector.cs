using System.Text.RegularExpressions;

namespace Entente.Ingest;

/// <summary>
/// Finds the parts of a plain-text article that are page furniture rather than reporting: link lists, tables of
/// contents, "related" blocks, image credits, breadcrumb and credit lines, trailing link titles, lines in another
/// script, and calls to action. Later stages extract nothing from these ranges. Cues are general (layout,
/// punctuation, stock phrases addressed to the reader), and tuned for precision: ordinary headings, tables and
/// prose that merely uses the same words are left alone.
/// </summary>
public static partial class BoilerplateDetector
{
    private const int ShortLineWords = 12;

    private static readonly HashSet<string> MinorWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "vs", "with", "at", "by", "from", "as", "is", "&",
    };

    // Phrases addressed to the reader about the page itself, not about the news. Run on every line of every article;
    // the non-backtracking engine scans this many-branched pattern about twice as fast as the backtracking one.
    private static readonly Regex ReaderActionPattern = new(
        @"\bshare your (?:thoughts|views|opinions?|comments?|experiences?|stories|feedback|reactions?)\b|\b(?:in|into) the comments? (?:section )?below\b|\bin the comments? section\b|\b(?:leave|drop|post) (?:us )?a comment\b|\blet us know (?:what you think|your thoughts|in the comments)\b|\b(?:subscribe|sign up|signup|register) (?:to|for) (?:our|my|the) (?:free |daily |weekly |monthly )?(?:newsletters?|channel|podcast|updates|mailing list|alerts|youtube)\b|\b(?:our|my) (?:free |daily |weekly |monthly )?newsletters?\b|\bnewsletter (?:sign[- ]?up|subscription)\b|\b(?:follow|join|like|find) us (?:on|at) (?:facebook|twitter|x|instagram|telegram|linkedin|youtube|tiktok|whatsapp|threads|bluesky|mastodon|social media|google news)\b|\bfollow us for (?:more|updates|the latest)\b|\bclick (?:here|the link|on the link|below)\b|\btap here\b|\b(?:explore|read|check out|browse|see|visit|discover) (?:our|more of our|all of our|all our) (?:other |latest |related |recent |more )?(?:articles|stories|posts|coverage|content|guides|reports)\b|\b(?:related|recommended|similar) (?:articles|stories|posts|reading)\b|\byou (?:may|might|will) also (?:like|enjoy|be interested)\b|\ball rights reserved\b|\bcopyright ©|©\s*(?:19|20)\d\d|\bwe encourage (?:you|readers) to (?:share|comment|subscribe|explore|read|join|follow|leave)\b|\bthanks? (?:you )?for reading\b|\bif you (?:enjoyed|liked|found) this (?:article|post|story)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>Character ranges [Start, End) of boilerplate in <paramref name="text"/>, sorted and merged.</summary>
    public static IReadOnlyList<(int Start, int End)> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = TextLine.Split(text);
        var marked = new bool[lines.Count];

        MarkListsUnderHeadings(lines, marked);
        MarkLinkLists(lines, marked);
        MarkFurnitureLines(text, lines, marked);

        var ranges = new List<(int Start, int End)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (marked[i])
            {
                ranges.Add((lines[i].Start, lines[i].End));
            }
            else
            {
                ranges.AddRange(CallToActionSentences(lines[i]));
            }
        }

        return Merge(text, ranges);
    }

    // A "Table of Contents" or "Related stories" heading: it and the list under it are navigation.
    private static void MarkListsUnderHeadings(List<TextLine> lines, bool[] marked)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var heading = lines[i].Text;
            var contents = ContentsHeading().IsMatch(heading);
            if (!contents && !ListHeading().IsMatch(heading))
            {
                continue;
            }

            marked[i] = true;
            var next = NextNonBlank(lines, i + 1);
            if (next < 0)
            {
                continue;
            }

            if (lines[next].IsBullet)
            {
                for (var j = next; j < lines.Count && (lines[j].IsBullet || lines[j].IsBlank); j++)
                {
                    marked[j] = !lines[j].IsBlank;
                }
            }
            else if (contents)
            {
                // A table of contents without bullets lists headings that come back later in the text.
                var later = lines.Skip(i + 1).Select(line => line.Text).ToList();
                for (var j = next; j < lines.Count && !lines[j].IsBlank && IsShortUnpunctuated(lines[j].Text)
                    && later.Skip(j - i).Contains(lines[j].Text, StringComparer.Ordinal); j++)
                {
                    marked[j] = true;
                }
            }
            else
            {
                for (var j = next; j < lines.Count && !lines[j].IsBlank && IsShortUnpunctuated(lines[j].Text); j++)
                {
                    marked[j] = true;
                }
            }
        }
    }

    // A run of short, title-cased bullet lines dropped between paragraphs is a list of links to other pages.
    private static void MarkLinkLists(List<TextLine> lines, bool[] marked)
    {
        var i = 0;
        while (i < lines.Count)
        {
            if (!lines[i].IsBullet || marked[i])
            {
                i++;
                continue;
            }

            var end = i;
            while (end < lines.Count && lines[end].IsBullet && !marked[end])
            {
                end++;
            }

            var items = lines.Skip(i).Take(end - i).Select(line => line.BulletText).ToList();
            var previous = PreviousNonBlank(lines, i - 1);
            // A list that a colon or a heading introduces belongs to the article; link lists interrupt prose.
            var introduced = previous >= 0 && (lines[previous].Text.EndsWith(':')
                || (!lines[previous].IsBullet && IsShortUnpunctuated(lines[previous].Text)));
            var linkLike = items.Count >= 2 && !introduced
                && items.All(IsShortUnpunctuated)
                && items.Count(IsTitleCase) * 2 >= items.Count;
            if (linkLike)
            {
                for (var j = i; j < end; j++)
                {
                    marked[j] = true;
                }
            }

            i = end;
        }
    }

    private static void MarkFurnitureLines(string text, List<TextLine> lines, bool[] marked)
    {
        var englishLike = LatinShare(text) >= 0.9;
        var lastProse = lines.FindLastIndex(line => IsProse(line.Text));
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Text;
            if (marked[i] || lines[i].IsBlank)
            {
                continue;
            }

            marked[i] = ChromeLine().IsMatch(line)
                || IsSeparatedSegments(lines, i)
                || IsCredit(line)
                || (englishLike && IsForeignScript(line))
                || (i > lastProse && lastProse >= 0 && IsTitleWithOutlet(line));
        }
    }

    // "Photo bank ∙ For the Media ∙ President of Russia", "Home › World › Europe": short segments between separators.
    private static bool IsSeparatedSegments(List<TextLine> lines, int index)
    {
        var line = lines[index].Text;
        var separators = SegmentSeparator().Matches(line);
        if (separators.Count < 2)
        {
            return false;
        }

        // Pipes in a table row, or in lines around it, are a table: content.
        var pipes = separators.Any(separator => separator.Value.Trim() == "|");
        if (pipes && (line.TrimStart().StartsWith('|') || line.TrimEnd().EndsWith('|')
            || NeighbourHasPipe(lines, index - 1) || NeighbourHasPipe(lines, index + 1)))
        {
            return false;
        }

        var segments = SegmentSeparator().Split(line).Select(segment => segment.Trim()).Where(segment => segment.Length > 0).ToList();
        return segments.Count >= 3 && segments.All(segment => WordCount(segment) <= 6 && !EndsSentence(segment));
    }

    private static bool NeighbourHasPipe(List<TextLine> lines, int index) =>
        index >= 0 && index < lines.Count && lines[index].Text.Contains('|', StringComparison.Ordinal);

    private static bool IsCredit(string line)
    {
        if (CreditPrefix().IsMatch(line) || WireCredit().IsMatch(line))
        {
            return WordCount(line) <= 40;
        }

        return line.Length <= 250 && WordCount(line) <= 25 && !IsProse(line) && AgencyCredit().IsMatch(line);
    }

    // A line largely in another script inside an English article is a caption, a credit or a link title.
    private static bool IsForeignScript(string line)
    {
        var latin = 0.0;
        var other = 0.0;
        foreach (var c in line)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            if (IsLatin(c))
            {
                latin++;
            }
            else
            {
                // One Han or kana character carries about a word, where a Latin letter carries a fifth of one.
                other += IsIdeographic(c) ? 2 : 1;
            }
        }

        // A stray look-alike letter (a Greek capital in "Υes") is a typo, not a line in another script.
        var share = other / Math.Max(1, latin + other);
        return other >= 3 && (share >= 0.5 || (share >= 0.25 && !IsProse(line)));
    }

    // "Vladimir Putin: Russia's president in power for 20 years - CBBC Newsround" after the last paragraph.
    private static bool IsTitleWithOutlet(string line)
    {
        var match = TitleWithOutlet().Match(line);
        return match.Success && !EndsSentence(line) && WordCount(line) <= 25
            && WordCount(match.Groups["title"].Value) >= 3 && WordCount(match.Groups["outlet"].Value) <= 5;
    }

    private static IEnumerable<(int Start, int End)> CallToActionSentences(TextLine line)
    {
        // Most lines have no cue at all; one scan of the whole line saves splitting it into sentences.
        if (line.IsBlank || !(ReaderActionPattern.IsMatch(line.Text) || ImperativeAfterSentenceEnd().IsMatch(line.Text)))
        {
            yield break;
        }

        var start = 0;
        foreach (Match boundary in SentenceBoundary().Matches(line.Text))
        {
            if (CallToAction(line.Text, start, boundary.Index) is { } range)
            {
                yield return (line.Start + range.Start, line.Start + range.End);
            }

            start = boundary.Index + boundary.Length;
        }

        if (CallToAction(line.Text, start, line.Text.Length) is { } last)
        {
            yield return (line.Start + last.Start, line.Start + last.End);
        }
    }

    // The sentence [start, end) of the line when it speaks to the reader; only the parenthesis when the cue is in one.
    private static (int Start, int End)? CallToAction(string line, int start, int end)
    {
        var sentence = line[start..end];
        var match = ReaderActionPattern.Match(sentence);
        if (!match.Success)
        {
            match = ImperativeStart().Match(sentence);
        }

        if (!match.Success)
        {
            return null;
        }

        var open = sentence.LastIndexOf('(', match.Index);
        var close = open < 0 ? -1 : sentence.IndexOf(')', match.Index);
        return open >= 0 && close > open ? (start + open, start + close + 1) : (start, end);
    }

    private static List<(int Start, int End)> Merge(string text, List<(int Start, int End)> ranges)
    {
        ranges.Sort();
        var merged = new List<(int Start, int End)>();
        foreach (var range in ranges)
        {
            if (merged.Count > 0 && IsBlank(text, merged[^1].End, range.Start))
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, range.End));
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }

    private static bool IsBlank(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int NextNonBlank(List<TextLine> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (!lines[i].IsBlank)
            {
                return i;
            }
        }

        return -1;
    }

    private static int PreviousNonBlank(List<TextLine> lines, int from)
    {
        for (var i = from; i >= 0; i--)
        {
            if (!lines[i].IsBlank)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsShortUnpunctuated(string text) =>
        WordCount(text) <= ShortLineWords && !EndsSentence(text) && !text.TrimEnd().EndsWith(',') && !InnerSentenceEnd().IsMatch(text);

    // Headline style: most words that are not short function words start with a capital (or a digit).
    private static bool IsTitleCase(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word.Any(char.IsLetterOrDigit) && !MinorWords.Contains(word))
            .ToList();
        return words.Count > 0 && words.Count(word => !char.IsLower(word.First(char.IsLetterOrDigit))) * 10 >= words.Count * 7;
    }

    // Prose: a line of some length that ends the way sentences end.
    private static bool IsProse(string line) => WordCount(line) >= ShortLineWords && EndsSentence(line);

    private static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd().TrimEnd('"', '\u201D', '\u2019', '\'', ')');
        return trimmed.EndsWith('.') || trimmed.EndsWith('!') || trimmed.EndsWith('\u2026');
    }

    private static int WordCount(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            words += !space && !inWord ? 1 : 0;
            inWord = !space;
        }

        return words;
    }

    private static double LatinShare(string text)
    {
        var latin = 0;
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                latin += IsLatin(c) ? 1 : 0;
            }
        }

        return letters == 0 ? 1 : (double)latin / letters;
    }

    private static bool IsLatin(char c) => c < '\u0250' || (c >= '\u1E00' && c <= '\u1EFF');

    private static bool IsIdeographic(char c) =>
        (c >= '\u3040' && c <= '\u30FF') || (c >= '\u3400' && c <= '\u9FFF') || (c >= '\uAC00' && c <= '\uD7AF') || (c >= '\uF900' && c <= '\uFAFF');

    [GeneratedRegex(@"^(?:table of contents|contents|article contents|in this (?:article|story|post|page|guide)|on this page|jump to|quick links|what's inside)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContentsHeading();

    [GeneratedRegex(@"^(?:related(?: articles| stories| posts| coverage| content| reading| links| news| topics| videos)?|read more|read next|also read|read also|more stories|more from [\w .'-]{1,30}|recommended(?: for you| reading| stories| articles)?|you (?:may|might) also (?:like|enjoy)|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|popular(?: stories| posts| articles)?|see also|further reading|share this(?: article| story| post| page)?|follow us|latest (?:news|stories|articles))\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListHeading();

    [GeneratedRegex(@"^(?:advertisement|advert|ad|sponsored|sponsored content|paid content|skip to (?:main )?content|share|share this|share on \w+|tweet|email|e-mail|print|comments?|\d+ comments?|leave a comment|loading\.*|subscribe(?: now)?|sign up(?: now)?|log ?in|sign in|menu|search|close|back to top|scroll to top|continue reading|show more|view comments|listen to this article|click to share|cookie settings|accept cookies|all rights reserved\.?|tags?:.*|topics?:.*)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChromeLine();

    [GeneratedRegex(@"\s+[∙•·|›»]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SegmentSeparator();

    [GeneratedRegex(@"^(?:photo(?:graph)?s?|images?|pictures?|credits?|(?:photo|image|picture|video) (?:credit|source|courtesy)|illustration|graphic|file photo|caption|top image|featured image|header image)\s*(?::|-|–|—|by\b|courtesy\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditPrefix();

    [GeneratedRegex(@"^(?:\(?(?:additional )?reporting|writing|editing|compiled|produced|translated) by\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WireCredit();

    [GeneratedRegex(@"getty images|shutterstock|alamy|\bap photo\b|\bafp photo\b|reuters/|/\s?reuters\b|\bepa-efe\b|via getty|\((?:reuters|ap|afp|epa|getty|xinhua|tass|ria novosti|sputnik|anadolu)\)|©|\bphoto by\b|\bcourtesy of\b|\bcc by(?:-sa)?\b|wikimedia commons|\bflickr\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgencyCredit();

    [GeneratedRegex(@"^(?<title>.{10,}?)\s+[-–—|]\s+(?<outlet>(?:[A-Z0-9][\w.'&]*|[a-z0-9-]+\.[a-z]{2,})(?:\s+[A-Z0-9][\w.'&]*)*)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleWithOutlet();

    [GeneratedRegex(@"(?<=[.!?\u2026][""\u201D\u2019')\]]?)\s+(?=[""\u201C\u2018(\[]?[A-Z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBoundary();

    [GeneratedRegex(@"\w[.!?]\s+[A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex InnerSentenceEnd();


    [GeneratedRegex(@"^(?:subscribe (?:now|today|here|to)|sign up (?:now|today|here|for)|click here\b|tap here\b|download (?:our|the) app\b|comment below\b|read more\b|read next\b|read also\b|also read\b|see also\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImperativeStart();

    [GeneratedRegex(@"(?:^|[.!?\u2026][""\u201D\u2019')\]]?\s+)(?:subscribe (?:now|today|here|to)|sign up (?:now|today|here|for)|click here\b|tap here\b|download (?:our|the) app\b|comment below\b|read more\b|read next\b|read also\b|also read\b|see also\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImperativeAfterSentenceEnd();
}
