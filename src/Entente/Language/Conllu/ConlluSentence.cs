namespace Entente.Language.Conllu;

/// <summary>One sentence of a CoNLL-U file: its comments (sent_id, text) and its words.</summary>
/// <param name="Comments">Comment lines without the leading "# ".</param>
/// <param name="Tokens">The words, in order.</param>
public sealed record ConlluSentence(IReadOnlyList<string> Comments, IReadOnlyList<ConlluToken> Tokens)
{
    /// <summary>The "text = …" comment, if any.</summary>
    public string? Text => Comments.FirstOrDefault(c => c.StartsWith("text = ", StringComparison.Ordinal))?[7..];

    /// <summary>The "sent_id = …" comment, if any.</summary>
    public string? Id => Comments.FirstOrDefault(c => c.StartsWith("sent_id = ", StringComparison.Ordinal))?[10..];
}
