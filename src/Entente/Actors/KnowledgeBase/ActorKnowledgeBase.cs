using System.Buffers;
using Entente.Language;
using Entente.Pipeline;

namespace Entente.Actors.KnowledgeBase;

/// <summary>
/// The actor dictionary: maps names in text to CAMEO-style actor codes — countries, their demonyms and capitals,
/// international organisations, armed groups, regions, and people with dated roles — and sector words (agents)
/// to sector codes. Built from the PETRARCH-2/Phoenix dictionaries and Entente's curated additions under
/// <c>data/actors</c>. Immutable once loaded and safe to share between threads.
/// </summary>
public sealed class ActorKnowledgeBase
{
    private static readonly Lazy<ActorKnowledgeBase> DefaultInstance = new(() => Load(EntenteFiles.Resolve("data/actors")));

    /// <summary>Code prefixes that are not a country or region, so the rest of the code is not a sector of one.</summary>
    private static readonly string[] NonStatePrefixes = ["IGO", "NGO", "NGM", "IMG", "MNC"];

    /// <summary>Characters where a tokenizer may split a name's word: hyphens and possessive apostrophes.</summary>
    private static readonly SearchValues<char> SplitMarks = SearchValues.Create("-'\u2019");

    private readonly PhraseIndex<NameTarget> _names = new();
    private readonly PhraseIndex<AgentTarget> _agents = new();
    private readonly Dictionary<string, KbActor> _actors;
    private readonly Dictionary<string, KbActor> _statesByCode;
    private readonly Dictionary<string, KbActor> _statesByName = new(NameKeyComparer.Instance);
    private readonly Lazy<Dictionary<string, KbActor[]>> _peopleBySurname;
    private readonly Lazy<Dictionary<string, KbActor[]>> _peopleByPaternalSurname;

    private ActorKnowledgeBase(KnowledgeBaseReader reader)
    {
        _actors = new Dictionary<string, KbActor>(reader.Actors, StringComparer.Ordinal);
        _peopleBySurname = new(() => IndexSurnames(lastWord: true));
        _peopleByPaternalSurname = new(() => IndexSurnames(lastWord: false));
        _statesByCode = new Dictionary<string, KbActor>(reader.StatesByCode, StringComparer.OrdinalIgnoreCase);

        foreach (var (id, names) in reader.Names)
        {
            var actor = _actors[id];
            foreach (var (name, rule, priority) in names)
            {
                var target = new NameTarget(actor, RuleOf(actor.Kind, rule));
                foreach (var words in Variants(name))
                {
                    _names.Add(words, CasesOf(words), target, priority);
                }

                if (actor.Kind == ActorKind.State && rule is NameRule.Name or NameRule.Demonym)
                {
                    _statesByName.TryAdd(name, actor);
                }
            }
        }

        foreach (var (phrase, sector, title, priority) in reader.Agents)
        {
            var target = new AgentTarget(sector, title);
            foreach (var words in Variants(phrase))
            {
                // Agent words are common nouns: "the army", "Army chief" and "ARMY" all count.
                _agents.Add(words, new WordCase[words.Length], target, priority);
            }
        }

        _names.Freeze();
        _agents.Freeze();
    }

    /// <summary>The knowledge base under <c>data/actors</c> beside the executable or in the repository, loaded once.</summary>
    public static ActorKnowledgeBase Default => DefaultInstance.Value;

    /// <summary>Number of actors.</summary>
    public int ActorCount => _actors.Count;

    /// <summary>Number of surface names (with their spelling variants) that can be matched.</summary>
    public int NameCount => _names.Count;

    /// <summary>Number of agent phrases that can be matched.</summary>
    public int AgentCount => _agents.Count;

    /// <summary>Every person in the knowledge base, each under their latest role.</summary>
    public IEnumerable<ActorRef> People =>
        _actors.Values.Where(a => a.Kind == ActorKind.Person).Select(a => Resolve(a, null).Actor);

    /// <summary>Loads the tables in <paramref name="directory"/> (a <c>data/actors</c> folder).</summary>
    /// <exception cref="InvalidDataException">A table has a malformed line; the message names the file and line.</exception>
    public static ActorKnowledgeBase Load(string directory) => new(KnowledgeBaseReader.Read(directory));

