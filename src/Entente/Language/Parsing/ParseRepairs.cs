namespace Entente.Language.Parsing;

/// <summary>
/// Repairs of the greedy parser's output that no well-formed English tree has, applied after each parse.
/// </summary>
/// <remarks>
/// The greedy parser commits early: in "The Islamic State group released 19 Christians" it reads "group" as the
/// root and "released … Christians" as a reduced relative clause on it. A reduced relative is a participle
/// ("the hostages released yesterday") and takes no direct object, so a noun root whose <c>acl</c> is a past tense,
/// or a participle with an object, is a sentence whose verb was missed: the verb becomes the root and the noun its
/// subject. Measured on UD English EWT dev (docs/benchmarks.md, `entente eval ud`).
/// </remarks>
public static class ParseRepairs
{
    /// <summary>Applies the repairs to a parsed sentence in place.</summary>
    public static void Apply(Span<Token> tokens)
    {
        var root = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Head < 0)
            {
                root = i;
                break;
            }
        }

        if (root < 0 || tokens[root].Upos is not ("NOUN" or "PROPN"))
        {
            return;
        }

        var verb = -1;
        for (var i = root + 1; i < tokens.Length; i++)
        {
            if (tokens[i].Head == root && tokens[i].DepRel == "acl" && IsMissedVerb(tokens, i))
            {
                verb = i;
                break;
            }
        }

        if (verb < 0)
        {
            return;
        }

        // The noun's dependents after the verb (the final full stop, a conjoined clause) belong to the verb now.
        for (var i = verb + 1; i < tokens.Length; i++)
        {
            if (tokens[i].Head == root && tokens[i].DepRel is "punct" or "parataxis" or "conj" or "cc")
            {
                tokens[i].Head = verb;
            }
        }

        tokens[verb].Head = -1;
        tokens[verb].DepRel = "root";
        tokens[root].Head = verb;
        tokens[root].DepRel = "nsubj";
    }

    private static bool IsMissedVerb(Span<Token> tokens, int candidate)
    {
        var tag = tokens[candidate].Xpos;
        if (tag is not ("VBD" or "VBN"))
        {
            return false;
        }

        var hasObject = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Head != candidate)
            {
                continue;
            }

            if (tokens[i].DepRel is "nsubj" or "nsubj:pass" or "aux" or "aux:pass" or "mark")
            {
                return false;
            }

            hasObject |= tokens[i].DepRel == "obj";
        }

        return tag == "VBD" || hasObject;
    }
}
