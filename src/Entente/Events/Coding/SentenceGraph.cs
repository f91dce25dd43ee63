using Entente.Actors;
using Entente.Language;

namespace Entente.Events.Coding;

/// <summary>
/// A sentence seen as a dependency tree with the actor mentions laid over it: what the coder walks.
/// Built once per sentence; when the parser has not run, <see cref="IsParsed"/> is false and the coder
/// falls back to word order.
/// </summary>
internal sealed class SentenceGraph
{
    private readonly List<int>[] _children;
    private readonly string[] _lower;
    private readonly string[] _lemma;

    public SentenceGraph(Sentence sentence, IEnumerable<Mention> mentions)
    {
        Sentence = sentence;
        Tokens = sentence.Tokens;
        _children = new List<int>[Tokens.Length];
        MentionAt = new Mention?[Tokens.Length];
        // Patterns compare words many times per token: lower-case each word and lemma once.
        _lower = new string[Tokens.Length];
        _lemma = new string[Tokens.Length];
        for (var i = 0; i < Tokens.Length; i++)
        {
            _children[i] = [];
            _lower[i] = Tokens[i].Text.ToLowerInvariant();
            _lemma[i] = Tokens[i].Lemma?.ToLowerInvariant() ?? _lower[i];
        }

        for (var i = 0; i < Tokens.Length; i++)
        {
            var head = Tokens[i].Head;
            if (Tokens[i].DepRel is not null)
            {
                IsParsed = true;
            }

            if (head >= 0 && head < Tokens.Length && head != i)
            {
                _children[head].Add(i);
            }
        }

        foreach (var mention in mentions)
        {
            for (var t = Math.Max(0, mention.FirstToken); t <= mention.LastToken && t < Tokens.Length; t++)
            {
                MentionAt[t] ??= mention;
            }
        }
    }

    public Sentence Sentence { get; }

    public Token[] Tokens { get; }

    /// <summary>The mention covering each token, or null.</summary>
    public Mention?[] MentionAt { get; }

    public bool IsParsed { get; }

    public IReadOnlyList<int> Children(int token) => _children[token];

    /// <summary>The universal part of a token's relation ("obl:tmod" → "obl").</summary>
    public string Relation(int token)
    {
        var rel = Tokens[token].DepRel ?? string.Empty;
        var colon = rel.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? rel : rel[..colon];
    }

    public string FullRelation(int token) => Tokens[token].DepRel ?? string.Empty;

    public string Lower(int token) => _lower[token];

    public string Lemma(int token) => _lemma[token];

    /// <summary>The first child with the given relation (universal part or full), or -1.</summary>
    public int Child(int token, string relation)
    {
        foreach (var child in _children[token])
        {
            if (FullRelation(child) == relation || Relation(child) == relation)
            {
                return child;
            }
        }

        return -1;
    }

    /// <summary>The preposition or case marker attached to a nominal ("with" in "met with X"), lower case, or null.</summary>
    public string? CaseOf(int token)
    {
        string? found = null;
        foreach (var child in _children[token])
        {
            if (Relation(child) == "case")
            {
                // Multi-word prepositions ("according to") keep the last word, which carries the sense.
                found = Lower(child);
            }
        }

        return found;
    }

    /// <summary>True when <paramref name="token"/> lies in the subtree of <paramref name="root"/>.</summary>
    public bool InSubtree(int token, int root)
    {
        for (var t = token; t >= 0; t = Tokens[t].Head)
        {
            if (t == root)
            {
                return true;
            }

            if (Tokens[t].Head == t)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>
    /// Tokens of the clause headed by <paramref name="head"/>: its subtree without nested clauses, which carry
    /// events of their own.
    /// </summary>
    public List<int> ClauseTokens(int head)
    {
        var result = new List<int>();
        var stack = new Stack<int>();
        stack.Push(head);
        while (stack.Count > 0)
        {
            var t = stack.Pop();
            result.Add(t);
            foreach (var child in _children[t])
            {
                var rel = Relation(child);
                if (rel is "ccomp" or "advcl" or "parataxis" || FullRelation(child) == "acl:relcl" || (rel == "conj" && IsVerbal(child)))
                {
                    continue;
                }

                stack.Push(child);
            }
        }

        result.Sort();
        return result;
    }

    public bool IsVerbal(int token) => Tokens[token].Upos is "VERB" or "AUX";

    /// <summary>
    /// The actor mentions an argument phrase refers to: the mention at its head, else one inside it reached
    /// through possessors, modifiers and "of"-phrases (nearest first), then any coordinated mentions.
    /// </summary>
    public List<Mention> ArgumentMentions(int head)
    {
        var found = new List<Mention>();
        var first = FindMentionBelow(head, depth: 0);
        if (first is null)
        {
            return found;
        }

        found.Add(first);
        // Coordination: "Russia and Iran signed" → both. Conjuncts hang off the mention's syntactic head,
        // which for a name is its first word (UD "flat"), whatever the mention's own head says.
        foreach (var child in _children[SyntacticHead(first, head)])
        {
            if (Relation(child) == "conj" && FindMentionBelow(child, depth: 1) is { } other && !found.Contains(other))
            {
                found.Add(other);
            }
        }

        // "Senior Hungarian and Romanian officials": the first demonym hangs off the second as its conjunct's head
        // and shares the noun, so it names the same kind of agent of its own country.
        if (first.FirstToken >= 0 && Relation(first.FirstToken) == "conj" && Tokens[first.FirstToken].Head is var shared and >= 0
            && (shared < first.FirstToken || shared > first.LastToken) && MentionAt[shared] is { Actor.Kind: ActorKind.State } partner
            && first.Actor.Sector is { } sector && partner.Actor.Country is { } country && !found.Contains(partner))
        {
            found.Add(partner with { Actor = partner.Actor with { Code = country + sector, Sector = sector, Kind = ActorKind.StateAgency, Role = first.Actor.Role } });
        }

        return found;
    }

    /// <summary>The token of a mention whose head lies outside it: where the parser attached the whole phrase.</summary>
    public int SyntacticHead(Mention mention, int fallback)
    {
        if (mention.FirstToken < 0)
        {
            return fallback;
        }

        for (var t = mention.FirstToken; t <= mention.LastToken && t < Tokens.Length; t++)
        {
            var head = Tokens[t].Head;
            if (head < mention.FirstToken || head > mention.LastToken)
            {
                return t;
            }
        }

        return fallback;
    }

    private Mention? FindMentionBelow(int token, int depth)
    {
        if (MentionAt[token] is { } atHead)
        {
            return atHead;
        }

        if (depth > 3)
        {
            return null;
        }

        // Breadth by relation preference: the possessor owns the phrase ("Russia's war efforts"), then
        // modifiers that name a country ("Iranian weapons"), then "of"-phrases and compounds.
        foreach (var preferred in ArgumentRelations)
        {
            foreach (var child in _children[token])
            {
                if (FullRelation(child) != preferred && Relation(child) != preferred)
                {
                    continue;
                }

                if (preferred == "nmod" && CaseOf(child) is not (null or "of" or "for" or "from"))
                {
                    continue;
                }

                if (FindMentionBelow(child, depth + 1) is { } mention)
                {
                    return mention;
                }
            }
        }

        return null;
    }

    private static readonly string[] ArgumentRelations = ["nmod:poss", "compound", "amod", "appos", "nmod", "flat"];
}
