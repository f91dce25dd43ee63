using System.Collections.Concurrent;
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
    // The universal part of each relation label ("nsubj:pass" → "nsubj"), cut once per label, not per look-up.
    private static readonly ConcurrentDictionary<string, string> UniversalRelations = new(StringComparer.Ordinal);

    // Children as one array in token order, grouped by head (compressed rows): _childStart[h].._childStart[h + 1].
    private readonly int[] _childStart;
    private readonly int[] _childList;
    private readonly string[] _lower;
    private readonly string[] _lemma;
    private readonly string[] _relation;
    private Dictionary<int, List<int>>? _clauses;

    public SentenceGraph(Sentence sentence, IEnumerable<Mention> mentions)
    {
        Sentence = sentence;
        Tokens = sentence.Tokens;
        var count = Tokens.Length;
        MentionAt = new Mention?[count];
        // Patterns compare words many times per token: lower-case each word and lemma once.
        _lower = new string[count];
        _lemma = new string[count];
        _relation = new string[count];
        _childStart = new int[count + 1];
        _childList = new int[count];
        for (var i = 0; i < count; i++)
        {
            var token = Tokens[i];
            _lower[i] = Lowercase(token.Text);
            _lemma[i] = token.Lemma is { } lemma ? Lowercase(lemma) : _lower[i];
            var full = token.DepRel ?? string.Empty;
            _relation[i] = full.Contains(':', StringComparison.Ordinal) ? UniversalRelations.GetOrAdd(full, static r => r[..r.IndexOf(':', StringComparison.Ordinal)]) : full;
            if (token.DepRel is not null)
            {
                IsParsed = true;
            }

            if (HasHead(i))
            {
                _childStart[token.Head + 1]++;
            }
        }

        for (var h = 0; h < count; h++)
        {
            _childStart[h + 1] += _childStart[h];
        }

        Span<int> filled = count <= 256 ? stackalloc int[count] : new int[count];
        filled.Clear();
        for (var i = 0; i < count; i++)
        {
            if (HasHead(i))
            {
                var head = Tokens[i].Head;
                _childList[_childStart[head] + filled[head]++] = i;
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

    // Lower-cased words, kept per thread: the news repeats its capitalised words, and lower-casing made a new string
    // for each of them in every sentence. Cleared when it grows large, so that a long run does not hoard words.
    [ThreadStatic]
    private static Dictionary<string, string>? _lowercased;

    private static string Lowercase(string text)
    {
        var hasUpper = false;
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                hasUpper = true;
                break;
            }
        }

        if (!hasUpper)
        {
            return text;
        }

        var cache = _lowercased ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (!cache.TryGetValue(text, out var lower))
        {
            if (cache.Count >= 100_000)
            {
                cache.Clear();
            }

            lower = text.ToLowerInvariant();
            cache[text] = lower;
        }

        return lower;
    }

    private bool HasHead(int token) => Tokens[token].Head is var head && head >= 0 && head < Tokens.Length && head != token;

    public Sentence Sentence { get; }

    public Token[] Tokens { get; }

    /// <summary>The mention covering each token, or null.</summary>
    public Mention?[] MentionAt { get; }

    public bool IsParsed { get; }

    /// <summary>The token's dependents in text order.</summary>
    public ArraySegment<int> Children(int token) => new(_childList, _childStart[token], _childStart[token + 1] - _childStart[token]);

    /// <summary>The universal part of a token's relation ("obl:tmod" → "obl").</summary>
    public string Relation(int token) => _relation[token];

    public string FullRelation(int token) => Tokens[token].DepRel ?? string.Empty;

    public string Lower(int token) => _lower[token];

    public string Lemma(int token) => _lemma[token];

    /// <summary>The first child with the given relation (universal part or full), or -1.</summary>
    public int Child(int token, string relation)
    {
        foreach (var child in Children(token))
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
        foreach (var child in Children(token))
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
        // A verb's clause is read by its patterns, its place and its date: walk it once. Callers only read it.
        if (_clauses is not null && _clauses.TryGetValue(head, out var known))
        {
            return known;
        }

        var result = new List<int>();
        (_clauses ??= [])[head] = result;
        var stack = new Stack<int>();
        stack.Push(head);
        while (stack.Count > 0)
        {
            var t = stack.Pop();
            result.Add(t);
            foreach (var child in Children(t))
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

        if (first.Actor.Kind == ActorKind.State && Child(head, "appos") is var apposition and >= 0
            && FindMentionBelow(apposition, depth: 1) is { Actor.Kind: not ActorKind.State } named)
        {
            // "Libyan leader Muammar Gaddafi": the leader named in apposition, not the country of the adjective.
            first = named;
        }

        found.Add(first);
        // Coordination: "Russia and Iran signed" → both. Conjuncts hang off the mention's syntactic head,
        // which for a name is its first word (UD "flat"), whatever the mention's own head says.
        foreach (var child in Children(SyntacticHead(first, head)))
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
            foreach (var child in Children(token))
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