    /// <summary>
    /// The longest actor name starting at token <paramref name="start"/>. Proper names must be capitalised in the
    /// text ("turkey" is not Turkey); short acronyms must be in capitals ("UN", "U.S."); a possessive ("Iran's" or
    /// "Iran" + "'s") still matches. A person's code is the one of the role held on <paramref name="on"/>, else their
    /// default code, else the latest role before it; with no date, the latest role.
    /// </summary>
    public bool TryMatch(ReadOnlySpan<Token> tokens, int start, DateOnly? on, out KbMatch match)
    {
        match = default;
        if ((uint)start >= (uint)tokens.Length || tokens[start].Text is null)
        {
            return false;
        }

        Phrase<NameTarget>? best = null;
        ChooseBest(_names.Candidates(tokens[start].Text), tokens, start, on, ref best);
        ChooseBest(_names.PossessiveCandidates(tokens[start].Text), tokens, start, on, ref best);
        if (best is null)
        {
            return false;
        }

        if (best.Words.Length > 1 && tokens[start].Text is "the" or "The" && TryMatch(tokens, start + 1, on, out var without) && without.Length >= best.Words.Length)
        {
            // "the West Bank": a name read without the article reaches further than "the West"; it is the one meant.
            return false;
        }

        match = new KbMatch(best.Words.Length, Resolve(best.Value.Actor, on).Actor, best.Value.Rule);
        return true;
    }

    /// <summary>The longest sector word or phrase starting at token <paramref name="start"/> ("Foreign Minister" → GOV, "troops" → MIL).</summary>
    public bool TryMatchAgent(ReadOnlySpan<Token> tokens, int start, out AgentMatch match)
    {
        match = default;
        if ((uint)start >= (uint)tokens.Length || tokens[start].Text is null)
        {
            return false;
        }

        var found = FirstMatch(_agents.Candidates(tokens[start].Text), tokens, start)
            ?? FirstMatch(_agents.PossessiveCandidates(tokens[start].Text), tokens, start);
        if (found is null)
        {
            return false;
        }

        match = new AgentMatch(found.Words.Length, found.Value.Sector, found.Value.Title);
        return true;
    }

    /// <summary>A state by ISO 3166-1 alpha-3 code ("IRN"), name ("Iran", "Islamic Republic of Iran") or demonym ("Iranian").</summary>
    public ActorRef? FindCountry(string nameOrIso3)
    {
        var text = nameOrIso3.Trim();
        if (_statesByCode.TryGetValue(text, out var state) || _statesByName.TryGetValue(text, out state))
        {
            return Resolve(state, null).Actor;
        }

        return null;
    }

    /// <summary>An actor by its knowledge-base id ("vladimir-putin", "rus", "hezbollah"), under its latest role.</summary>
    public ActorRef? FindById(string id) => _actors.TryGetValue(id, out var actor) ? Resolve(actor, null).Actor : null;

    /// <summary>
    /// The dated roles of the actor with knowledge-base id <paramref name="id"/> (offices with their codes and
    /// dates, earliest first); empty for an unknown id or an actor without roles.
    /// </summary>
    public IReadOnlyList<KnownRole> RolesOf(string id)
        => _actors.TryGetValue(id, out var actor)
            ? actor.Roles.Select(r => new KnownRole(r.Code, r.Title, r.From, r.To)).OrderBy(r => r.From ?? DateOnly.MinValue).ThenBy(r => r.Code, StringComparer.Ordinal).ToList()
            : [];

    /// <summary>An actor by id under the role held on <paramref name="on"/>.</summary>
    public ActorRef? FindById(string id, DateOnly? on) => _actors.TryGetValue(id, out var actor) ? Resolve(actor, on).Actor : null;

