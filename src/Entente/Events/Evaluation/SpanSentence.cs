namespace Entente.Events.Evaluation;

/// <summary>A tokenised sentence with BIO role tags (S source, T target, R both).</summary>
/// <param name="Tokens">The tokens.</param>
/// <param name="Tags">One tag per token: O, B-S, I-S, B-T, I-T, B-R, I-R.</param>
public sealed record SpanSentence(IReadOnlyList<string> Tokens, IReadOnlyList<string> Tags)
{
    /// <summary>
    /// The text the tokens make, detokenised the usual way: no space before closing punctuation (", . ) ” % ’"), after
    /// opening marks ("( “ $ €"), around a hyphen or curly apostrophe between words ("long-standing", "Iran’s": the
    /// ConfliBERT files split both), or around a dot between single letters or digits ("U.S", "1.5"). Offsets of
    /// token i are <see cref="TokenOffsets"/>.
    /// </summary>
    public string Text => Detokenise().Text;

    /// <summary>Start offset of each token in <see cref="Text"/>.</summary>
    public IReadOnlyList<int> TokenOffsets => Detokenise().Offsets;

    private (string Text, int[] Offsets) Detokenise()
    {
        var builder = new System.Text.StringBuilder();
        var offsets = new int[Tokens.Count];
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (i > 0 && !Glued(Tokens[i - 1], Tokens[i], i + 1 < Tokens.Count ? Tokens[i + 1] : null, i > 1 ? Tokens[i - 2] : null))
            {
                builder.Append(' ');
            }

            offsets[i] = builder.Length;
            builder.Append(Tokens[i]);
        }

        return (builder.ToString(), offsets);
    }

    private static bool Glued(string previous, string token, string? next, string? beforePrevious)
    {
        static bool IsWord(string? t) => t is { Length: > 0 } && char.IsLetterOrDigit(t[^1]) && char.IsLetterOrDigit(t[0]);
        static bool IsShort(string? t) => t is { Length: 1 } && char.IsLetterOrDigit(t[0]);
        return token is "," or "." or ")" or "”" or "%" or ";" or ":" or "?" or "!"
            || previous is "(" or "“" or "$" or "€" or "£"
            || (token == "-" && IsWord(previous) && IsWord(next))
            || (previous == "-" && IsWord(token) && IsWord(beforePrevious))
            || (token == "’" && IsWord(previous))
            || (previous == "’" && token is "s" or "t" or "re" or "ve" or "ll" or "d" or "m")
            || (previous == "." && IsShort(beforePrevious) && IsShort(token));
    }

    /// <summary>Gold spans (first token, last token inclusive) of a role; R spans count for both S and T.</summary>
    public IReadOnlyList<(int First, int Last)> Spans(char role)
    {
        var spans = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i <= Tags.Count; i++)
        {
            var tag = i < Tags.Count ? Tags[i] : "O";
            var matches = tag.Length > 2 && (tag[2] == role || tag[2] == 'R');
            var begins = matches && (tag[0] == 'B' || start < 0);
            if (start >= 0 && (!matches || begins))
            {
                spans.Add((start, i - 1));
                start = -1;
            }

            if (begins)
            {
                start = i;
            }
        }

        return spans;
    }
}
