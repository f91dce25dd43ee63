using System.Text;

namespace Entente.Ingest;

/// <summary>
/// The one place where extracted text is cleaned, so every format yields text of the same shape:
/// LF line ends, plain spaces, no trailing blanks, one paragraph per line, NFC.
/// </summary>
internal static class ArticleText
{
    /// <summary>Cleans a whole body text.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var newlines = 0;
        var pendingSpaces = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                // CRLF and a lone CR are both one line end.
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    continue;
                }

                c = '\n';
            }

            if (c == '\n')
            {
                pendingSpaces = 0;
                newlines++;
                continue;
            }

            if (IsSpace(c))
            {
                pendingSpaces++;
                continue;
            }

            if (IsInvisible(c))
            {
                continue;
            }

            if (newlines > 0)
            {
                // Leading blank lines go; more than one blank line in a row says no more than one does.
                if (builder.Length > 0)
                {
                    builder.Append('\n', Math.Min(newlines, 2));
                }

                newlines = 0;

                // Indentation carries no meaning in prose and would shift where a line's text starts.
                pendingSpaces = 0;
            }

            if (pendingSpaces > 0)
            {
                if (builder.Length > 0)
                {
                    builder.Append(' ', pendingSpaces);
                }

                pendingSpaces = 0;
            }

            builder.Append(c);
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Cleans a one-line value (a title, a feed field): whitespace runs become one space, ends are trimmed.</summary>
    public static string? CleanLine(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var builder = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value)
        {
            if (IsSpace(c) || c is '\n' or '\r')
            {
                space = builder.Length > 0;
                continue;
            }

            if (IsInvisible(c))
            {
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.Length == 0 ? null : builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u2007' or '\u202F' or '\f' or '\v'
        || (c >= '\u2000' && c <= '\u200A') || c == '\u3000' || c == '\u205F';

    // Zero-width spaces, BOMs and control characters are invisible to a reader but break tokenisation and hashing.
    private static bool IsInvisible(char c) => c is '\u200B' or '\uFEFF' or '\u2060' or '\u00AD'
        || (char.IsControl(c) && c != '\t' && c != '\n');
}