    /// <summary>
    /// Keeps the longest matching phrase, then the higher priority; between two of the same length and priority
    /// (two people of one name), the one holding a role on the date.
    /// </summary>
    private static void ChooseBest(ReadOnlySpan<Phrase<NameTarget>> candidates, ReadOnlySpan<Token> tokens, int start, DateOnly? on, ref Phrase<NameTarget>? best)
    {
        foreach (var phrase in candidates)
        {
            if (best is not null && (phrase.Words.Length < best.Words.Length
                || (phrase.Words.Length == best.Words.Length && phrase.Priority < best.Priority)))
            {
                return;
            }

            if (!PhraseIndex<NameTarget>.Matches(phrase, tokens, start))
            {
                continue;
            }

            if (best is null || phrase.Words.Length > best.Words.Length || phrase.Priority > best.Priority
                || (on is { } date && !HoldsRoleOn(best.Value.Actor, date) && HoldsRoleOn(phrase.Value.Actor, date)))
            {
                best = phrase;
            }
        }
    }

    private static Phrase<AgentTarget>? FirstMatch(ReadOnlySpan<Phrase<AgentTarget>> candidates, ReadOnlySpan<Token> tokens, int start)
    {
        foreach (var phrase in candidates)
        {
            if (PhraseIndex<AgentTarget>.Matches(phrase, tokens, start))
            {
                return phrase;
            }
        }

        return null;
    }

    private static bool HoldsRoleOn(KbActor actor, DateOnly date) => actor.Roles.Exists(r => r.Covers(date));

    /// <summary>The actor's code and role on a date: a covering role (the latest begun), else the default code, else the latest role before the date, else the earliest.</summary>
    /// <summary>
    /// The people whose name ends in <paramref name="surname"/> and who held a role on <paramref name="on"/>:
    /// "Putin" in a 2024 story is Vladimir Putin, because no other Putin held office then. Surnames are never
    /// names in the index itself; callers accept an answer only when it is unique.
    /// </summary>
    public IReadOnlyList<ActorRef> FindOfficeHolders(string surname, DateOnly on)
    {
        if (!_peopleBySurname.Value.TryGetValue(surname, out var people))
        {
            return [];
        }

        List<ActorRef>? holders = null;
        foreach (var person in people)
        {
            // Loops, not lambdas: this runs for every lone surname of every story.
            foreach (var role in person.Roles)
            {
                if (role.Covers(on))
                {
                    (holders ??= []).Add(Resolve(person, on).Actor);
                    break;
                }
            }
        }

        return holders is null ? [] : holders;
    }

    /// <summary>
    /// The one person with this surname who ever held a role, or the holders when they all served the same
    /// country (any date), among those whose role is in <paramref name="sector"/> (null: any sector): for stories
    /// without a date, "President Mubarak" is still Egypt's. When namesakes of several countries held roles, those
    /// who held a country's government itself (a plain <c>{ISO3}GOV</c> role: head of state or government,
    /// minister) decide, if they all served one country: a bare "Uribe" in the news is Colombia's president, not
    /// a Venezuelan official of the same name.
    /// </summary>
    /// <param name="surname">The surname as written.</param>
    /// <param name="sector">The sector the text's title names, or null.</param>
    /// <param name="givenName">The first word of the name when the text gives more than the surname ("Omar
    /// Abdullah" is not Abdullah Abdullah), or null.</param>
    public IReadOnlyList<ActorRef> FindRoleHoldersAnyDate(string surname, string? sector, string? givenName = null)
    {
        var byLastWord = Named(_peopleBySurname.Value.GetValueOrDefault(surname) ?? [], givenName);
        var (holders, governs) = RoleHoldersOfOneCountry(byLastWord, sector);
        if (governs || !_peopleByPaternalSurname.Value.TryGetValue(surname, out var paternal))
        {
            return holders;
        }

        var byPaternal = Named(paternal, givenName);
        // "Uribe" is the last word of a minor official's name but the paternal surname of Alvaro Uribe Velez: a
        // governing namesake by either reading wins over a lesser one by the last word alone.
        var (either, eitherGoverns) = RoleHoldersOfOneCountry([.. byLastWord, .. byPaternal.Except(byLastWord)], sector);
        return eitherGoverns || holders.Count == 0 ? either : holders;
    }

