namespace Entente.Language.Tagging;

/// <summary>A sentence of training or evaluation data: words and their gold joint "UPOS|XPOS" labels.</summary>
/// <param name="Words">The words.</param>
/// <param name="Labels">One label per word.</param>
public sealed record TaggedSentence(string[] Words, string[] Labels)
{
    /// <summary>Reads the sentences of a CoNLL-U file.</summary>
    public static IEnumerable<TaggedSentence> ReadConllu(string path) =>
        Conllu.ConlluReader.ReadFile(path).Select(s => new TaggedSentence(
            [.. s.Tokens.Select(t => t.Form)],
            [.. s.Tokens.Select(t => t.Upos + "|" + t.Xpos)]));
}
