namespace Entente.Language.Tagging;

/// <summary>Spelling features of a word, computed without allocating.</summary>
public static class WordShape
{
    /// <summary>Longest shape written; longer words' shapes are cut here.</summary>
    public const int MaxLength = 12;

    /// <summary>
    /// Writes the short shape of <paramref name="word"/> into <paramref name="shape"/> and returns its length:
    /// upper case → X, lower case → x, digit → d, other characters as they are; runs of one class collapse to
    /// one symbol ("Putin" → "Xx", "2024" → "d", "U.S." → "X.X.", "Israel-Iran" → "Xx-Xx").
    /// </summary>
    public static int Write(ReadOnlySpan<char> word, Span<char> shape)
    {
        var length = 0;
        var last = '\0';
        foreach (var c in word)
        {
            var symbol = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            if (symbol == last)
            {
                continue;
            }

            if (length == shape.Length)
            {
                break;
            }

            shape[length++] = symbol;
            last = symbol;
        }

        return length;
    }

    /// <summary>Capitalisation and character-class flags of a word (see <see cref="WordFlags"/>).</summary>
    public static WordFlags Flags(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return WordFlags.None;
        }

        var flags = WordFlags.None;
        var letters = 0;
        var uppers = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    uppers++;
                }
            }
            else if (char.IsDigit(c))
            {
                flags |= WordFlags.HasDigit;
            }
            else if (c is '-' or '–')
            {
                flags |= WordFlags.HasHyphen;
            }
        }

        if (char.IsUpper(word[0]))
        {
            flags |= WordFlags.Capitalised;
        }

        if (letters > 0 && uppers == letters)
        {
            flags |= WordFlags.AllCaps;
        }

        if (letters == 0)
        {
            flags |= WordFlags.NoLetters;
        }

        return flags;
    }
}