    /// <summary>The namesakes' role holders when they served one country, else those among them who governed it; and whether the answer governed.</summary>
    private static (IReadOnlyList<ActorRef> Holders, bool Governs) RoleHoldersOfOneCountry(KbActor[] people, string? sector)
    {
        var holders = new List<ActorRef>();
        var governing = new List<ActorRef>();
        foreach (var person in people)
        {
            // The person's latest role in that sector, resolved on a date it covers.
            KbRole? role = null;
            KbRole? government = null;
            foreach (var candidate in person.Roles)
            {
                if (candidate.Code.Length > 3 && (sector is null || candidate.Code.AsSpan(3).SequenceEqual(sector)))
                {
                    role = candidate;
                }

                if (candidate.Code.Length == 6 && candidate.Code.EndsWith("GOV", StringComparison.Ordinal))
                {
                    government = candidate;
                }
            }

            if (role is not null)
            {
                holders.Add(Resolve(person, role.From ?? role.To).Actor);
            }

            if (government is not null && (sector is null || sector == "GOV"))
            {
                governing.Add(Resolve(person, government.From ?? government.To).Actor);
            }
        }

        if (OneCountry(holders))
        {
            return (holders, governing.Count > 0);
        }

        return OneCountry(governing) ? (governing, true) : ([], false);
    }

    private static KbActor[] Named(KbActor[] people, string? givenName) => givenName is null
        ? people
        : [.. people.Where(p => p.Name.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space && NameKeyComparer.SpansEqual(p.Name.AsSpan(0, space), givenName))];

    private static bool OneCountry(List<ActorRef> actors) =>
        actors.Count > 0 && actors.TrueForAll(h => h.Country is not null && h.Country == actors[0].Country);

    /// <summary>
    /// People with roles by a surname text calls them by: the last word of the name, or (for names of three words
    /// or more) the one before it, the paternal surname of Spanish and Portuguese names ("Alvaro Uribe Velez" is
    /// "Uribe"). Accents and case are folded as in names.
    /// </summary>
    private Dictionary<string, KbActor[]> IndexSurnames(bool lastWord)
    {
        var bySurname = new Dictionary<string, List<KbActor>>(NameKeyComparer.Instance);
        foreach (var actor in _actors.Values)
        {
            if (actor.Kind != ActorKind.Person || actor.Roles.Count == 0)
            {
                continue;
            }

            var words = actor.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var surname = lastWord ? (words.Length >= 2 ? words[^1] : null)
                : words.Length >= 3 && words[^2].Length > 2 && char.IsUpper(words[^2][0]) && !words[^2].EndsWith('.') ? words[^2] : null;
            if (surname is null)
            {
                continue;
            }

            if (!bySurname.TryGetValue(surname, out var list))
            {
                list = [];
                bySurname[surname] = list;
            }

            list.Add(actor);
        }

        return bySurname.ToDictionary(p => p.Key, p => p.Value.ToArray(), NameKeyComparer.Instance);
    }

    private static (ActorRef Actor, KbRole? Role) Resolve(KbActor actor, DateOnly? on)
    {
        var role = ChooseRole(actor, on);
        if (role is null)
        {
            return (actor.ResolvedDefault ??= Build(actor, actor.DefaultCode ?? string.Empty, null), null);
        }

        return (role.Resolved ??= Build(actor, role.Code, role.Title), role);
    }

    private static KbRole? ChooseRole(KbActor actor, DateOnly? on)
    {
        var roles = actor.Roles;
        if (roles.Count == 0)
        {
            return null;
        }

        if (on is not { } date)
        {
            return Latest(roles, r => r.To is null) ?? Latest(roles, _ => true);
        }

        KbRole? covering = null;
        foreach (var role in roles)
        {
            if (role.Covers(date) && (covering is null || (role.From ?? DateOnly.MinValue) >= (covering.From ?? DateOnly.MinValue)))
            {
                covering = role;
            }
        }

        if (covering is not null)
        {
            return covering;
        }

        if (actor.DefaultCode is not null)
        {
            return null;
        }

        KbRole? before = null;
        KbRole? after = null;
        foreach (var role in roles)
        {
            if (role.To is { } to && to < date)
            {
                if (before is null || to > before.To)
                {
                    before = role;
                }
            }
            else if (after is null || (role.From ?? DateOnly.MinValue) < (after.From ?? DateOnly.MinValue))
            {
                after = role;
            }
        }

        return before ?? after;
    }

