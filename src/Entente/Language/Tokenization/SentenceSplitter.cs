namespace Entente.Language.Tokenization;

/// <summary>
/// Finds sentence ends in a run of prose tokens: terminal punctuation (with the closing quotes and brackets
/// right after it) followed by white space and a word that can start a sentence. After abbreviations that
/// stand before names ("Gen.", "Mr.", "Jan.") it never splits; after others ("U.S.", "Inc.") only when a
/// typical sentence-opening word follows ("… in the U.S. The …").
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>Cuts <paramref name="tokens"/> into sentences and adds them to <paramref name="builder"/>.</summary>
    public static void Split(ReadOnlySpan<char> text, List<TokenSpan> tokens, SentenceBuilder builder)
    {
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        var sentenceStart = 0;
        for (var i = 0; i < all.Length; i++)
        {
            var boundary = BoundaryAfter(text, all, i);
            if (boundary > 0)
            {
                AddSentence(text, all[sentenceStart..boundary], builder);
                sentenceStart = boundary;
                i = boundary - 1;
            }
        }

        AddSentence(text, all[sentenceStart..], builder);
    }

    /// <summary>
    /// Adds one sentence. An abbreviation that ends it gives up its period as the full stop ("in the U.S." →
    /// "U.S" "."), as in UD English-EWT.
    /// </summary>
    private static void AddSentence(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, SentenceBuilder builder)
    {
        var last = tokens.Length - 1;
        while (last > 0 && tokens[last].Length <= 2 && CharClasses.IsClosing(text[tokens[last].Start]))
        {
            last--;
        }

        if (last < 0 || !IsAbbreviationWithPeriod(text[tokens[last].Start..tokens[last].End]))
        {
            builder.Add(tokens, isHeadingOrList: false);
            return;
        }

        var split = new TokenSpan[tokens.Length + 1];
        tokens[..last].CopyTo(split);
        var abbreviation = tokens[last];
        split[last] = new TokenSpan(abbreviation.Start, abbreviation.End - 1);
        split[last + 1] = new TokenSpan(abbreviation.End - 1, abbreviation.End);
        tokens[(last + 1)..].CopyTo(split.AsSpan(last + 2));
        builder.Add(split, isHeadingOrList: false);
    }

    private static bool IsAbbreviationWithPeriod(ReadOnlySpan<char> word) =>
        word.Length > 1 && word[^1] == '.' && char.IsLetter(word[0]);

    /// <summary>True when <paramref name="token"/> is terminal punctuation or an abbreviation with its period.</summary>
    public static bool EndsSentence(ReadOnlySpan<char> text, TokenSpan token)
    {
        var last = text[token.End - 1];
        return CharClasses.IsTerminal(last) || last == '…' || (CharClasses.IsClosing(last) && token.Length == 1);
    }

    /// <summary>The index of the first token of the next sentence when a sentence ends at token <paramref name="i"/>, else 0.</summary>
    private static int BoundaryAfter(ReadOnlySpan<char> text, ReadOnlySpan<TokenSpan> tokens, int i)
    {
        var token = tokens[i];
        var word = text[token.Start..token.End];
        var last = word[^1];
        if (!CharClasses.IsTerminal(last) && last != '…')
        {
            return 0;
        }

        var isAbbreviation = IsAbbreviationWithPeriod(word);

        // Closing quotes and brackets written right after the punctuation belong to this sentence.
        var next = i + 1;
        while (next < tokens.Length && tokens[next].Start == tokens[next - 1].End && tokens[next].Length <= 2
               && CharClasses.IsClosing(text[tokens[next].Start]))
        {
            next++;
        }

        if (next >= tokens.Length || tokens[next].Start == tokens[next - 1].End)
        {
            return 0;
        }

        var following = text[tokens[next].Start..tokens[next].End];
        var first = following[0];
        var startsSentence = char.IsUpper(first) || char.IsDigit(first) || CharClasses.IsOpening(first)
            || CharClasses.IsApostrophe(first) || CharClasses.IsDash(first) || first is '-' or '*' or '•';
        if (!startsSentence)
        {
            return 0;
        }

        if (!isAbbreviation)
        {
            return next;
        }

        var bare = word[..^1];
        if (bare is "No" or "Nos")
        {
            // "No. 5" is a number sign; "No. My …" is an answer.
            return char.IsDigit(first) ? 0 : next;
        }

        if (Abbreviations.IsNonFinal(bare) || (bare.Length == 1 && char.IsUpper(bare[0])))
        {
            return 0;
        }

        return Abbreviations.IsSentenceStarter(following) || first is '“' or '"' ? next : 0;
    }
}
