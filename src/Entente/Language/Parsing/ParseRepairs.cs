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
/// ("Hours earlier Maduro expelled …") is a time adverbial, and a name right after a subject noun is in apposition
/// to it. A subordinator read as a preposition ("cancelled a visit after the elections were declared") made the
/// main verb's object the clause's subject; a finite verb without a subject has it in apposition to an introductory
/// phrase ("In September, a car bomb … killed"). Each repair fires only on a shape a well-formed tree never has, and
/// none lowered UD English EWT or GUM dev scores (`entente eval ud`, docs/evaluation.md).
/// </remarks>
public static class ParseRepairs
{
    private static readonly HashSet<string> TimeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "hours", "days", "weeks", "months", "years", "minutes", "moments", "decades", "today", "yesterday", "tonight",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase) { "after", "before", "since", "until", "till", "once" };

    /// <summary>Applies the repairs to a parsed sentence in place.</summary>
    public static void Apply(Span<Token> tokens)
    {
        RepairNumeralAuxiliaries(tokens);
        RepairTimeSubjects(tokens);
        RepairNameAfterSubject(tokens);
        RepairSubjectAfterIntroduction(tokens);
        RepairMissedVerb(tokens);
        RepairSubordinateClauses(tokens);
    }

    // "cancelled a visit after the elections were declared": read as "[a visit after the elections] were declared",
    // the object of the main verb taken for the subject of the clause. The noun after the subordinator is the
    // clause's subject, the subordinator marks the clause, and the object goes back to the main verb.
    private static void RepairSubordinateClauses(Span<Token> tokens)
    {
        for (var clause = 0; clause < tokens.Length; clause++)
        {
            if (tokens[clause].DepRel is not ("ccomp" or "advcl") || tokens[clause].Head is not (>= 0 and var main) || main > clause)
            {
                continue;
            }

            var subject = -1;
            for (var i = 0; i < clause; i++)
            {
                if (tokens[i].Head == clause && tokens[i].DepRel is "nsubj" or "nsubj:pass")
                {
                    subject = i;
                }
            }

            if (subject < 0 || subject < main)
            {
                continue;
            }

            // The clause's real subject: a noun on the supposed subject, after it, introduced by "after", "before" ….
            for (var noun = subject + 1; noun < clause; noun++)
            {
                if (tokens[noun].Head != subject || tokens[noun].DepRel != "nmod" || CaseChild(tokens, noun) is not (>= 0 and var marker)
                    || !Subordinators.Contains(tokens[marker].Text))
                {
                    continue;
                }

                tokens[noun].Head = clause;
                tokens[noun].DepRel = tokens[subject].DepRel;
                tokens[marker].Head = clause;
                tokens[marker].DepRel = "mark";
                tokens[marker].Upos = "SCONJ";
                tokens[subject].Head = main;
                tokens[subject].DepRel = HasChild(tokens, main, "obj") ? "obl" : "obj";
                tokens[clause].DepRel = "advcl";
                break;
            }
        }
    }

    private static int CaseChild(Span<Token> tokens, int head)
    {
        for (var i = 0; i < head; i++)
        {
            if (tokens[i].Head == head && tokens[i].DepRel == "case")
            {
                return i;
            }
        }

        return -1;
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

    // "Libyan leader Muammar Gaddafi … signed" read with two subjects, "leader" and "Muammar": a name right after a
    // subject noun is that noun in apposition.
    private static void RepairNameAfterSubject(Span<Token> tokens)
    {
        for (var name = 1; name < tokens.Length; name++)
        {
            if (tokens[name].DepRel != "nsubj" || tokens[name].Upos != "PROPN" || tokens[name].Head is not (>= 0 and var verb))
            {
                continue;
            }

            var before = name - 1;
            if (tokens[before].Head == verb && tokens[before].DepRel == "nsubj" && tokens[before].Upos == "NOUN")
            {
                tokens[name].Head = before;
                tokens[name].DepRel = "appos";
            }
        }
    }

    // "In September, a car bomb in Kiev killed …" read with "a car bomb" in apposition to "September": a finite verb
    // with no subject, and a noun after its introductory phrase and a comma, in apposition to that phrase, is the
    // subject.
    private static void RepairSubjectAfterIntroduction(Span<Token> tokens)
    {
        for (var noun = 1; noun < tokens.Length; noun++)
        {
            if (tokens[noun].DepRel != "appos" || tokens[noun].Upos is not ("NOUN" or "PROPN") || tokens[noun].Head is not (>= 0 and var phrase)
                || tokens[phrase].DepRel is not ("obl" or "obl:unmarked" or "obl:tmod") || tokens[phrase].Head is not (> 0 and var verb)
                || verb <= noun || tokens[verb].Xpos is not ("VBD" or "VBZ" or "VBP") || HasSubject(tokens, verb))
            {
                continue;
            }

            var comma = false;
            for (var i = phrase + 1; i < noun; i++)
            {
                comma |= tokens[i].Text == ",";
            }

            if (comma)
            {
                tokens[noun].Head = verb;
                tokens[noun].DepRel = "nsubj";
            }
        }
    }

    private static bool HasSubject(Span<Token> tokens, int verb)
    {
        foreach (ref readonly var token in tokens)
        {
            if (token.Head == verb && token.DepRel is "nsubj" or "nsubj:pass" or "csubj" or "expl")
            {
                return true;
            }
        }

        return false;
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
        var time = -1;
        for (var i = root + 1; i < tokens.Length; i++)
        {
            if (tokens[i].Head == root && tokens[i].DepRel == "acl" && IsMissedVerb(tokens, i))
            {
                verb = i;
                break;
            }

            // "Barack Obama on Sunday held talks …": the verb read as a clause on the time phrase after the subject.
            if (tokens[i].DepRel == "acl" && tokens[i].Head is (>= 0 and var when) && when > root && tokens[when].Head == root
                && TimeNouns.Contains(tokens[when].Text) && IsMissedVerb(tokens, i))
            {
                verb = i;
                time = when;
                break;
            }
        }

        if (verb < 0)
        {
            // "Israeli helicopters and tanks shelled positions …" with "shelled" tagged an adjective: a noun root has
            // an object, which only a verb can have, and the "-ed" modifier of that object is the verb.
            // The object may also be left as an nmod with no preposition ("bulldozers demolished Palestinian homes").
            var thing = -1;
            for (var i = root + 1; i < tokens.Length && thing < 0; i++)
            {
                thing = tokens[i].Head == root && (tokens[i].DepRel == "obj" || (tokens[i].DepRel == "nmod" && CaseChild(tokens, i) < 0)) ? i : -1;
            }

            for (var i = root + 1; i < thing; i++)
            {
                if (tokens[i].Head == thing && tokens[i].DepRel == "amod" && tokens[i].Xpos is "JJ" or "VBN"
                    && tokens[i].Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && tokens[i].Text.Length > 4)
                {
                    verb = i;
                    tokens[verb].Upos = "VERB";
                    tokens[verb].Xpos = "VBD";
                    tokens[thing].Head = verb;
                    tokens[thing].DepRel = "obj";
                    break;
                }
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
        if (time >= 0)
        {
            tokens[time].Head = verb;
            tokens[time].DepRel = CaseChild(tokens, time) >= 0 ? "obl" : "obl:unmarked";
        }
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
