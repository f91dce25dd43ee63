namespace Entente.Events.Coding;

/// <summary>
/// CAMEO codes a promised or threatened act, not yet done, takes: "agreed to share information" is 031 (intent
/// to cooperate), not 06; "threatened to shell Iraqi towns" is 1384 (threaten conventional attack), not 194.
/// CAMEO's 03 and 13 branches mirror the material branches, so the mapping is by code family.
/// </summary>
internal static class IntentCodes
{
    // Verbs and predicate adjectives that commit their subject to the act of their infinitive.
    private static readonly HashSet<string> CommitmentHeads = new(StringComparer.Ordinal)
    {
        "agree", "offer", "promise", "pledge", "vow", "plan", "intend", "propose", "prepare", "threaten", "commit",
        "undertake", "volunteer", "willing", "ready", "prepared", "determined", "resolve", "swear", "warn",
    };

    private static readonly HashSet<string> FutureAuxiliaries = new(StringComparer.Ordinal) { "will", "shall", "'ll" };

    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.Ordinal)
    {
        "say", "announce", "declare", "state", "tell", "confirm", "insist", "warn", "add", "report", "indicate", "signal",
    };

    private static readonly Dictionary<string, string> Cooperative = new(StringComparer.Ordinal)
    {
        ["04"] = "036", ["05"] = "032", ["06"] = "031", ["061"] = "0311", ["062"] = "0312", ["063"] = "0313", ["064"] = "0314",
        ["07"] = "033", ["071"] = "0331", ["072"] = "0332", ["073"] = "0333", ["074"] = "0334",
        ["08"] = "035", ["081"] = "0351", ["082"] = "0352", ["083"] = "034", ["084"] = "0353", ["085"] = "0354", ["086"] = "0355", ["087"] = "0356",
    };

    private static readonly Dictionary<string, string> Conflictual = new(StringComparer.Ordinal)
    {
        ["14"] = "133", ["16"] = "131", ["161"] = "1313", ["162"] = "1311", ["163"] = "1312", ["164"] = "134", ["165"] = "135", ["166"] = "136",
        ["17"] = "137", ["172"] = "132", ["1721"] = "1321", ["1722"] = "1322", ["1723"] = "1323", ["1724"] = "1324",
        ["18"] = "1383", ["19"] = "1384", ["191"] = "1381", ["192"] = "1382", ["20"] = "1385",
    };

    // Refusals mirror the cooperative branches too: "Israel will not release prisoners" declines to yield (1243).
    private static readonly Dictionary<string, string> Refusals = new(StringComparer.Ordinal)
    {
        ["03"] = "120", ["04"] = "125", ["05"] = "120", ["06"] = "121", ["061"] = "1211", ["062"] = "1212", ["063"] = "1213", ["064"] = "1214",
        ["07"] = "122", ["071"] = "1221", ["072"] = "1222", ["073"] = "1223", ["074"] = "1224",
        ["08"] = "124", ["081"] = "1241", ["082"] = "1242", ["083"] = "123", ["084"] = "1243", ["085"] = "1244", ["086"] = "1245", ["087"] = "1246",
    };

    /// <summary>
    /// The rejection code for a cooperative act its actor says it will not do ("will not lift the ban",
    /// "would not release"), or null: a committed refusal is an event (CAMEO 12), not the absence of one.
    /// </summary>
    public static string? RefusalFor(SentenceGraph graph, int trigger, string code) =>
        graph.IsParsed && code.Length >= 2 && IsCommitted(graph, trigger) ? MostSpecific(Refusals, code) : null;

    /// <summary>
    /// The intent code for <paramref name="code"/> when the trigger is promised, offered or threatened (its own
    /// "will", a backshifted "would" under a reporting verb, or the infinitive of a commitment verb), else null.
    /// </summary>
    public static string? For(SentenceGraph graph, int trigger, string code)
    {
        if (!graph.IsParsed || code.Length < 2)
        {
            return null;
        }

        var table = code[..2] is "04" or "05" or "06" or "07" or "08" ? Cooperative : code[..2] is "14" or "16" or "17" or "18" or "19" or "20" ? Conflictual : null;
        if (table is null || !IsCommitted(graph, trigger))
        {
            return null;
        }

        return MostSpecific(table, code);
    }

    // The most specific family entry: "1723" before "172" before "17".
    private static string? MostSpecific(Dictionary<string, string> table, string code)
    {
        for (var length = Math.Min(4, code.Length); length >= 2; length--)
        {
            if (table.TryGetValue(code[..length], out var mapped))
            {
                return mapped;
            }
        }

        return null;
    }

    private static bool IsCommitted(SentenceGraph graph, int trigger)
    {
        var reported = graph.Relation(trigger) == "ccomp" && graph.Tokens[trigger].Head is var head && head >= 0 && ReportingVerbs.Contains(graph.Lemma(head));
        foreach (var child in graph.Children(trigger))
        {
            if (graph.Relation(child) != "aux")
            {
                continue;
            }

            var word = graph.Lower(child);
            if (FutureAuxiliaries.Contains(word) || (word == "would" && reported))
            {
                return true;
            }
        }

        // "Syria is willing to withdraw", "Libya has offered to hand over", "Iran threatened to shell".
        var node = trigger;
        while (graph.Relation(node) is "xcomp" or "conj" && graph.Tokens[node].Head is var up && up >= 0)
        {
            if (graph.Relation(node) == "xcomp" && CommitmentHeads.Contains(graph.Lemma(up)))
            {
                return true;
            }

            node = up;
        }

        return false;
    }
}
