using System.Collections.Frozen;

namespace Entente.Language.Tokenization;

/// <summary>Tells headings, bullet items and table rows from prose lines.</summary>
internal static class LineClassifier
{
    private const int MaxHeadingWords = 16;

    /// <summary>Short words left lower-case in title case ("Putin Meets with Iran").</summary>
    private static readonly FrozenSet<string> MinorWords = FrozenSet.ToFrozenSet(
    [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "nor", "with", "by", "from",
        "as", "vs", "via", "into", "over", "upon", "per", "is", "are", "'s", "’s", "n't", "de", "al", "el", "von",
        "van", "der", "la", "le", "du", "da", "bin", "ibn",
    ], StringComparer.Ordinal);

    /// <summary>Classifies a trimmed, non-empty line from its characters and its tokens.</summary>
    public static LineKind Classify(ReadOnlySpan<char> text, int lineStart, int lineEnd, ReadOnlySpan<TokenSpan> tokens)
    {
        var line = text[lineStart..lineEnd];
        if (IsTableRow(line))
        {
            return LineKind.TableRow;
        }

        if (IsListItem(line))
        {
            return LineKind.ListItem;
        }

        return IsHeading(text, tokens) ? LineKind.Heading : LineKind.Prose;
    }

    private static bool IsTableRow(ReadOnlySpan<char> line) =>
        line.Contains(" | ", StringComparison.Ordinal)
        || (line.Length > 1 && (line[0] == '|' || line[^1] == '|') && line[1..].Contains('|'));

    private static bool IsListItem(ReadOnlySpan<char> line)
    {
        if (line.Length < 3)
        {
            return false;
        }

        if (line[0] is '-' or '*' or '•' or '·' or '∙' or '‣' or '◦' or '▪' or '–' or '—' or '+' or '►' or '✓'
            && char.IsWhiteSpace(line[1]))
        {
            return true;
        }

        // "1. …", "12) …", "a) …"
        var digits = 0;
        while (digits < line.Length && digits < 4 && char.IsDigit(line[digits]))
        {
            digits++;
        }

        var markerEnd = digits is > 0 and < 4 ? digits : (char.IsLower(line[0]) && line[1] == ')' ? 1 : -1);
        return markerEnd > 0 && markerEnd + 1 < line.Length && line[markerEnd] is '.' or ')'
            && char.IsWhiteSpace(line[markerEnd + 1]);
    }

    /// <summary>
    /// A heading is short, does not end like a sentence and is in title case: most of its words other than
    /// short function words are capitalised ("Key Players at the Helm: Putin and Pezeshkian").
    /// </summary>
    private static bool IsHeading(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens)
    {
        if (tokens.IsEmpty)
        {
            return false;
        }

        var last = text[tokens[^1].Start];
        if (last is '.' or '!' or ',' or ';' or '"' or '”' or '…')
        {
            return false;
        }

        var words = 0;
        var contentWords = 0;
        var capitalised = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = text[tokens[i].Start..tokens[i].End];
            var first = token[0];
            if (i < tokens.Length - 1 && token is "." or "!" or "...")
            {
                return false;
            }

            if (!char.IsLetterOrDigit(first))
            {
                continue;
            }

            words++;
            if (words == 1 && char.IsLower(first))
            {
                return false;
            }

            if (char.IsDigit(first) || MinorWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token))
            {
                continue;
            }

            contentWords++;
            if (char.IsUpper(first))
            {
                capitalised++;
            }
        }

        return words is > 0 and <= MaxHeadingWords && contentWords > 0 && capitalised * 4 >= contentWords * 3;
    }
}
