namespace Entente.Language.Conllu;

/// <summary>One word line of a CoNLL-U file (multiword-token ranges and empty nodes are skipped by the reader).</summary>
/// <param name="Form">FORM column.</param>
/// <param name="Lemma">LEMMA column.</param>
/// <param name="Upos">UPOS column.</param>
/// <param name="Xpos">XPOS column.</param>
/// <param name="Feats">FEATS column ("_" when empty).</param>
/// <param name="Head">HEAD as a 0-based index into the sentence's words, -1 for the root.</param>
/// <param name="DepRel">DEPREL column (with subtype, e.g. "obl:tmod").</param>
/// <param name="Misc">MISC column ("_" when empty).</param>
public sealed record ConlluToken(string Form, string Lemma, string Upos, string Xpos, string Feats, int Head, string DepRel, string Misc)
{
    /// <summary>The value of a key in MISC ("NER=B-PER" → "B-PER"), or null.</summary>
    public string? MiscValue(string key)
    {
        foreach (var part in Misc.Split('|'))
        {
            if (part.Length > key.Length && part.StartsWith(key, StringComparison.Ordinal) && part[key.Length] == '=')
            {
                return part[(key.Length + 1)..];
            }
        }

        return null;
    }
}
