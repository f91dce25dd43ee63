namespace Entente.Language.Parsing;

/// <summary>
/// Repairs of the greedy parser's output that no well-formed English tree has, applied after each parse.
/// </summary>
/// <remarks>
/// The greedy parser commits early: in "The Islamic State group released 19 Christians" it reads "group" as the
/// root and "released … Christians" as a reduced relative clause on it. A reduced relative is a participle
/// ("the hostages released yesterday") and takes no direct object, so a noun root whose <c>acl</c> is a past tense,
/// or a participle with an object, is a sentence whose verb was missed: the verb becomes the root and the noun its
/// subject. A number is never an auxiliary ("on September 13 formally charged" read "13" as a passive auxiliary,
/// which turned the court into the one charged), and a verb has one subject: a time noun beside another subject
/// ("Hours earlier Maduro expelled …") is a time adverbial. Measured on UD English EWT dev (`entente eval ud`).
/// </remarks>
public static class ParseRepairs
{
    private static readonly HashSet<string> TimeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "hours", "days", "weeks", "months", "years", "minutes", "moments", "decades", "today", "yesterday", "tonight",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    /// <summary>Applies the repairs to a parsed sentence in place.</summary>
    public static void Apply(Span<Token> tokens)
    {
        RepairNumeralAuxiliaries(tokens);
        RepairTimeSubjects(tokens);
        RepairMissedVerb(tokens);
    }

    private static void RepairNumeralAuxiliaries(Span<Token> tokens)
    {
        for (var i = 1; i < tokens.Length; i++)
        {
            if (tokens[i].Xpos != "CD" || tokens[i].DepRel is not ("aux" or "aux:pass") || tokens[i - 1].Upos is not ("PROPN" or "NOUN"))
            {
                continue;
            }

            // "September 13": the number belongs to the noun before it.
            var verb = tokens[i].Head;
            tokens[i].Head = i - 1;
            tokens[i].DepRel = "nummod";
            if (verb < 0 || HasChild(tokens, verb, "aux:pass"))
            {
                continue;
            }

            // The number was the only mark of a passive: the verb's passive subject is its subject.
            for (var j = 0; j < tokens.Length; j++)
            {
                if (tokens[j].Head == verb && tokens[j].DepRel == "nsubj:pass")
                {
                    tokens[j].DepRel = "nsubj";
                }
            }
        }
    }

    private static void RepairTimeSubjects(Span<Token> tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].DepRel != "nsubj" || !TimeNouns.Contains(tokens[i].Text) || tokens[i].Head is not (>= 0 and var verb))
            {
                continue;
            }

            for (var j = 0; j < tokens.Length; j++)
            {
                if (j != i && tokens[j].Head == verb && tokens[j].DepRel == "nsubj")
                {
                    tokens[i].DepRel = "obl:unmarked";
                    break;
                }
            }
        }
    }

    private static bool HasChild(Span<Token> tokens, int head, string relation)
    {
        foreach (ref readonly var token in tokens)
        {
            if (token.Head == head && token.DepRel == relation)
            {
                return true;
            }
        }

        return false;
    }

    private static void RepairMissedVerb(Span<Token> tokens)
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
