namespace Entente.Events.Evaluation;

/// <summary>A tokenised sentence with BIO role tags (S source, T target, R both).</summary>
/// <param name="Tokens">The tokens.</param>
/// <param name="Tags">One tag per token: O, B-S, I-S, B-T, I-T, B-R, I-R.</param>
public sealed record SpanSentence(IReadOnlyList<string> Tokens, IReadOnlyList<string> Tags)
{
    /// <summary>The text the tokens make when joined by single spaces; offsets of token i are <see cref="TokenOffsets"/>.</summary>
    public string Text => string.Join(' ', Tokens);

    /// <summary>Start offset of each token in <see cref="Text"/>.</summary>
    public IReadOnlyList<int> TokenOffsets
    {
        get
        {
            var offsets = new int[Tokens.Count];
            var at = 0;
            for (var i = 0; i < Tokens.Count; i++)
            {
                offsets[i] = at;
                at += Tokens[i].Length + 1;
            }

            return offsets;
        }
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
