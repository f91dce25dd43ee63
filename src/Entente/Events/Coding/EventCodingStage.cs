using System.Security.Cryptography;
using System.Text;
using Entente.Actors;
using Entente.Events.Lexicon;
using Entente.Ontology;
using Entente.Pipeline;
using Entente.Places;
using Entente.Time;

namespace Entente.Events.Coding;

/// <summary>
/// Codes events from verbs and event nouns over the dependency tree: source from the subject (or passive
/// agent, or the controller of an infinitive, or the possessor of a nominalisation), target from the
/// object or a with/to/against/on oblique; coordination, symmetric events, negation, modality, the date
/// and place of the event's own clause.
/// </summary>
public sealed class EventCodingStage : IExtractionStage
{
    private static readonly HashSet<string> TargetPrepositions = new(StringComparer.Ordinal)
    {
        "with", "to", "against", "on", "toward", "towards", "into", "upon", "for", "at", "from",
    };

    // Prepositions of a phrase on the verb's object that name whom the act is done to or with.
    private static readonly HashSet<string> ObjectAddresseePrepositions = new(StringComparer.Ordinal)
    {
        "with", "to", "against", "on", "toward", "towards", "upon", "for",
    };

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal) { "in", "at", "near", "inside", "outside", "across" };

    // Acts done together: "A met B" is also "B met A". Praise, aid and attacks have a direction.
    private static readonly HashSet<string> SymmetricCodes = new(StringComparer.Ordinal)
    {
        "040", "041", "044", "045", "046", "057", "060", "061", "062", "063", "064",
    };

    // Verbs whose act is mutual whatever their code: "Israeli and Iranian forces clashed".
    private static readonly HashSet<string> SymmetricLemmas = new(StringComparer.Ordinal)
    {
        "clash", "fight", "battle", "skirmish", "cooperate", "collaborate", "negotiate",
    };

    // Scratch set of a clause's words, one per thread: the stage is shared by the workers of a pipeline.
    [ThreadStatic]
    private static HashSet<string>? t_clauseWords;

    private readonly VerbLexicon _lexicon;
    private readonly CameoCatalog _catalog;
    private readonly Func<string, string?, Place?>? _resolvePlace;

    /// <summary>Creates the stage.</summary>
    /// <param name="lexicon">Verb and noun triggers.</param>
    /// <param name="catalog">CAMEO codes with Goldstein scores, quad classes and PLOVER types.</param>
    /// <param name="resolvePlace">Geocoder for place names (name, country context), or null to leave events unplaced.</param>
    public EventCodingStage(VerbLexicon lexicon, CameoCatalog catalog, Func<string, string?, Place?>? resolvePlace)
    {
        _lexicon = lexicon;
        _catalog = catalog;
        _resolvePlace = resolvePlace;
    }

    /// <inheritdoc />
    public void Process(Extraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var storyDate = StoryDate.Of(extraction);
        var mentionsBySentence = extraction.Mentions.ToLookup(m => m.Sentence);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var graphs = extraction.Document.Sentences
            .Where(s => !s.IsHeadingOrList && s.Tokens.Length >= 3)
            .Select(s => new SentenceGraph(s, mentionsBySentence[s.Index]))
            .ToList();
        var nounSources = NounSourcesOf(graphs);
        IReadOnlyList<Mention> previousTopic = [];
        var earlier = new List<Mention>();
        var nextSentence = 0;
        foreach (var graph in graphs)
        {
            for (; nextSentence < graph.Sentence.Index; nextSentence++)
            {
                earlier.AddRange(mentionsBySentence[nextSentence]);
            }

            var context = new SentenceContext(nounSources, previousTopic, earlier);
            previousTopic = Topic(graph);
            for (var i = 0; i < graph.Tokens.Length; i++)
            {
                foreach (var candidate in CodeToken(graph, i, context))
                {
                    var record = ToRecord(extraction, graph, candidate, storyDate);
                    if (record is not null && seen.Add(record.Id))
                    {
                        extraction.Events.Add(record);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Who the article says does the act a noun names ("Western sanctions"), by noun: a later "the sanctions" or
    /// "international sanctions" with no source of its own is the same act by the same actor.
    /// </summary>
    private Dictionary<string, Mention> NounSourcesOf(List<SentenceGraph> graphs)
    {
        var counts = new Dictionary<string, Dictionary<string, (int Count, Mention First)>>(StringComparer.Ordinal);
        foreach (var graph in graphs)
        {
            if (!graph.IsParsed)
            {
                continue;
            }

            for (var i = 0; i < graph.Tokens.Length; i++)
            {
                if (graph.Tokens[i].Upos is not ("NOUN" or "PROPN") || graph.MentionAt[i] is not null || FindNounTrigger(graph, i) is not { } trigger)
                {
                    continue;
                }

                foreach (var source in NominalSources(graph, i))
                {
                    if (!counts.TryGetValue(trigger.Lemma, out var byActor))
                    {
                        byActor = new Dictionary<string, (int, Mention)>(StringComparer.Ordinal);
                        counts[trigger.Lemma] = byActor;
                    }

                    byActor[source.Actor.Code] = byActor.TryGetValue(source.Actor.Code, out var seen) ? (seen.Count + 1, seen.First) : (1, source);
                }
            }
        }

        return counts.ToDictionary(p => p.Key, p => p.Value.Values.OrderByDescending(v => v.Count).First().First, StringComparer.Ordinal);
    }

    private static IEnumerable<Mention> NominalSources(SentenceGraph graph, int noun)
    {
        foreach (var child in graph.Children(noun))
        {
            var relation = graph.FullRelation(child);
            if (relation == "nmod:poss" || (relation is "amod" or "compound" && graph.MentionAt[child] is not null)
                || (graph.Relation(child) == "nmod" && graph.CaseOf(child) == "by"))
            {
                foreach (var mention in graph.ArgumentMentions(child))
                {
                    yield return mention;
                }
            }
        }
    }

    /// <summary>What a sentence is about: the actors of its main subject, or of its main noun phrase.</summary>
    private static List<Mention> Topic(SentenceGraph graph)
    {
        if (!graph.IsParsed)
        {
            return [];
        }

        var root = Array.FindIndex(graph.Tokens, t => t.Head < 0);
        if (root < 0)
        {
            return [];
        }

        var subject = graph.Child(root, "nsubj");
        return graph.ArgumentMentions(subject >= 0 ? subject : root);
    }

    private IEnumerable<EventCandidate> CodeToken(SentenceGraph graph, int i, SentenceContext context)
    {
        // A word inside an actor's name ("the United States") is not a trigger.
        if (graph.MentionAt[i] is not null)
        {
            return [];
        }

        var upos = graph.Tokens[i].Upos;
        var lower = graph.Lower(i);
        if (upos is null or "VERB" || (upos == "ADJ" && IsPredicate(graph, i)))
        {
            var entries = _lexicon.FindVerb(lower);
            if (entries.Count == 0 && graph.Tokens[i].Lemma is not null)
            {
                entries = _lexicon.FindVerb(graph.Lemma(i));
            }

            if (entries.Count > 0 && (upos is not null || !graph.IsParsed))
            {
                return CodeVerb(graph, i, entries, context);
            }
        }

        if (upos is null or "NOUN" or "PROPN" && graph.IsParsed)
        {
            var noun = FindNounTrigger(graph, i);
            if (noun is not null)
            {
                return CodeNoun(graph, i, noun, context.NounSources);
            }
        }

        return [];
    }

    /// <summary>A participle the tagger called an adjective but which heads a clause ("has sided with").</summary>
    private static bool IsPredicate(SentenceGraph graph, int token) =>
        graph.Child(token, "aux") >= 0 || graph.Child(token, "nsubj") >= 0 || graph.Child(token, "obl") >= 0;

    private NounTrigger? FindNounTrigger(SentenceGraph graph, int i)
    {
        // Two-word triggers ("military cooperation") first: modifier + noun.
        foreach (var child in graph.Children(i))
        {
            if (graph.Relation(child) is "amod" or "compound" && child == i - 1
                && _lexicon.FindNoun(graph.Lower(child), graph.Lower(i)) is { } twoWord)
            {
                return twoWord;
            }
        }

        var trigger = _lexicon.FindNoun(graph.Lower(i)) ?? _lexicon.FindNoun(graph.Lemma(i));
        if (trigger is null || trigger.RequiredWords.Count == 0)
        {
            return trigger;
        }

        foreach (var t in graph.ClauseTokens(i))
        {
            foreach (var required in trigger.RequiredWords)
            {
                if (Matches(required, graph, t))
                {
                    return trigger;
                }
            }
        }

        return null;
    }

    private IEnumerable<EventCandidate> CodeVerb(SentenceGraph graph, int verb, IReadOnlyList<VerbEntry> entries, SentenceContext context)
    {
        var clause = graph.IsParsed ? graph.ClauseTokens(verb) : LinearWindow(graph, verb);
        // Most patterns need a word the clause lacks: reject those with a set lookup before ordered matching.
        var clauseWords = t_clauseWords ??= new HashSet<string>(StringComparer.Ordinal);
        clauseWords.Clear();
        foreach (var t in clause)
        {
            clauseWords.Add(graph.Lower(t));
            clauseWords.Add(graph.Lemma(t));
        }

        string? code = null;
        string? reverse = null;
        VerbPattern? matched = null;
        VerbEntry? ruleEntry = null;
        string rule;
        var best = -1;
        for (var n = 0; n < entries.Count; n++)
        {
            var entry = entries[n];
            if (entry.Particles.Count > 0 && !ParticlesFollow(graph, verb, entry.Particles))
            {
                continue;
            }

            var patterns = _lexicon.PatternsFor(entry.Block);
            for (var q = 0; q < patterns.Count; q++)
            {
                var pattern = patterns[q];
                if (pattern.Specificity <= best || pattern.Specificity == 0 || IsForeignIdiom(pattern, entry) || !HasLiteralWords(pattern, clauseWords) || !PatternMatches(graph, verb, clause, pattern))
                {
                    continue;
                }

                best = pattern.Specificity;
                code = pattern.Code;
                reverse = pattern.ReverseCode;
                matched = pattern;
                ruleEntry = entry;
            }

            if (best < 0 && code is null && entry.Code.Length > 0)
            {
                // A block's code may name both directions, PETRARCH-style: "042:043" (visit; the host hosts).
                var colon = entry.Code.IndexOf(':', StringComparison.Ordinal);
                code = colon < 0 ? entry.Code : entry.Code[..colon];
                reverse = colon < 0 ? null : entry.Code[(colon + 1)..];
                ruleEntry = entry;
            }
        }

        if (string.IsNullOrEmpty(code) && string.IsNullOrEmpty(reverse))
        {
            yield break;
        }

        // The rule is spelled once, for the verb that codes: most verbs tried code nothing.
        rule = matched is not null ? $"verb:{ruleEntry!.Lemma} pattern:{matched.Text}" : $"verb:{ruleEntry!.Lemma}";

        // Protest verbs protest only when intransitive: "crowds demonstrated", not "Iran demonstrated its prowess".
        if (best < 0 && code is { Length: > 1 } && code.StartsWith("14", StringComparison.Ordinal) && graph.IsParsed && graph.Child(verb, "obj") >= 0)
        {
            yield break;
        }

        var (sources, targets) = graph.IsParsed ? VerbArguments(graph, verb) : LinearArguments(graph, verb);
        // A person of no known country is no CAMEO actor, but the act still happened: "Iraqi warplanes pounded
        // Islamic State positions" is an attack with no coded victim, not no event.
        sources.RemoveAll(m => !HasCountry(m.Actor));
        targets.RemoveAll(m => !HasCountry(m.Actor));
        if (sources.Count == 0 && graph.IsParsed && HasDemonstrativeSubject(graph, verb) && context.PreviousTopic.Count > 0)
        {
            // "Russia's support for Iran strengthens Tehran's hand. This alignment could embolden Iran": the
            // demonstrative subject points back to what the previous sentence was about.
            sources.AddRange(context.PreviousTopic);
            rule += "+previous-topic";
        }

        if (sources.Count == 0 && graph.IsParsed && PronounSubject(graph, verb) is >= 0 and var pronoun)
        {
            // "Syria says it is willing to withdraw", "Putin said he would …": the pronoun is the speaker above.
            sources.AddRange(Antecedent(graph, pronoun, context.PreviousTopic));
            rule += "+pronoun";
        }

        // The subject when no actor was found in it: the pair, the definite description or the phrase it may be.
        var bareSubject = sources.Count == 0 && graph.IsParsed ? SubjectOf(graph, verb) : -1;
        if (bareSubject >= 0 && PairReference(graph, bareSubject, context.Earlier) is { Count: 2 } pair)
        {
            // "The two leaders agreed", "both sides signed": the last two leaders (or countries) the article named.
            sources.AddRange(pair);
            rule += "+pair";
        }

        if (sources.Count == 0 && bareSubject >= 0 && DefiniteStateReference(graph, bareSubject, context.Earlier) is { } state)
        {
            // "… called for sanctions against Turkey, saying that the country had failed": "the country", "the
            // government" without a name of their own are the state named last.
            sources.Add(state);
            rule += "+definite";
        }

        var unresolved = false;
        if (sources.Count == 0 && bareSubject >= 0 && CanActUnresolved(graph, bareSubject, code ?? string.Empty)
            && UnresolvedArgument(graph, bareSubject, "unresolved:subject") is { } doer)
        {
            // "A car bomb in Kiev killed …", "Gunmen stormed …": the act happened though the doer is no known actor.
            // The phrase is kept as the source with the unknown code, so the event, its span and its evidence stay.
            sources.Add(doer);
            unresolved = true;
        }

        if (graph.IsParsed)
        {
            // "Opposition groups in Zimbabwe", "students throughout Indonesia", "Salaheddine Sidhoum, Algeria's leading
            // activist": an actor of no known country whose own phrase says where it is from.
            Locate(graph, sources);
            Locate(graph, targets);
            if (targets.Exists(m => !OwnPeople(graph, m)))
            {
                // "withdrew its troops from Syria": the doer's own people are not on the receiving end when someone is.
                targets.RemoveAll(m => OwnPeople(graph, m));
            }
        }

        var effective = code ?? string.Empty;
        if (graph.IsParsed && IntentCodes.For(graph, verb, effective) is { } promised)
        {
            // "The US is willing to provide ammunition": a promise or threat stands without a recipient.
            effective = promised;
        }

        if (targets.Count == 0 && graph.IsParsed && IsDirective(effective))
        {
            // "The United States demanded that North Korea forsake …": who is told to act is the clause's subject.
            targets.AddRange(ComplementSubjects(graph, verb, context.PreviousTopic).Where(m => !sources.Exists(s => SameActor(s, m))));
        }

        if (targets.Count == 0 && sources.Count > 0 && graph.IsParsed && ObjectOf(graph, verb) is var undone and >= 0
            && TakesUnresolvedObject(graph, undone, effective, matched) && UnresolvedArgument(graph, undone, "unresolved:object") is { } done)
        {
            // "Boko Haram overran a military base", "Iran rejected the plan": what the act is done to is named,
            // though it is no actor; the target keeps its phrase with the unknown code.
            targets.Add(done);
            unresolved = true;
        }

        if (targets.Count > 0 && graph.IsParsed && targets.TrueForAll(m => m.Actor.Country is null && m.Actor.Code.StartsWith("---", StringComparison.Ordinal))
            && CountryOblique(graph, verb) is { } recipient && !sources.Exists(m => SameActor(m, recipient)))
        {
            // "withdraw its troops from Lebanon", "sent peacekeepers to Haiti": the object is no one's in particular;
            // the country the act goes to or comes from is on the receiving end.
            targets.Clear();
            targets.Add(recipient);
        }

        if (graph.IsParsed && effective.StartsWith("14", StringComparison.Ordinal) && sources.Count > 0
            && sources.TrueForAll(m => m.Actor.Country is null) && PlaceActor(graph, verb) is { Actor.Country: { } where })
        {
            // "Hundreds of thousands of people blocked streets in Hong Kong": people of no known country protesting in
            // a country are its people.
            for (var s = 0; s < sources.Count; s++)
            {
                sources[s] = WithCountry(sources[s], where);
            }
        }

        if (targets.Count == 0 && graph.IsParsed && effective.StartsWith("14", StringComparison.Ordinal) && sources.Count == 1
            && sources[0].Actor is { Kind: not ActorKind.State, Country: { } home } && PlaceActor(graph, verb) is null)
        {
            // "Students throughout Indonesia staged demonstrations": a protest that names no one it is against is
            // against the authorities where it happens, the protesters' own country unless a place says otherwise.
            targets.Add(new Mention
            {
                Text = sources[0].Text,
                Start = graph.Tokens[verb].Start,
                End = graph.Tokens[verb].End,
                Sentence = graph.Sentence.Index,
                Actor = new ActorRef { Code = home, Country = home, Kind = ActorKind.State },
                Rule = "protest-home",
            });
            rule += "+home";
        }

        if (targets.Count == 0 && graph.IsParsed && sources.Count > 0 && GoesSomewhere(effective)
            && CountryOblique(graph, verb) is { } destination && !sources.Exists(m => SameActor(m, destination)))
        {
            // "Nigeria announced the deployment of troops to Liberia", "Sudan will withdraw its troops from Abyei":
            // aid, withdrawals, force and violence sent to or taken from a country land on that country.
            targets.Add(destination);
            rule += "+recipient";
        }

        if (targets.Count == 0 && graph.IsParsed && sources.Count > 0 && TakesPlaceAsTarget(effective) && PlaceActor(graph, verb) is { } place)
        {
            // "Sudanese rebels shelled positions near Juba", "Albanians demonstrated in Serbia": with no named victim,
            // the country where it happened is on the receiving end.
            targets.Add(place);
            rule += "+place";
        }

        if (targets.Count == 0 && graph.IsParsed && graph.Relation(verb) is "acl" or "amod" && effective.Length >= 2 && effective[..2] is "17" or "18" or "19" or "20")
        {
            // "the world order dominated by the United States" describes, it does not report an attack.
            yield break;
        }

        if (targets.Count == 0 && sources.Count < 2 && graph.IsParsed && (code ?? string.Empty).StartsWith("03", StringComparison.Ordinal) && graph.Child(verb, "xcomp") < 0 && graph.Child(verb, "ccomp") < 0
            && !NamesWhatIsAgreed(graph, verb, matched is not null))
        {
            // An intent with no one to receive it must at least say what is intended ("agreed to resign", "agreed to
            // a ceasefire", "accepted the proposal").
            yield break;
        }

        if (graph.IsParsed && effective.Length >= 2 && effective[..2] is "02" or "10" or "12"
            && graph.Child(verb, "nsubj") is var thing and >= 0 && graph.MentionAt[thing] is null && graph.Child(thing, "nmod:poss") >= 0
            && !NamesPeople(graph.Lemma(thing)) && !LeaderNouns.Contains(graph.Lemma(thing)) && graph.Child(thing, "appos") < 0)
        {
            // "Iran's role … suggests a more assertive front against Western interests": an actor's thing, not the
            // actor, is the subject; a role or a policy appeals, demands and rejects nothing, whoever its object names.
            // An actor's people do ("Venezuela's embattled president, Nicolas Maduro, is rejecting …").
            yield break;
        }

        if (targets.Count == 0 && graph.IsParsed && effective.StartsWith("07", StringComparison.Ordinal)
            && graph.Child(verb, "nsubj") is var giver and >= 0 && graph.MentionAt[giver] is null && graph.Lower(giver) is not ("it" or "he" or "she" or "they" or "we"))
        {
            // Aid with no recipient must be given by an actor, not by an actor's thing ("the convergence of Russian
            // interests could contribute to instability").
            yield break;
        }

        var mutual = SymmetricLemmas.Contains(graph.Lemma(verb));
        var confidence = (graph.IsParsed ? 0.85 : 0.6) - (unresolved ? 0.2 : 0);
        foreach (var candidate in Pair(verb, sources, targets, effective, reverse ?? string.Empty, rule, confidence, mutual))
        {
            yield return candidate;
        }

        if (graph.IsParsed && effective.StartsWith("01", StringComparison.Ordinal) && sources.Count > 0)
        {
            foreach (var demand in ReportedObligations(graph, verb, sources, context.PreviousTopic, rule))
            {
                yield return demand;
            }
        }
    }

    private static readonly HashSet<string> NonReferringSubjects = new(StringComparer.Ordinal)
    {
        "it", "this", "that", "these", "those", "there", "which", "who", "what", "one", "some", "many", "all", "each", "both",
    };

    private static readonly HashSet<string> LeaderNouns = new(StringComparer.Ordinal) { "leader", "president", "head", "minister", "premier", "man", "counterpart" };

    private static readonly HashSet<string> StateNouns = new(StringComparer.Ordinal) { "country", "nation", "state", "side", "government", "neighbour", "neighbor", "capital", "ally" };

    /// <summary>
    /// "the two leaders", "both sides", "the two countries" as a subject: the last two distinct leaders (people with a
    /// role) or states named before, else nothing. A pair of a kind the article has not named stays unresolved.
    /// </summary>
    private static List<Mention>? PairReference(SentenceGraph graph, int subject, IReadOnlyList<Mention> earlier)
    {
        var lemma = graph.Lemma(subject);
        var leaders = LeaderNouns.Contains(lemma);
        if (!leaders && !StateNouns.Contains(lemma))
        {
            return null;
        }

        var paired = false;
        foreach (var child in graph.Children(subject))
        {
            paired |= graph.Lower(child) is "both" or "two" && graph.Relation(child) is "det" or "nummod" or "amod";
        }

        if (!paired)
        {
            return null;
        }

        // The two the article is about: most named so far, the later named first on a tie ("both countries" after a
        // passing mention of a third still means the two the story follows).
        var tally = new Dictionary<string, (int Count, int Last, Mention Mention)>(StringComparer.Ordinal);
        var order = 0;
        foreach (var mention in earlier.Concat(graph.MentionAt.Where(m => m is not null && m.LastToken < subject).Distinct()!))
        {
            order++;
            var fits = leaders
                ? mention!.Actor.Kind == ActorKind.Person && mention.Actor.Country is not null
                : mention!.Actor.Kind == ActorKind.State;
            if (fits && mention.Actor.Country is { } country)
            {
                tally[country] = tally.TryGetValue(country, out var seen) ? (seen.Count + 1, order, mention) : (1, order, mention);
            }
        }

        var pair = tally.Values.OrderByDescending(v => v.Count).ThenByDescending(v => v.Last).Take(2).Select(v => v.Mention).ToList();
        return pair;
    }

    private static readonly Dictionary<string, string> StateDescriptions = new(StringComparer.Ordinal)
    {
        ["country"] = string.Empty, ["nation"] = string.Empty, ["state"] = string.Empty,
        ["government"] = "GOV", ["regime"] = "GOV", ["administration"] = "GOV", ["authorities"] = "GOV", ["authority"] = "GOV",
        ["military"] = "MIL", ["army"] = "MIL",
    };

    /// <summary>
    /// "the country", "the government", "the regime" as a subject, with the definite article and nothing naming
    /// them: the last state named before it in the article, as that state or its government or military.
    /// </summary>
    private static Mention? DefiniteStateReference(SentenceGraph graph, int subject, IReadOnlyList<Mention> earlier)
    {
        if (graph.MentionAt[subject] is not null || !StateDescriptions.TryGetValue(graph.Lemma(subject), out var sector))
        {
            return null;
        }

        var definite = false;
        foreach (var child in graph.Children(subject))
        {
            var relation = graph.Relation(child);
            if (relation == "det")
            {
                definite = graph.Lower(child) == "the";
            }
            else if (relation is "amod" or "compound" or "nmod" or "appos" or "flat")
            {
                // "the new government in Greece", "the Sudanese government": the phrase says whose it is, or is a new one.
                return null;
            }
        }

        if (!definite)
        {
            return null;
        }

        Mention? last = null;
        for (var t = 0; t < subject; t++)
        {
            if (graph.MentionAt[t] is { Actor.Kind: ActorKind.State } here)
            {
                last = here;
            }
        }

        for (var m = earlier.Count - 1; last is null && m >= 0; m--)
        {
            if (earlier[m].Actor.Kind == ActorKind.State)
            {
                last = earlier[m];
            }
        }

        if (last?.Actor.Country is not { } country)
        {
            return null;
        }

        // The evidence is the phrase here ("the country"); the actor is the state it stands for.
        return UnresolvedArgument(graph, subject, "coref:definite") is { } phrase
            ? phrase with
            {
                Actor = last.Actor with { Code = country + sector, Kind = sector.Length == 0 ? ActorKind.State : ActorKind.StateAgency, Sector = sector.Length == 0 ? last.Actor.Sector : sector },
            }
            : null;
    }

    /// <summary>
    /// Whether a subject that names no known actor can still be the doer. Force and protest need only a concrete
    /// doer ("a car bomb killed", "gunmen stormed"); words, pacts and aid need a named one (a name or an entity the
    /// tagger found), since abstract subjects say, aim and lead to nothing ("punitive measures could lead to …",
    /// "this strategy aims to …"). Statements and appeals by an unknown doer ("the report said") are never coded.
    /// </summary>
    private static bool CanActUnresolved(SentenceGraph graph, int subject, string code)
    {
        if (code.Length < 2 || code[..2] is "01" or "02")
        {
            return false;
        }

        if (graph.Child(subject, "det") is var determiner and >= 0 && graph.Lower(determiner) is "this" or "these" or "that" or "those" or "such")
        {
            return false;
        }

        var forceful = code[..2] is "14" or "15" or "17" or "18" or "19" or "20";
        return forceful || graph.Tokens[subject].Upos == "PROPN" || graph.Tokens[subject].Ner is { Length: > 2 } || NamesPeople(graph.Lemma(subject));
    }

    // Nouns for bodies of people, which can speak, agree and refuse even unnamed ("opposition groups demanded").
    private static readonly HashSet<string> CollectiveNouns = new(StringComparer.Ordinal)
    {
        "group", "leader", "party", "movement", "union", "bloc", "side", "organization", "organisation", "association",
        "federation", "coalition", "alliance", "committee", "council", "commission", "delegation", "administration",
        "court", "tribunal", "government", "authority", "parliament", "assembly", "congress", "ministry", "agency",
        "company", "firm", "body", "panel", "board", "team", "family", "community", "camp", "faction", "wing", "network",
        "front", "opposition", "regime", "junta", "cabinet", "senate", "league", "club", "people", "crowd", "mob",
    };

    // People nouns: agents by their ending ("musicians", "activists", "gunmen", "militants", "negotiators"), and the
    // common "-er" nouns for people, whose ending alone would also catch "orders" and "borders".
    private static readonly string[] PeopleEndings = ["ist", "ian", "man", "woman", "ator", "itant", "igrant", "ier", "ster", "eer"];

    private static readonly HashSet<string> PeopleNouns = new(StringComparer.Ordinal)
    {
        "worker", "protester", "protestor", "supporter", "voter", "leader", "member", "farmer", "teacher", "driver", "fighter",
        "officer", "lawmaker", "lawyer", "minister", "speaker", "player", "manager", "owner", "trader", "miner", "villager",
        "rebel", "resident", "student", "citizen", "official", "demonstrator", "striker", "attacker", "hijacker", "bomber",
        "kidnapper", "gunman", "insurgent", "militant", "diplomat", "envoy", "judge", "prosecutor", "police", "troop", "soldier",
        "guerrilla", "guerilla", "youth", "elder", "villager", "refugee", "prisoner", "hostage", "doctor", "nurse", "journalist",
        "suspect", "detainee", "observer", "person", "civilian", "citizen", "national", "migrant", "asylum-seeker", "worshipper",
    };

    private static bool NamesPeople(string lemma) =>
        CollectiveNouns.Contains(lemma) || PeopleNouns.Contains(lemma) || (lemma.Length > 5 && PeopleEndings.Any(e => lemma.EndsWith(e, StringComparison.Ordinal)));

    private static readonly HashSet<string> LocatingPrepositions = new(StringComparer.Ordinal) { "in", "throughout", "across", "from", "of", "inside" };

    private static readonly HashSet<string> RecipientPrepositions = new(StringComparer.Ordinal) { "to", "from", "into", "against", "toward", "towards" };

    /// <summary>Gives the actors of no known country among <paramref name="mentions"/> the country their own phrase names.</summary>
    private static void Locate(SentenceGraph graph, List<Mention> mentions)
    {
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Actor.Country is not null || !mention.Actor.Code.StartsWith("---", StringComparison.Ordinal) || mention.HeadToken < 0)
            {
                continue;
            }

            if (graph.Child(mention.HeadToken, "nmod:poss") is var owner and >= 0 && graph.Tokens[owner].Upos == "PRON")
            {
                // "withdrew its soldiers from Basra": whose they are is the pronoun's, not the place's.
                continue;
            }

            // The phrase's modifiers hang off any of its words ("Salaheddine Sidhoum, Algeria's …" off "Sidhoum").
            var first = Math.Max(0, Math.Min(mention.FirstToken, mention.HeadToken));
            var last = Math.Max(mention.LastToken, mention.HeadToken);
            for (var token = first; token <= last && token < graph.Tokens.Length; token++)
            {
                if (CountryOf(graph, token) is { } country)
                {
                    mentions[m] = WithCountry(mention, country);
                    break;
                }
            }
        }
    }

    // People of no known country owned by a pronoun: "its troops", "their soldiers".
    private static bool OwnPeople(SentenceGraph graph, Mention mention) =>
        mention.Actor.Country is null && mention.Actor.Code.StartsWith("---", StringComparison.Ordinal) && mention.HeadToken >= 0
        && graph.Child(mention.HeadToken, "nmod:poss") is var owner and >= 0 && graph.Tokens[owner].Upos == "PRON";

    // The country named by a noun's "in/throughout/of X" modifier or by its apposition ("…, Algeria's leading activist").
    private static string? CountryOf(SentenceGraph graph, int noun)
    {
        foreach (var child in graph.Children(noun))
        {
            var relation = graph.Relation(child);
            if (relation == "nmod" && graph.CaseOf(child) is { } preposition && LocatingPrepositions.Contains(preposition)
                && graph.MentionAt[child] is { Actor: { Kind: ActorKind.State or ActorKind.StateAgency } place } && (place.Country ?? place.Code) is { Length: 3 } iso)
            {
                return iso;
            }

            if (relation == "appos")
            {
                foreach (var owner in graph.Children(child))
                {
                    if (graph.FullRelation(owner) is "nmod:poss" or "amod" && graph.MentionAt[owner] is { Actor: { Kind: ActorKind.State } state })
                    {
                        return state.Country ?? state.Code;
                    }
                }
            }
        }

        return null;
    }

    // A country the verb's act goes to or comes from: "to Haiti", "from Lebanon", on the verb or on its object; or the
    // country of the place it goes to ("withdraw its troops from Abyei", "a missile attack against a military base in
    // Saudi Arabia", "troops to the UN mission in Mali").
    private Mention? CountryOblique(SentenceGraph graph, int verb)
    {
        foreach (var child in graph.Children(verb))
        {
            if (graph.Relation(child) == "obl" && RecipientCountry(graph, child) is { } recipient)
            {
                return recipient;
            }

            if (graph.Relation(child) == "obj")
            {
                foreach (var modifier in graph.Children(child))
                {
                    if (graph.Relation(modifier) is "nmod" or "obl" && RecipientCountry(graph, modifier) is { } onObject)
                    {
                        return onObject;
                    }
                }
            }
        }

        return null;
    }

    // The country a "to/from/into/against" phrase leads to: a country's actor, a place of a known country, or a
    // common noun placed in one ("a military base in Saudi Arabia").
    private Mention? RecipientCountry(SentenceGraph graph, int phrase)
    {
        if (graph.CaseOf(phrase) is not { } preposition || !RecipientPrepositions.Contains(preposition))
        {
            return null;
        }

        if (graph.MentionAt[phrase] is { } mention)
        {
            return mention.Actor is { Kind: ActorKind.State or ActorKind.StateAgency, Country: not null } ? mention : null;
        }

        if (PlaceMention(graph, phrase) is { } place)
        {
            return place;
        }

        if (graph.Tokens[phrase].Upos != "NOUN")
        {
            return null;
        }

        foreach (var modifier in graph.Children(phrase))
        {
            if (graph.Relation(modifier) != "nmod" || graph.CaseOf(modifier) is not { } where || !(PlacePrepositions.Contains(where) || where == "of"))
            {
                continue;
            }

            if (graph.MentionAt[modifier] is { Actor: { Kind: ActorKind.State, Country: not null } } state)
            {
                return state;
            }

            if (PlaceMention(graph, modifier) is { } located)
            {
                return located;
            }
        }

        return null;
    }

    // A proper-noun place the geocoder knows, as the state it lies in, spanning the place's own words.
    private Mention? PlaceMention(SentenceGraph graph, int head)
    {
        if (_resolvePlace is null || graph.Tokens[head].Upos != "PROPN" || graph.MentionAt[head] is not null)
        {
            return null;
        }

        var (first, last) = ProperNameSpan(graph, head);
        var name = ProperName(graph, head);
        if (_resolvePlace(name, null) is not { Country: { } country } place)
        {
            return null;
        }

        return new Mention
        {
            Text = name,
            Start = graph.Tokens[first].Start,
            End = graph.Tokens[last].End,
            Sentence = graph.Sentence.Index,
            HeadToken = head,
            FirstToken = first,
            LastToken = last,
            Actor = new ActorRef { Code = country, Country = country, Name = place.Name, Kind = ActorKind.State },
            Rule = "place:recipient",
        };
    }

    private static bool IsCountryPhrase(SentenceGraph graph, int token) =>
        graph.CaseOf(token) is { } preposition && RecipientPrepositions.Contains(preposition)
        && graph.MentionAt[token] is { Actor: { Kind: ActorKind.State or ActorKind.StateAgency, Country: not null } };

    // The unknown actor as one of a country: "---EDU" students in Indonesia become IDNEDU.
    private static Mention WithCountry(Mention mention, string country)
    {
        var code = mention.Actor.Code.StartsWith("---", StringComparison.Ordinal) ? country + mention.Actor.Code[3..] : mention.Actor.Code;
        return mention with { Actor = mention.Actor with { Code = code, Country = country } };
    }

    /// <summary>
    /// Whether a verb's object that names no actor is what the act is done to. Violence and material acts land on
    /// what they name ("overran a military base", "killed four others"); words and gestures land on a thing only
    /// when it is a name or an entity ("rejected the ILO"), not the thing said or given ("expressed concern",
    /// "lifted a travel ban", "fired tear gas"): an object the verb's pattern spells out is the act, not its target.
    /// </summary>
    private bool TakesUnresolvedObject(SentenceGraph graph, int thing, string code, VerbPattern? pattern)
    {
        if (code.Length < 2 || code[..2] is "01" or "02")
        {
            return false;
        }

        if (!AllowsNoTarget(code))
        {
            // Criticism and reduced relations need someone on the receiving end: the thing named ("condemned the
            // attack", "suspended its aid programme") stands for whoever is behind it. Meetings and pacts need a
            // partner, which a thing is not ("Norway signed a treaty" tells nothing of with whom).
            return code[..2] is "09" or "11" or "16";
        }

        // People are on the receiving end of what is done to them even when the pattern names them ("detained
        // several suspects", "freed two ex-ministers"); things named by the pattern are the act itself.
        var violent = code[..2] is "18" or "19" or "20";
        // The actor's own people ("withdraw its troops") are not on the receiving end.
        if (graph.Tokens[thing].Upos == "NOUN" && NamesPeople(graph.Lemma(thing))
            && !(graph.Child(thing, "nmod:poss") is var owner and >= 0 && graph.Tokens[owner].Upos == "PRON"))
        {
            return true;
        }

        if (!violent && pattern is not null)
        {
            for (var e = 0; e < pattern.Elements.Count; e++)
            {
                var element = pattern.Elements[e];
                if (element.Kind is PatternElementKind.Word or PatternElementKind.SynonymSet && Matches(element.Value, graph, thing))
                {
                    return false;
                }
            }
        }

        // Aid and concessions (06–08) name the thing given ("provided weapons", "released prisoners"), not who gets it.
        var material = violent || code[..2] is "14" or "15" or "17";
        var named = graph.Tokens[thing].Upos == "PROPN" || graph.Tokens[thing].Ner is { Length: > 2 } ner && ner[0] != 'O';
        return material || named;
    }

    /// <summary>
    /// "agreed to a ceasefire", "agreed on a pact", "accepted the plan" (an object its pattern names): the verb names
    /// what it commits to. A bare object is not enough ("supplying weapons offers several benefits").
    /// </summary>
    private static bool NamesWhatIsAgreed(SentenceGraph graph, int verb, bool objectInPattern)
    {
        foreach (var child in graph.Children(verb))
        {
            if ((objectInPattern && graph.Relation(child) == "obj") || (graph.Relation(child) == "obl" && graph.CaseOf(child) is "to" or "on" or "upon"))
            {
                return graph.Tokens[child].Upos is "NOUN" or "PROPN";
            }
        }

        return false;
    }

    /// <summary>The verb's active subject, or the agent of a passive ("was attacked by gunmen"), or -1.</summary>
    private static int SubjectOf(SentenceGraph graph, int verb)
    {
        var passive = false;
        foreach (var child in graph.Children(verb))
        {
            if (graph.FullRelation(child) is "nsubj:pass" or "aux:pass")
            {
                passive = true;
            }
        }

        foreach (var child in graph.Children(verb))
        {
            var full = graph.FullRelation(child);
            if (!passive && full == "nsubj")
            {
                return child;
            }

            if (passive && (full == "obl:agent" || (graph.Relation(child) == "obl" && graph.CaseOf(child) == "by")))
            {
                return child;
            }
        }

        return -1;
    }

    /// <summary>The verb's direct object, or the subject of a passive ("the base was overrun"), or -1.</summary>
    private static int ObjectOf(SentenceGraph graph, int verb)
    {
        foreach (var child in graph.Children(verb))
        {
            if (graph.Relation(child) == "obj" || graph.FullRelation(child) == "nsubj:pass")
            {
                return child;
            }
        }

        return -1;
    }

    /// <summary>
    /// A noun phrase that names no known actor, as an argument with the unknown code "---": its head noun with the
    /// determiners, modifiers, numbers and possessors before it ("a car bomb", "the last ISIS group bastion"). Null for
    /// pronouns and words that refer to nothing by themselves ("it", "which", "some").
    /// </summary>
    private static Mention? UnresolvedArgument(SentenceGraph graph, int head, string rule)
    {
        if (head < 0 || graph.Tokens[head].Upos is not ("NOUN" or "PROPN" or "NUM") || NonReferringSubjects.Contains(graph.Lower(head)))
        {
            return null;
        }

        var first = head;
        var last = head;
        ExtendPhrase(graph, head, ref first, ref last, depth: 0);
        var tokens = graph.Tokens;
        var builder = new StringBuilder(tokens[first].Text);
        for (var t = first + 1; t <= last; t++)
        {
            // Offsets tell where the text had a space: "Iran's" stays one word.
            builder.Append(tokens[t].Start > tokens[t - 1].End ? " " : string.Empty).Append(tokens[t].Text);
        }

        var text = builder.ToString();
        return new Mention
        {
            Text = text,
            Start = tokens[first].Start,
            End = tokens[last].End,
            Sentence = graph.Sentence.Index,
            HeadToken = head,
            FirstToken = first,
            LastToken = last,
            Actor = new ActorRef { Code = "---", Name = null, Kind = ActorKind.Group },
            Rule = rule,
        };
    }

    private static void ExtendPhrase(SentenceGraph graph, int token, ref int first, ref int last, int depth)
    {
        foreach (var child in graph.Children(token))
        {
            var relation = graph.FullRelation(child);
            if (relation is "det" or "amod" or "compound" or "nummod" or "nmod:poss" or "flat" or "case" && depth < 4
                && (relation != "case" || depth > 0) && Math.Abs(child - token) <= 6)
            {
                first = Math.Min(first, child);
                last = Math.Max(last, child);
                ExtendPhrase(graph, child, ref first, ref last, depth + 1);
            }
        }
    }

    // Appeals (02), demands (10) and threats (13) are addressed to someone: the one the clause below tells to act.
    private static bool IsDirective(string code) => code.StartsWith("02", StringComparison.Ordinal) || code.StartsWith("10", StringComparison.Ordinal)
        || code.StartsWith("13", StringComparison.Ordinal);

    // Aid, yielding (withdrawals, ceasefires), force postures, coercion and violence go to or come from somewhere.
    private static bool GoesSomewhere(string code) => code.Length >= 2 && code[..2] is "07" or "08" or "15" or "16" or "17" or "18" or "19" or "20";

    // Protests, force postures and violence happen somewhere; visits go somewhere.
    private static bool TakesPlaceAsTarget(string code) => code.Length >= 2 && (code[..2] is "14" or "15" or "17" or "18" or "19" or "20" || code.StartsWith("042", StringComparison.Ordinal));

    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.Ordinal) { "it", "he", "she", "they", "we" };

    private static readonly HashSet<string> ObligationModals = new(StringComparer.Ordinal) { "must", "should" };

    /// <summary>The verb's subject when it is a personal pronoun, or the pronoun subject of the clause it takes its subject from.</summary>
    private static int PronounSubject(SentenceGraph graph, int verb)
    {
        var node = verb;
        for (var steps = 0; steps < 4 && node >= 0; steps++)
        {
            var subject = graph.Child(node, "nsubj");
            if (subject < 0 && graph.Child(node, "expl") is var expletive and >= 0 && graph.Lower(expletive) == "it")
            {
                // "Syria says it is willing to withdraw": the parser often reads a referring "it" as expletive.
                subject = expletive;
            }

            if (subject >= 0 && graph.FullRelation(subject) != "nsubj:pass")
            {
                return SubjectPronouns.Contains(graph.Lower(subject)) ? subject : -1;
            }

            if (graph.Relation(node) is not ("xcomp" or "conj"))
            {
                return -1;
            }

            node = graph.Tokens[node].Head;
        }

        return -1;
    }

    /// <summary>
    /// Who a subject pronoun stands for: the subject of the clause it is reported or embedded in ("Russia said it
    /// would …"), else the first actor of the sentence that agrees with it, else the previous sentence's topic.
    /// </summary>
    private static List<Mention> Antecedent(SentenceGraph graph, int pronoun, IReadOnlyList<Mention> previousTopic)
    {
        var word = graph.Lower(pronoun);
        bool Agrees(Mention m) => word switch
        {
            "he" or "she" => m.Actor.Kind == ActorKind.Person || m.Actor.Role is not null,
            "it" => m.Actor.Kind != ActorKind.Person,
            _ => true,
        };

        var node = graph.Tokens[pronoun].Head;
        for (var steps = 0; steps < 6 && node >= 0; steps++)
        {
            var head = graph.Tokens[node].Head;
            if (head < 0)
            {
                break;
            }

            var subject = graph.Child(head, "nsubj");
            if (subject >= 0 && subject != pronoun)
            {
                var above = graph.ArgumentMentions(subject).Where(Agrees).ToList();
                if (above.Count > 0)
                {
                    return above;
                }
            }

            node = head;
        }

        for (var t = 0; t < pronoun; t++)
        {
            if (graph.MentionAt[t] is { } earlier && Agrees(earlier) && graph.Relation(graph.SyntacticHead(earlier, t)) is "nsubj" or "root")
            {
                return [earlier];
            }
        }

        return previousTopic.Where(Agrees).ToList();
    }

    /// <summary>Subjects of the verb's complement clause ("demanded that Hamas renounce", "urged that Iraq allow").</summary>
    private static List<Mention> ComplementSubjects(SentenceGraph graph, int verb, IReadOnlyList<Mention> previousTopic)
    {
        foreach (var child in graph.Children(verb))
        {
            if (graph.Relation(child) != "ccomp")
            {
                continue;
            }

            var subject = graph.Child(child, "nsubj");
            if (subject < 0)
            {
                subject = graph.Child(child, "nsubj:pass");
            }

            if (subject >= 0)
            {
                return SubjectPronouns.Contains(graph.Lower(subject)) ? Antecedent(graph, subject, previousTopic) : graph.ArgumentMentions(subject);
            }
        }

        return [];
    }

    /// <summary>
    /// "Russia said that Sudan must return the helicopter": a statement that another actor must or should act is
    /// a demand (100) or an appeal (020) to that actor.
    /// </summary>
    private static IEnumerable<EventCandidate> ReportedObligations(SentenceGraph graph, int verb, List<Mention> speakers, IReadOnlyList<Mention> previousTopic, string rule)
    {
        foreach (var child in graph.Children(verb))
        {
            if (graph.Relation(child) != "ccomp")
            {
                continue;
            }

            var modal = graph.Children(child).FirstOrDefault(c => graph.Relation(c) == "aux" && ObligationModals.Contains(graph.Lower(c)), -1);
            if (modal < 0)
            {
                continue;
            }

            foreach (var addressee in ComplementSubjects(graph, verb, previousTopic))
            {
                foreach (var speaker in speakers)
                {
                    if (!SameActor(speaker, addressee) && speaker.Actor.Country != addressee.Actor.Country)
                    {
                        yield return new EventCandidate(verb, verb, speaker, addressee, graph.Lower(modal) == "must" ? "100" : "020", rule + "+obligation", 0.8);
                    }
                }
            }
        }
    }

    /// <summary>The country of a named place in the verb's clause ("in Serbia", "near Rafah"), as an actor.</summary>
    private Mention? PlaceActor(SentenceGraph graph, int verb)
    {
        var place = FindPlace(graph, verb);
        if (place?.Country is not { } country)
        {
            return null;
        }

        var token = graph.Tokens[verb];
        return new Mention
        {
            Text = place.Name,
            Start = token.Start,
            End = token.End,
            Sentence = graph.Sentence.Index,
            Actor = new ActorRef { Code = country, Country = country, Name = place.Name, Kind = ActorKind.State },
            Rule = "place",
        };
    }

    private IEnumerable<EventCandidate> CodeNoun(SentenceGraph graph, int noun, NounTrigger trigger, Dictionary<string, Mention> nounSources)
    {
        var sources = NominalSources(graph, noun).ToList();
        var targets = new List<Mention>();
        var between = new List<Mention>();
        var rule = $"noun:{trigger.Lemma}";
        foreach (var child in graph.Children(noun))
        {
            var preposition = graph.CaseOf(child);
            if (graph.Relation(child) == "nmod" && preposition == "between")
            {
                between.AddRange(graph.ArgumentMentions(child));
            }
            else if (graph.Relation(child) == "nmod" && preposition is not null && preposition != "by" && TargetPrepositions.Contains(preposition))
            {
                targets.AddRange(graph.ArgumentMentions(child));
            }
        }

        if (between.Count >= 2)
        {
            // "attacks between Israel and Iran": each side acts on the other.
            for (var a = 0; a < between.Count; a++)
            {
                for (var b = 0; b < between.Count; b++)
                {
                    if (a != b && between[a].Actor.Code != between[b].Actor.Code)
                    {
                        yield return new EventCandidate(noun, noun, between[a], between[b], trigger.Code, rule + "+between", 0.75);
                    }
                }
            }

            yield break;
        }

        if (sources.Count > 0 && targets.Count == 0 && between.Count == 1)
        {
            targets.Add(between[0]);
        }

        if (sources.Count == 0 && targets.Count == 0 && trigger.Code.StartsWith("04", StringComparison.Ordinal) && graph.Relation(noun) == "obj"
            && graph.Tokens[noun].Head is var verbHead and >= 0 && graph.Child(verbHead, "nsubj") is var doers and >= 0)
        {
            // "Israel and Lebanon renewed negotiations", "Syria held talks with Jordan": the subject takes part,
            // with whoever the verb's "with" names, or else with its coordinated partner.
            sources.AddRange(graph.ArgumentMentions(doers));
            foreach (var child in graph.Children(verbHead))
            {
                if (graph.Relation(child) == "obl" && graph.CaseOf(child) == "with")
                {
                    targets.AddRange(graph.ArgumentMentions(child));
                }
            }

            rule += "+subject";
            if (targets.Count == 0 && sources.Count >= 2)
            {
                foreach (var candidate in Pair(noun, sources, targets, trigger.Code, string.Empty, rule, 0.7, mutual: true))
                {
                    yield return candidate;
                }

                yield break;
            }
        }

        // "Russia and Iran operate under sanctions", "Iran, under Western sanctions": the one who suffers the
        // act is the subject of the clause, or the actor the phrase modifies.
        if (targets.Count == 0 && graph.Tokens[noun].Head is var head and >= 0)
        {
            if (graph.MentionAt[head] is { } modified && graph.Relation(noun) is "nmod" or "appos" or "acl")
            {
                targets.Add(modified);
            }
            else if (graph.Relation(noun) is "obj" or "obl" && graph.Child(head, "nsubj") is var subject and >= 0)
            {
                targets.AddRange(graph.ArgumentMentions(subject));
            }
        }

        if (sources.Count == 0 && targets.Count > 0 && between.Count == 0 && nounSources.TryGetValue(trigger.Lemma, out var known))
        {
            sources.Add(known);
            rule += "+document-source";
        }

        if (sources.Count == 0 && targets.Count > 0 && between.Count == 1)
        {
            sources.Add(between[0]);
        }

        foreach (var candidate in Pair(noun, sources, targets, trigger.Code, string.Empty, rule, 0.7, mutual: false))
        {
            yield return candidate;
        }
    }

    private static IEnumerable<EventCandidate> Pair(int trigger, List<Mention> sources, List<Mention> targets, string code, string reverse, string rule, double confidence, bool mutual)
    {
        var symmetric = mutual || SymmetricCodes.Contains(code);
        if (targets.Count == 0 && sources.Count >= 2 && (symmetric || IsCooperative(code)))
        {
            // "The United States and Jordan agreed on a pact": each side acts towards the other.
            for (var a = 0; a < sources.Count; a++)
            {
                for (var b = 0; b < sources.Count; b++)
                {
                    if (a != b && !SameActor(sources[a], sources[b]) && code.Length > 0)
                    {
                        yield return new EventCandidate(trigger, trigger, sources[a], sources[b], code, rule + "+coordinated", confidence - 0.05);
                    }
                }
            }

            yield break;
        }

        foreach (var source in sources)
        {
            if (targets.Count == 0)
            {
                if (code.Length > 0 && AllowsNoTarget(code))
                {
                    yield return new EventCandidate(trigger, trigger, source, null, code, rule, confidence - 0.15);
                }

                continue;
            }

            foreach (var target in targets)
            {
                if (SameActor(source, target))
                {
                    continue;
                }

                if (code.Length > 0)
                {
                    yield return new EventCandidate(trigger, trigger, source, target, code, rule, confidence);
                }

                // A thing that is no actor does nothing back: "Libya signed a treaty" is no act of the treaty's.
                var back = IsUnresolved(target) ? string.Empty : reverse.Length > 0 ? reverse : symmetric ? code : string.Empty;
                if (back.Length > 0)
                {
                    yield return new EventCandidate(trigger, trigger, target, source, back, rule + (reverse.Length > 0 ? "+reverse" : "+symmetric"), confidence);
                }
            }
        }
    }

    // Verbal and material cooperation (03–08) done by coordinated subjects is done with each other.
    private static bool IsCooperative(string code) =>
        code.Length >= 2 && code[0] == '0' && code[1] is >= '3' and <= '8';

    // One-actor events make sense for statements, protests, mobilisation and violence with no named victim.
    // Promises, material concessions (resigning, surrendering), appeals, demands and rejections of a thing ("demanded
    // elections", "rejected the plan"), threats, and force with no named victim stand alone too.
    // Aid given (07) is an act of its own even when the text names no recipient ("the EU provided €1.2 billion in
    // aid"). Criticism (11) still needs its object: without one, the dev triples lost more precision than they gained.
    private static bool AllowsNoTarget(string code) => code.Length >= 2 && code[..2] is "01" or "02" or "03" or "07" or "08" or "10" or "12" or "13" or "14" or "15" or "17" or "18" or "19" or "20";

    private static bool IsUnresolved(Mention mention) => mention.Rule.StartsWith("unresolved:", StringComparison.Ordinal);

    // Two phrases of no known actor ("a car bomb" … "another ethnic Chechen") are the same only if they are the same
    // words; known actors are the same by id, else by code and name.
    private static bool SameActor(Mention a, Mention b) =>
        ReferenceEquals(a, b) || (a.Actor.ActorId is not null && a.Actor.ActorId == b.Actor.ActorId)
        || (IsUnresolved(a) || IsUnresolved(b)
            ? a.Start == b.Start && a.End == b.End
            : a.Actor.ActorId is null && b.Actor.ActorId is null && a.Actor.Code == b.Actor.Code && a.Actor.Name == b.Actor.Name);

    private static (List<Mention> Sources, List<Mention> Targets) VerbArguments(SentenceGraph graph, int verb)
    {
        var sources = new List<Mention>();
        var targets = new List<Mention>();
        var passive = false;
        foreach (var child in graph.Children(verb))
        {
            var full = graph.FullRelation(child);
            if (full is "nsubj:pass" or "aux:pass")
            {
                passive = true;
            }
        }

        foreach (var child in graph.Children(verb))
        {
            var relation = graph.Relation(child);
            var full = graph.FullRelation(child);
            var preposition = graph.CaseOf(child);
            if (full == "nsubj" || (relation == "nsubj" && full != "nsubj:pass") || full == "csubj")
            {
                sources.AddRange(graph.ArgumentMentions(child));
            }
            else if (full == "nsubj:pass")
            {
                targets.AddRange(graph.ArgumentMentions(child));
            }
            else if (full == "obl:agent" || (relation == "obl" && preposition == "by" && passive))
            {
                sources.AddRange(graph.ArgumentMentions(child));
            }
            else if (relation is "obj" or "iobj")
            {
                var objects = graph.ArgumentMentions(child);
                if (!objects.Exists(m => HasCountry(m.Actor)))
                {
                    // "supplying weapons to Moscow", "signed an agreement with China", "lifted sanctions on Iran",
                    // "held talks with Varadkar": the parser hangs the verb's addressee off its object, or off the
                    // name in apposition to it ("extradited the preacher Abu Hamza to the US"), and an object that
                    // is no coded actor (a person of no known country) does not hide it.
                    foreach (var grandchild in graph.Children(child))
                    {
                        AddAddressees(graph, grandchild, objects);
                        AddRequester(graph, child, grandchild, objects);
                        // One level further: the name in apposition ("the preacher Abu Hamza to the US"), a participle
                        // on the object ("a travel ban imposed on Chadian citizens"), or a place between the object
                        // and the addressee ("held talks in Moscow with Putin").
                        if (graph.Relation(grandchild) is "appos" or "acl" || (graph.Relation(grandchild) == "nmod" && graph.CaseOf(grandchild) is "in" or "at"))
                        {
                            foreach (var inner in graph.Children(grandchild))
                            {
                                AddAddressees(graph, inner, objects);
                            }
                        }
                    }
                }

                targets.AddRange(objects);
            }
            else if (relation == "obl" && preposition is not null && TargetPrepositions.Contains(preposition))
            {
                var addressed = graph.ArgumentMentions(child);
                if (addressed.Count == 0)
                {
                    // "conceded to the demands of the truck drivers"
                    foreach (var grandchild in graph.Children(child))
                    {
                        AddRequester(graph, child, grandchild, addressed);
                    }
                }

                targets.AddRange(addressed);
            }
        }

        if (sources.Count == 0)
        {
            sources.AddRange(InheritedSubject(graph, verb));
        }

        if (sources.Count == 0)
        {
            // A subject the parser attached loosely ("Moscow, while …, has sided with Iran": vocative, dep).
            foreach (var child in graph.Children(verb))
            {
                if (child < verb && graph.Relation(child) is "vocative" or "dep" or "discourse" && graph.MentionAt[child] is { } loose)
                {
                    sources.Add(loose);
                }
            }
        }

        if (targets.Count == 0)
        {
            // "Libya offered to hand over the suspects to Britain": the recipient sits in the infinitive.
            var complement = graph.Child(verb, "xcomp");
            if (complement >= 0)
            {
                foreach (var child in graph.Children(complement))
                {
                    if (graph.Relation(child) is "obj" or "iobj" || (graph.Relation(child) == "obl" && graph.CaseOf(child) is { } preposition && TargetPrepositions.Contains(preposition)))
                    {
                        targets.AddRange(graph.ArgumentMentions(child).Where(m => !sources.Contains(m)));
                    }
                }
            }
        }

        if (targets.Count == 0 && AdjacentTarget(graph, verb) is { } adjacent && !sources.Contains(adjacent))
        {
            targets.Add(adjacent);
        }

        return (sources, targets);
    }

    private static void AddAddressees(SentenceGraph graph, int token, List<Mention> objects)
    {
        // A noun's prepositional dependent is nmod; the parser sometimes labels it obl.
        if (graph.Relation(token) is "nmod" or "obl" && graph.CaseOf(token) is { } addressee && ObjectAddresseePrepositions.Contains(addressee))
        {
            objects.AddRange(graph.ArgumentMentions(token));
        }
    }

    // What one asks, charges or offers: whoever made it ("a request by Erdogan", "the demands of the protesters",
    // "charges from the State Department") is on the receiving end of its acceptance or rejection.
    private static readonly HashSet<string> RequestNouns = new(StringComparer.Ordinal)
    {
        "request", "demand", "call", "appeal", "plea", "proposal", "offer", "invitation", "charge", "accusation",
        "allegation", "claim", "complaint", "ultimatum", "bid", "overture", "suggestion", "initiative", "plan", "order",
        "criticism", "warning", "threat", "condition", "recommendation", "ruling", "decision", "resolution",
    };

    private static void AddRequester(SentenceGraph graph, int noun, int modifier, List<Mention> objects)
    {
        // The parser labels "by X" on a noun obl:agent at times, as on a verb.
        if (graph.Relation(modifier) is "nmod" or "obl" && graph.CaseOf(modifier) is "by" or "of" or "from" && RequestNouns.Contains(graph.Lemma(noun)))
        {
            objects.AddRange(graph.ArgumentMentions(modifier));
        }
    }

    private static bool HasDemonstrativeSubject(SentenceGraph graph, int verb)
    {
        var subject = graph.Child(verb, "nsubj");
        if (subject < 0)
        {
            return false;
        }

        if (graph.Lower(subject) is "this" or "these" or "that")
        {
            return true;
        }

        var determiner = graph.Child(subject, "det");
        return determiner >= 0 && graph.Lower(determiner) is "this" or "these" or "such";
    }

    /// <summary>
    /// An actor right after the verb, or after its preposition ("met with Iran's president"), when the parse
    /// attached it elsewhere: long sentences are where a greedy parser errs, and adjacency rarely lies.
    /// </summary>
    private static Mention? AdjacentTarget(SentenceGraph graph, int verb)
    {
        var next = verb + 1;
        while (next < graph.Tokens.Length && graph.Tokens[next].Upos is "ADV" or "PART" && graph.Lower(next) is not ("not" or "n't"))
        {
            next++;
        }

        if (next < graph.Tokens.Length && TargetPrepositions.Contains(graph.Lower(next)))
        {
            next++;
        }

        return next < graph.Tokens.Length ? graph.MentionAt[next] : null;
    }

    private static readonly HashSet<string> TemporalWords = new(StringComparer.Ordinal)
    {
        "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    /// <summary>The subject a verb without its own takes from above: "Iran vowed to strike", "Russia met and praised", "Tehran's role in supplying".</summary>
    private static List<Mention> InheritedSubject(SentenceGraph graph, int verb)
    {
        var node = verb;
        for (var steps = 0; steps < 4; steps++)
        {
            var head = graph.Tokens[node].Head;
            if (head < 0)
            {
                break;
            }

            var relation = graph.Relation(node);
            if (relation == "acl" && node == verb && TemporalWords.Contains(graph.Lower(head)) && graph.Relation(head) == "obl" && graph.Tokens[head].Head is var owner and >= 0)
            {
                // "Khomeini today rejected the proposal" parsed as a clause on "today": the doer is what "today" hangs off.
                return graph.ArgumentMentions(owner);
            }

            if (graph.FullRelation(node) == "acl:relcl")
            {
                return graph.MentionAt[head] is { } antecedent ? [antecedent] : graph.ArgumentMentions(head);
            }

            if (relation is "xcomp" or "conj" or "advcl" or "acl")
            {
                if (graph.IsVerbal(head) || graph.Tokens[head].Upos is null or "ADJ")
                {
                    var subject = graph.Child(head, "nsubj");
                    if (subject >= 0)
                    {
                        return graph.ArgumentMentions(subject);
                    }
                }
                else
                {
                    // A nominal head: "Tehran's role in supplying …" – the possessor acts.
                    var possessor = graph.Child(head, "nmod:poss");
                    if (possessor >= 0)
                    {
                        return graph.ArgumentMentions(possessor);
                    }

                    // A predicate noun: "Germany has been the largest donor, contributing $46 million" – its subject acts.
                    if (relation == "acl" && graph.Child(head, "cop") >= 0 && graph.Child(head, "nsubj") is var predicated and >= 0)
                    {
                        return graph.ArgumentMentions(predicated);
                    }
                }

                node = head;
                continue;
            }

            break;
        }

        return [];
    }

    private static (List<Mention> Sources, List<Mention> Targets) LinearArguments(SentenceGraph graph, int verb)
    {
        Mention? source = null;
        for (var i = verb - 1; i >= 0 && source is null; i--)
        {
            if (graph.Tokens[i].Text is "," or ";" or ":")
            {
                break;
            }

            source = graph.MentionAt[i];
        }

        Mention? target = null;
        for (var i = verb + 1; i < graph.Tokens.Length && target is null; i++)
        {
            if (graph.Tokens[i].Text is "," or ";" or ":" or ".")
            {
                break;
            }

            target = graph.MentionAt[i];
        }

        return (source is null ? [] : [source], target is null ? [] : [target]);
    }

    private static List<int> LinearWindow(SentenceGraph graph, int verb)
    {
        var window = new List<int>();
        for (var i = Math.Max(0, verb - 3); i < Math.Min(graph.Tokens.Length, verb + 9); i++)
        {
            window.Add(i);
        }

        return window;
    }

    private static bool ParticlesFollow(SentenceGraph graph, int verb, IReadOnlyList<string> particles)
    {
        for (var k = 0; k < particles.Count; k++)
        {
            var at = verb + 1 + k;
            if (at >= graph.Tokens.Length || graph.Lower(at) != particles[k])
            {
                return false;
            }
        }

        return true;
    }

    // Verbs whose meaning lies in their object: their patterns are idioms ("take part", "make peace", "get away")
    // that do not carry over to the other verbs of a PETRARCH block ("captured part of a stronghold"). Giving's
    // patterns ("give aid") do carry over to providing and donating, so "give" is not among them.
    private static readonly HashSet<string> LightVerbs = new(StringComparer.Ordinal)
    {
        "take", "make", "have", "get", "put", "do", "keep", "set", "go", "come",
    };

    private static bool IsForeignIdiom(VerbPattern pattern, VerbEntry entry) =>
        LightVerbs.Contains(pattern.Origin) && !entry.Lemma.StartsWith(pattern.Origin, StringComparison.Ordinal);

    private static bool HasLiteralWords(VerbPattern pattern, HashSet<string> clauseWords)
    {
        for (var e = 0; e < pattern.Elements.Count; e++)
        {
            var element = pattern.Elements[e];
            if (element.Kind == PatternElementKind.Word && !clauseWords.Contains(element.Value) && !ContainsPlural(clauseWords, element.Value))
            {
                return false;
            }
        }

        return true;
    }

    // "sanctions" in the clause matches the pattern word "sanction" whatever the lemmatizer made of it.
    private static bool ContainsPlural(HashSet<string> clauseWords, string word)
    {
        Span<char> plural = word.Length < 128 ? stackalloc char[word.Length + 1] : new char[word.Length + 1];
        word.CopyTo(plural);
        plural[^1] = 's';
        return clauseWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(plural);
    }

    private bool PatternMatches(SentenceGraph graph, int verb, List<int> clause, VerbPattern pattern)
    {
        var after = -1;
        for (var c = 0; c < clause.Count && after < 0; c++)
        {
            after = clause[c] > verb ? c : -1;
        }

        var position = after < 0 ? clause.Count : after;
        var beforePosition = 0;
        for (var e = 0; e < pattern.Elements.Count; e++)
        {
            var element = pattern.Elements[e];
            if (element.Kind is PatternElementKind.Target or PatternElementKind.Source)
            {
                continue;
            }

            if (element.BeforeVerb)
            {
                var found = false;
                while (beforePosition < clause.Count && clause[beforePosition] < verb)
                {
                    if (Matches(element.Value, graph, clause[beforePosition++]))
                    {
                        found = true;
                        break;
                    }
                }

                if (!found)
                {
                    return false;
                }

                continue;
            }

            var matched = false;
            while (position < clause.Count)
            {
                if (Matches(element.Value, graph, clause[position++]))
                {
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                return false;
            }
        }

        return true;
    }

    private bool Matches(string patternWord, SentenceGraph graph, int token)
    {
        var lower = graph.Lower(token);
        if (patternWord[0] == '&')
        {
            return _lexicon.InSynonymSet(patternWord, lower) || _lexicon.InSynonymSet(patternWord, graph.Lemma(token));
        }

        return lower == patternWord || graph.Lemma(token) == patternWord
            || (lower.Length == patternWord.Length + 1 && lower[^1] == 's' && lower.StartsWith(patternWord, StringComparison.Ordinal));
    }

    private CodedEvent? ToRecord(Extraction extraction, SentenceGraph graph, EventCandidate candidate, (DateOnly? Date, string? Text) storyDate)
    {
        // A person with a title but no country ("Defence Minister Pierre Joxe" with no story date) is no
        // CAMEO actor: an event coded "GOV" would claim a dyad it does not know.
        if (!HasCountry(candidate.Source.Actor) || (candidate.Target is { } target && !HasCountry(target.Actor)))
        {
            return null;
        }

        var code = candidate.Code;
        var (negated, modality) = ModalityReader.Read(graph, candidate.Trigger);
        if (negated && IntentCodes.RefusalFor(graph, candidate.Trigger, code) is { } refusal)
        {
            code = refusal;
            negated = false;
        }
        else if (IntentCodes.For(graph, candidate.Trigger, code) is { } intent)
        {
            code = intent;
        }

        var info = _catalog.Find(code);
        if (info is null)
        {
            return null;
        }

        var trigger = graph.Tokens[candidate.Trigger];
        var location = FindPlace(graph, candidate.Trigger);
        info = RefineMeetingCode(info, candidate, location);

        if (candidate.Target is { } thing && IsUnresolved(thing) && location?.Country is { } where)
        {
            // "blew up power lines leading into Kabul", "reimposed blockades in the West Bank": what is hit where the
            // event happens belongs to that country, as event coders code a located act with no named victim.
            candidate = candidate with { Target = thing with { Actor = thing.Actor with { Code = where, Country = where, Kind = ActorKind.State } } };
        }

        var (date, granularity, dateText) = FindDate(extraction, graph, candidate, storyDate);
        var id = EventId(extraction.Article.Id, graph.Sentence.Index, trigger.Start, candidate.Source.Actor.Code, candidate.Target?.Actor.Code, info.Code);
        return new CodedEvent
        {
            Id = id,
            Source = EventActor.From(candidate.Source),
            Target = candidate.Target is null ? null : EventActor.From(candidate.Target),
            Trigger = new TextSpan(trigger.Text, trigger.Start, trigger.End),
            Cameo = info.Code,
            Root = info.Root,
            QuadClass = info.QuadClass,
            Goldstein = info.Goldstein,
            Plover = info.PloverType is null ? null : new PloverCode(info.PloverType, info.PloverMode),
            Date = date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            DateGranularity = granularity,
            DateText = dateText,
            Location = location,
            Negated = negated,
            Modality = modality,
            Sentence = graph.Sentence.Index,
            Confidence = modality == Modality.Asserted ? candidate.Confidence : candidate.Confidence - 0.1,
            Rule = candidate.Rule,
        };
    }

    private static bool HasCountry(ActorRef actor) => actor.Country is not null || actor.Kind != ActorKind.Person;

    /// <summary>A meeting abroad is CAMEO 044 (third location); in one side's country it is a visit (042) or hosting (043).</summary>
    private EventCodeInfo RefineMeetingCode(EventCodeInfo info, EventCandidate candidate, Place? location)
    {
        if (info.Code != "040" || location?.Country is not { } where || candidate.Target is null)
        {
            return info;
        }

        var sourceCountry = candidate.Source.Actor.Country;
        var targetCountry = candidate.Target.Actor.Country;
        var refined = where == targetCountry ? "042" : where == sourceCountry ? "043" : sourceCountry is not null && targetCountry is not null ? "044" : null;
        return refined is not null && _catalog.Find(refined) is { } better ? better : info;
    }

    private Place? FindPlace(SentenceGraph graph, int trigger)
    {
        if (_resolvePlace is null || !graph.IsParsed)
        {
            return null;
        }

        foreach (var token in graph.ClauseTokens(trigger))
        {
            // "in X" is read wherever the parser hangs X in the clause: an oblique, a noun modifier, or a conjunct that
            // carries its own place preposition ("met Putin and Pezeshkian, in Ashgabat" with Ashgabat parsed as a
            // conjunct of Pezeshkian; "in Ashgabat and in Baku"). A conjunct without one is no place ("of Iran and Turkmenistan").
            var relation = graph.Relation(token);
            if (relation is not ("obl" or "nmod" or "conj") || graph.CaseOf(token) is not { } preposition || !PlacePrepositions.Contains(preposition))
            {
                continue;
            }

            if (graph.Tokens[token].Upos is not ("PROPN" or null))
            {
                continue;
            }

            var name = ProperName(graph, token);
            string? context = null;
            var appositive = graph.Child(token, "appos");
            if (appositive >= 0)
            {
                context = _resolvePlace(ProperName(graph, appositive), null) is { Precision: "country" } country ? country.Country : null;
            }

            if (_resolvePlace(name, context) is { } place)
            {
                return place;
            }
        }

        return null;
    }

    // A proper name's words: its head with the compound and flat proper nouns hung off it.
    private static (int First, int Last) ProperNameSpan(SentenceGraph graph, int head)
    {
        var first = head;
        var last = head;
        foreach (var child in graph.Children(head))
        {
            if (graph.Relation(child) is "compound" or "flat" && graph.Tokens[child].Upos is "PROPN" or null)
            {
                first = Math.Min(first, child);
                last = Math.Max(last, child);
            }
        }

        return (first, last);
    }

    private static string ProperName(SentenceGraph graph, int head)
    {
        var (first, last) = ProperNameSpan(graph, head);

        var tokens = graph.Tokens;
        var builder = new StringBuilder(tokens[first].Text);
        for (var i = first + 1; i <= last; i++)
        {
            builder.Append(' ').Append(tokens[i].Text);
        }

        return builder.ToString();
    }

    private static (DateOnly? Date, DateGranularity Granularity, string? Text) FindDate(Extraction extraction, SentenceGraph graph, EventCandidate candidate, (DateOnly? Date, string? Text) storyDate)
    {
        var sentence = graph.Sentence;
        TimeExpression? best = null;
        var clause = graph.IsParsed ? graph.ClauseTokens(candidate.Trigger) : null;
        foreach (var expression in extraction.Dates)
        {
            if (expression.Start < sentence.Start || expression.End > sentence.End || expression.Date is null)
            {
                continue;
            }

            var inClause = clause is null || clause.Exists(t => graph.Tokens[t].Start >= expression.Start && graph.Tokens[t].End <= expression.End);
            if (inClause)
            {
                best = expression;
                break;
            }
        }

        if (best is not null)
        {
            return (best.Date, best.Granularity, best.Text);
        }

        return storyDate.Date is { } day ? (day, DateGranularity.Day, storyDate.Text) : (null, DateGranularity.Unresolved, null);
    }

    private static string EventId(string articleId, int sentence, int triggerStart, string source, string? target, string code)
    {
        var key = $"{articleId}|{sentence}|{triggerStart}|{source}|{target}|{code}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..20];
    }
}