    /// <summary>Among the roles that pass the filter, the one begun last (open-ended roles count as ending today).</summary>
    private static KbRole? Latest(List<KbRole> roles, Func<KbRole, bool> filter)
    {
        KbRole? latest = null;
        foreach (var role in roles)
        {
            if (filter(role) && (latest is null
                || (role.To ?? DateOnly.MaxValue) > (latest.To ?? DateOnly.MaxValue)
                || ((role.To ?? DateOnly.MaxValue) == (latest.To ?? DateOnly.MaxValue) && (role.From ?? DateOnly.MinValue) >= (latest.From ?? DateOnly.MinValue))))
            {
                latest = role;
            }
        }

        return latest;
    }

    private static ActorRef Build(KbActor actor, string code, string? title) => new()
    {
        Code = code,
        ActorId = actor.Id,
        Name = actor.Name,
        Country = actor.Country,
        Sector = SectorOf(code),
        Kind = actor.Kind,
        Role = title,
    };

    private static string? SectorOf(string code)
    {
        if (code.Length < 6)
        {
            return null;
        }

        foreach (var prefix in NonStatePrefixes)
        {
            if (code.StartsWith(prefix, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return code[3..6];
    }

    private static string RuleOf(ActorKind kind, NameRule rule) => rule switch
    {
        NameRule.Demonym => "kb:demonym",
        NameRule.Place => "kb:place",
        NameRule.Capital => "kb:capital",
        _ => kind switch
        {
            ActorKind.State => "kb:country",
            ActorKind.Person => "kb:person",
            ActorKind.InternationalOrganization or ActorKind.NonGovernmentalOrganization => "kb:organization",
            ActorKind.ArmedGroup => "kb:armed-group",
            ActorKind.StateAgency => "kb:agency",
            ActorKind.Region => "kb:region",
            _ => "kb:group",
        },
    };

    /// <summary>
    /// The name split into words as written and, when it differs, as a tokenizer that splits hyphens and
    /// possessives would give it ("Ki-moon" → "Ki" "-" "moon"; "Iran's" → "Iran" "'s").
    /// </summary>
    private static IEnumerable<string[]> Variants(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            yield break;
        }

        yield return words;
        if (name.AsSpan().IndexOfAny(SplitMarks) < 0)
        {
            yield break;
        }

        var split = new List<string>(words.Length + 2);
        foreach (var word in words)
        {
            var rest = word;
            var possessive = rest.Length > 2 && (rest.EndsWith("'s", StringComparison.Ordinal) || rest.EndsWith("\u2019s", StringComparison.Ordinal));
            if (possessive)
            {
                rest = rest[..^2];
            }

            var parts = rest.Split('-');
            for (var p = 0; p < parts.Length; p++)
            {
                if (p > 0)
                {
                    split.Add("-");
                }

                if (parts[p].Length > 0)
                {
                    split.Add(parts[p]);
                }
            }

            if (possessive)
            {
                split.Add("'s");
            }
        }

        if (split.Count != words.Length)
        {
            yield return [.. split];
        }
    }

    /// <summary>The case each word needs in text, read from how the name writes it.</summary>
    private static WordCase[] CasesOf(string[] words)
    {
        var cases = new WordCase[words.Length];
        for (var w = 0; w < words.Length; w++)
        {
            var letters = 0;
            var upper = 0;
            var firstIsUpper = false;
            foreach (var c in words[w])
            {
                if (char.IsLetter(c))
                {
                    if (letters == 0)
                    {
                        firstIsUpper = char.IsUpper(c);
                    }

                    letters++;
                    upper += char.IsUpper(c) ? 1 : 0;
                }
            }

            cases[w] = letters == 0 || !firstIsUpper ? WordCase.Any
                : upper == letters && letters <= 3 ? WordCase.AllCapitals
                : WordCase.Capitalised;
        }

        return cases;
    }
}
