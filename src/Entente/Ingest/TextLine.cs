namespace Entente.Ingest;

/// <summary>One line of an article's text with its character offsets, as the boilerplate detector sees it.</summary>
/// <param name="Start">Offset of the first non-blank character.</param>
/// <param name="End">Offset one past the last non-blank character.</param>
/// <param name="Text">The line without its surrounding blanks.</param>
internal readonly record struct TextLine(int Start, int End, string Text)
{
    /// <summary>True for an empty or all-blank line.</summary>
    public bool IsBlank => Text.Length == 0;

    /// <summary>True for a list item: "- ", "* ", "• " or "1. " before the text.</summary>
    public bool IsBullet => BulletLength > 0;

    /// <summary>The item text without its bullet.</summary>
    public string BulletText => Text[BulletLength..].TrimStart();

    private int BulletLength
    {
        get
        {
            if (Text.Length > 2 && Text[0] is '-' or '*' or '•' or '·' or '–' or '—' or '▪' or '►' or '+' && Text[1] == ' ')
            {
                return 2;
            }

            var digits = 0;
            while (digits < Text.Length && digits < 3 && char.IsAsciiDigit(Text[digits]))
            {
                digits++;
            }

            return digits > 0 && digits + 1 < Text.Length && Text[digits] is '.' or ')' && Text[digits + 1] == ' ' ? digits + 2 : 0;
        }
    }

    /// <summary>Splits <paramref name="text"/> at line feeds, keeping offsets into it.</summary>
    public static List<TextLine> Split(string text)
    {
        var lines = new List<TextLine>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var first = start;
            var last = end;
            while (first < last && char.IsWhiteSpace(text[first]))
            {
                first++;
            }

            while (last > first && char.IsWhiteSpace(text[last - 1]))
            {
                last--;
            }

            lines.Add(new TextLine(first, last, text[first..last]));
            start = end + 1;
        }

        return lines;
    }
}
