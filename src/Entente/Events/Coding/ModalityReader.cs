namespace Entente.Events.Coding;

/// <summary>
/// Reads negation and modality of an event from its trigger's dependents and the clauses above it:
/// "did not meet" (negated), "could embolden" (hypothetical), "plans to visit" (intended),
/// "said Iran attacked" / "has been widely reported" (reported), "denied supplying" (denied).
/// </summary>
internal static class ModalityReader
{
    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal) { "not", "n't", "never", "no", "neither", "nor" };
    private static readonly HashSet<string> HypotheticalAuxiliaries = new(StringComparer.Ordinal) { "could", "might", "may", "would", "should", "can" };
    private static readonly HashSet<string> FutureAuxiliaries = new(StringComparer.Ordinal) { "will", "shall", "'ll" };
    private static readonly HashSet<string> IntentionVerbs = new(StringComparer.Ordinal)
    {
        "plan", "intend", "vow", "pledge", "promise", "aim", "seek", "want", "hope", "expect", "prepare", "threaten", "decide", "agree", "try", "attempt", "propose",
    };

    private static readonly HashSet<string> ConditionMarkers = new(StringComparer.Ordinal) { "if", "unless", "whether" };
    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.Ordinal)
    {
        "say", "report", "claim", "tell", "allege", "accuse", "announce", "state", "add", "confirm", "write", "suggest", "believe", "insist", "warn", "note",
    };

    private static readonly HashSet<string> ReportingAdverbs = new(StringComparer.Ordinal) { "reportedly", "allegedly", "purportedly", "apparently" };
    private static readonly HashSet<string> DenialVerbs = new(StringComparer.Ordinal) { "deny", "dismiss", "refute" };

    public static (bool Negated, Modality Modality) Read(SentenceGraph graph, int trigger)
    {
        var negated = false;
        var modality = Modality.Asserted;

        void Raise(Modality candidate)
        {
            if (Rank(candidate) > Rank(modality))
            {
                modality = candidate;
            }
        }

        if (!graph.IsParsed)
        {
            // Word order only: look at the few words before the trigger.
            for (var i = Math.Max(0, trigger - 3); i < trigger; i++)
            {
                var word = graph.Lower(i);
                negated |= Negators.Contains(word);
                if (HypotheticalAuxiliaries.Contains(word))
                {
                    Raise(Modality.Hypothetical);
                }
                else if (FutureAuxiliaries.Contains(word))
                {
                    Raise(Modality.Intended);
                }
            }

            return (negated, modality);
        }

        // The trigger's own auxiliaries and adverbs.
        ReadDependents(graph, trigger, ref negated, Raise, own: true);

        // Climb: control verbs (plan to X), reporting verbs (said that X), conditions (if X).
        var node = trigger;
        for (var steps = 0; steps < 8 && node >= 0; steps++)
        {
            var relation = graph.Relation(node);
            var full = graph.FullRelation(node);
            var head = graph.Tokens[node].Head;
            if (relation == "advcl" && graph.Child(node, "mark") is var mark && mark >= 0 && ConditionMarkers.Contains(graph.Lower(mark)))
            {
                Raise(Modality.Hypothetical);
            }

            if (head < 0)
            {
                break;
            }

            var headLemma = graph.Lemma(head);
            if (relation == "xcomp" && IntentionVerbs.Contains(headLemma))
            {
                Raise(Modality.Intended);
            }

            if (relation is "ccomp" or "parataxis" || full == "nsubj:pass" || (relation == "xcomp" && full != "xcomp"))
            {
                if (DenialVerbs.Contains(headLemma))
                {
                    Raise(Modality.Denied);
                }
                else if (ReportingVerbs.Contains(headLemma))
                {
                    Raise(Modality.Reported);
                }
            }

            if (relation == "xcomp" || relation == "ccomp" || relation == "conj" || full == "nsubj:pass" || relation == "acl" || relation == "advcl")
            {
                // Modal auxiliaries of the governing clause carry down ("could lead to more attacks").
                var headNegated = false;
                ReadDependents(graph, head, ref headNegated, Raise, own: false);
                if (relation != "conj" && DenialVerbs.Contains(headLemma) && relation is "xcomp" or "ccomp" or "advcl")
                {
                    Raise(Modality.Denied);
                }
            }

            if (relation is "root" or "parataxis")
            {
                break;
            }

            node = head;
        }

        return (negated, modality);
    }

    private static void ReadDependents(SentenceGraph graph, int token, ref bool negated, Action<Modality> raise, bool own)
    {
        foreach (var child in graph.Children(token))
        {
            var relation = graph.Relation(child);
            var word = graph.Lower(child);
            if (own && (relation is "advmod" or "det" or "neg" or "cc:preconj") && Negators.Contains(word))
            {
                negated = true;
            }

            if (relation == "aux")
            {
                if (HypotheticalAuxiliaries.Contains(word))
                {
                    raise(Modality.Hypothetical);
                }
                else if (FutureAuxiliaries.Contains(word))
                {
                    raise(Modality.Intended);
                }
            }

            if (relation == "advmod" && ReportingAdverbs.Contains(word))
            {
                raise(Modality.Reported);
            }
        }
    }

    // Denied outranks hypothetical outranks intended outranks reported: the strongest doubt wins.
    private static int Rank(Modality modality) => modality switch
    {
        Modality.Denied => 4,
        Modality.Hypothetical => 3,
        Modality.Intended => 2,
        Modality.Reported => 1,
        _ => 0,
    };
}
