using System.Text;
using Entente.Actors.KnowledgeBase;
using Entente.Language;
using Entente.Pipeline;

namespace Entente.Actors.Resolution;

/// <summary>
/// Finds actor mentions and resolves them to actors valid on the story's date: (1) titles read from the text
/// ("Iran's newly elected President Masoud Pezeshkian" → IRNGOV), (2) appositions ("Ali Akbar Ahmadian,
/// Secretary of Iran's Supreme National Security Council"), (3) the knowledge base (countries, capitals,
/// demonyms, organisations, armed groups, people with dated roles), (4) in-document coreference of surnames
/// and "his Iranian counterpart".
/// </summary>
public sealed class ActorMentionStage : IExtractionStage
{
    private static readonly HashSet<string> TitleModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "newly", "recently", "elected", "new", "former", "then", "acting", "interim", "incoming", "outgoing", "current", "top", "senior", "de", "facto", "-",
    };

    // Sector words that are not a person's title: "Military Dimension" is a heading, not General Dimension.
    private static readonly HashSet<string> CollectiveAgents = new(StringComparer.OrdinalIgnoreCase)
    {
        "military", "army", "navy", "forces", "troops", "police", "government", "opposition", "rebels", "militants", "media", "business", "people", "officials", "authorities",
    };

    // Plural nouns for groups that act in the news as one side; singular titles ("minister") need a country.
    private static readonly HashSet<string> GenericAgents = new(StringComparer.OrdinalIgnoreCase)
    {
        "rebels", "insurgents", "militants", "guerrillas", "guerillas", "gunmen", "fighters", "militias", "militiamen", "jihadists", "extremists", "terrorists",
        "protesters", "protestors", "demonstrators", "activists", "rioters", "strikers", "workers", "employees", "students", "farmers",
        "troops", "soldiers", "forces", "police", "policemen", "officers", "authorities", "officials", "prosecutors", "judges", "hackers", "refugees", "civilians",
    };

    private static readonly HashSet<string> LocativePrepositions = new(StringComparer.OrdinalIgnoreCase) { "in", "at", "near", "outside", "inside", "around" };

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "al", "bin", "ibn", "de", "van", "von", "der", "da", "del", "la", "le", "abu", "el" };

    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase) { "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Sheikh", "Shaikh", "Prof" };

    private readonly ActorKnowledgeBase _knowledgeBase;

    // The knowledge base's answers for the sentence being read (set per sentence by Process).
    private static SentenceMatchCache Matches => SentenceMatchCache.Current;

    /// <summary>Creates the stage over a knowledge base.</summary>
    public ActorMentionStage(ActorKnowledgeBase knowledgeBase) => _knowledgeBase = knowledgeBase;

    /// <inheritdoc />
    public void Process(Extraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var on = extraction.Article.PublishedOn;
        var people = new PeopleRegistry();
        foreach (var sentence in extraction.Document.Sentences)
        {
            var tokens = sentence.Tokens;
            SentenceMatchCache.For(_knowledgeBase, tokens, on);
            var i = 0;
            while (i < tokens.Length)
            {
                var mention = ReadLeadersGovernment(extraction, sentence, i, on)
                    ?? ReadTitledPerson(extraction, sentence, i, on, people)
                    ?? ReadCounterpart(extraction, sentence, i, on, people)
                    ?? ReadKnowledgeBaseActor(extraction, sentence, i, on, people)
                    ?? ReadKnownSurname(extraction, sentence, i, people)
                    ?? ReadOfficeHolderSurname(extraction, sentence, i, on, people)
                    ?? ReadGenericAgent(extraction, sentence, i, on);
                if (mention is null)
                {
                    i++;
                    continue;
                }

                extraction.Mentions.Add(mention);
                i = mention.LastToken + 1;
            }
        }
    }

    private static readonly HashSet<string> GovernmentNouns = new(StringComparer.Ordinal) { "administration", "government", "regime", "cabinet", "junta" };

    /// <summary>
    /// "The Bush administration", "the Assad regime": a government named after its leader is the government of the
    /// country the leader governed (on the story's date, or in any story when all the surname's office holders
    /// served one country).
    /// </summary>
    private Mention? ReadLeadersGovernment(Extraction extraction, Sentence sentence, int start, DateOnly? on)
    {
        var tokens = sentence.Tokens;
        if (start + 1 >= tokens.Length || !GovernmentNouns.Contains(tokens[start + 1].Text) || tokens[start].Upos != "PROPN" || !IsCapitalized(tokens[start].Text))
        {
            return null;
        }

        var surname = tokens[start].Text;
        var holders = on is { } date ? _knowledgeBase.FindOfficeHolders(surname, date) : _knowledgeBase.FindRoleHoldersAnyDate(surname, "GOV");
        if (OneCountryIn(holders, "GOV") is not { Country: { } country } leader)
        {
            return null;
        }

        var government = new ActorRef
        {
            Code = country + "GOV",
            Name = $"{leader.Name ?? surname} {tokens[start + 1].Text}",
            Country = country,
            Sector = "GOV",
            Kind = ActorKind.StateAgency,
        };
        return MakeMention(extraction, sentence, start, start + 1, start + 1, government, "kb:leader+" + tokens[start + 1].Text);
    }

    // The first of the holders in the sector when all of those served one country, else null. A loop, not lambdas:
    // a lambda capturing a local of a reader makes its closure on every call, that is for every token.
    private static ActorRef? OneCountryIn(IReadOnlyList<ActorRef> holders, string sector)
    {
        ActorRef? first = null;
        foreach (var holder in holders)
        {
            if (holder.Sector != sector)
            {
                continue;
            }

            if (first is null)
            {
                first = holder;
            }
            else if (holder.Country != first.Country)
            {
                return null;
            }
        }

        return first?.Country is null ? null : first;
    }

    /// <summary>[Country] [modifiers] Title Name — "Russian President Vladimir Putin", "Iran's newly elected President Masoud Pezeshkian", "President Putin".</summary>
    private Mention? ReadTitledPerson(Extraction extraction, Sentence sentence, int start, DateOnly? on, PeopleRegistry people)
    {
        var tokens = sentence.Tokens;
        var span = tokens.AsSpan();
        var i = start;
        ActorRef? country = null;
        if (Matches.TryMatch(span, i, on, out var countryMatch) && countryMatch.Actor.Kind == ActorKind.Person)
        {
            // The knowledge base knows the titled name itself ("President Bush"), with the dates of its holders' roles.
            return null;
        }

        if (countryMatch.Actor is { Kind: not ActorKind.State } && Matches.TryMatchAgent(span, i, out var leadingAgent) && countryMatch.Length > leadingAgent.Length)
        {
            // "Islamic State" is the armed group, not the agent word "Islamic" titling someone called "State".
            return null;
        }

        if (countryMatch.Actor?.Kind == ActorKind.State)
        {
            country = countryMatch.Actor;
            i += countryMatch.Length;
            if (i < tokens.Length && tokens[i].Text is "'s" or "’s" or "'")
            {
                i++;
            }
        }

        while (i < tokens.Length && TitleModifiers.Contains(tokens[i].Text))
        {
            i++;
        }

        if (i >= tokens.Length || !Matches.TryMatchAgent(span, i, out var agent) || !IsCapitalized(tokens[i].Text) && country is null)
        {
            return null;
        }

        var nameStart = i + agent.Length;
        while (nameStart + 1 < tokens.Length && Honorifics.Contains(tokens[nameStart].Text.TrimEnd('.')))
        {
            // "President Dr. Ashraf Ghani": the honorific is part of neither the title nor the name.
            nameStart++;
        }

        // "Secretary of Iran's Supreme National Security Council" is an apposition's title, not a person's name.
        if (nameStart < tokens.Length && tokens[nameStart].Text == "of")
        {
            return null;
        }

        var (nameEnd, known) = ReadName(span, nameStart, on, people);
        if (country is null && known is null && CollectiveAgents.Contains(agent.Title))
        {
            return null;
        }

        if (nameEnd <= nameStart)
        {
            if (country is null)
            {
                return null;
            }

            // A role without a name: "Iran's new president", "Iranian officials".
            var roleOnly = new ActorRef
            {
                Code = country.Code + agent.Sector,
                Name = country.Name,
                Country = country.Country ?? country.Code,
                Sector = agent.Sector,
                Kind = ActorKind.StateAgency,
                Role = agent.Title,
            };
            return MakeMention(extraction, sentence, start, nameStart - 1, nameStart - 1, roleOnly, "title:" + agent.Title.ToLowerInvariant());
        }

        var name = JoinTokens(span, nameStart, nameEnd - 1);
        if (country is null && known is null && on is null
            && _knowledgeBase.FindRoleHoldersAnyDate(span[nameEnd - 1].Text, agent.Sector, GivenName(span, nameStart, nameEnd)) is [var holder, ..])
        {
            // "President Mubarak" in an undated story: the surname's only role holders all served one country, in
            // the sector the title names (a businessman namesake is not "President …").
            known = holder;
        }

        if (country is null && known is null && on is { } date
            && OneCountryIn(_knowledgeBase.FindOfficeHolders(span[nameEnd - 1].Text, date), agent.Sector) is { } office)
        {
            // "President Putin" in a story of 2005: the surname's holders of an office of the title's sector on the
            // story's date all served one country.
            known = office;
        }

        var actor = PersonFromText(name, known, country, agent, on);
        people.Register(actor, name);
        return MakeMention(extraction, sentence, start, nameEnd - 1, nameEnd - 1, actor, country is null ? "title:" + agent.Title.ToLowerInvariant() : "title:country+" + agent.Title.ToLowerInvariant());
    }

    /// <summary>"his Iranian counterpart, Masoud Pezeshkian" — the other side's leader, of the country the adjective names.</summary>
    private Mention? ReadCounterpart(Extraction extraction, Sentence sentence, int start, DateOnly? on, PeopleRegistry people)
    {
        var tokens = sentence.Tokens;
        var span = tokens.AsSpan();
        var i = start;
        if (tokens[i].Text is "his" or "her" or "their")
        {
            i++;
        }

        if (i >= tokens.Length || !Matches.TryMatch(span, i, on, out var country) || country.Actor.Kind != ActorKind.State)
        {
            return null;
        }

        var counterpart = i + country.Length;
        if (counterpart >= tokens.Length || !tokens[counterpart].Text.StartsWith("counterpart", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var nameStart = counterpart + 1;
        if (nameStart < tokens.Length && tokens[nameStart].Text == ",")
        {
            nameStart++;
        }

        var (nameEnd, known) = ReadName(span, nameStart, on, people);
        var agent = new AgentMatch(1, "GOV", "Counterpart");
        if (nameEnd <= nameStart)
        {
            var unnamed = new ActorRef { Code = country.Actor.Code + "GOV", Name = country.Actor.Name, Country = country.Actor.Country ?? country.Actor.Code, Sector = "GOV", Kind = ActorKind.StateAgency, Role = "Counterpart" };
            return MakeMention(extraction, sentence, start, counterpart, counterpart, unnamed, "coref:counterpart");
        }

        var name = JoinTokens(span, nameStart, nameEnd - 1);
        var actor = PersonFromText(name, known, country.Actor, agent, on);
        people.Register(actor, name);
        return MakeMention(extraction, sentence, start, nameEnd - 1, nameEnd - 1, actor, "coref:counterpart");
    }

    private static readonly HashSet<string> MonthNames = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Ramadan", "Muharram",
    };

    private static readonly HashSet<string> DateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "until", "till", "from", "by", "of", "last", "next", "early", "late", "mid", "this", "before", "after", "during", "on",
    };

    /// <summary>A month name (calendar or Islamic) with a day or year next to it, or after a word that introduces a date ("month of Ramadan").</summary>
    private static bool IsDateMonth(ReadOnlySpan<Token> tokens, int at)
    {
        if (!MonthNames.Contains(tokens[at].Text))
        {
            return false;
        }

        static bool IsNumber(Token token) => token.Text.Length > 0 && char.IsAsciiDigit(token.Text[0]);
        return (at > 0 && (IsNumber(tokens[at - 1]) || DateWords.Contains(tokens[at - 1].Text)))
            || (at + 1 < tokens.Length && IsNumber(tokens[at + 1]));
    }

    private Mention? ReadKnowledgeBaseActor(Extraction extraction, Sentence sentence, int start, DateOnly? on, PeopleRegistry people)
    {
        var tokens = sentence.Tokens;
        var span = tokens.AsSpan();
        if (!Matches.TryMatch(span, start, on, out var match))
        {
            return null;
        }

        var last = start + match.Length - 1;
        var actor = match.Actor;
        // "in Ashgabat" names where something happened, not the government acting: places take no part as actors.
        if (match.Rule is "kb:capital" or "kb:place" && start > 0 && LocativePrepositions.Contains(tokens[start - 1].Text))
        {
            return null;
        }

        if (actor.Kind == ActorKind.Person && match.Length == 1 && IsDateMonth(span, start))
        {
            // "from 1 May", "in May 2004", "since March": a month, not Theresa May.
            return null;
        }

        if (actor.Kind == ActorKind.Person)
        {
            actor = ApplyApposition(span, last + 1, actor) ?? actor;
            people.Register(actor, JoinTokens(span, start, last));
            return MakeMention(extraction, sentence, start, last, last, actor, match.Rule);
        }

        // "Iranian officials", "Russia's military", "Israeli forces": a country with a sector word after it.
        if (actor.Kind == ActorKind.State)
        {
            var next = last + 1;
            if (next < tokens.Length && tokens[next].Text is "'s" or "’s")
            {
                next++;
            }

            if (next < tokens.Length && Matches.TryMatchAgent(span, next, out var agent) && !StartsName(span, next + agent.Length))
            {
                var sectorActor = new ActorRef
                {
                    Code = (actor.Country ?? actor.Code) + agent.Sector,
                    Name = actor.Name,
                    Country = actor.Country ?? actor.Code,
                    Sector = agent.Sector,
                    Kind = ActorKind.StateAgency,
                    Role = agent.Title,
                };
                var end = next + agent.Length - 1;
                return MakeMention(extraction, sentence, start, end, end, sectorActor, match.Rule + "+agent");
            }

            // A demonym before a common noun ("Iranian-made drones", "Iranian weapons") still names the country.
        }

        return MakeMention(extraction, sentence, start, last, last, actor, match.Rule);
    }

    /// <summary>"Ali Akbar Ahmadian, Secretary of Iran's Supreme National Security Council": the role the text gives.</summary>
    private ActorRef? ApplyApposition(ReadOnlySpan<Token> tokens, int comma, ActorRef person)
    {
        if (comma + 3 >= tokens.Length || tokens[comma].Text != ",")
        {
            return null;
        }

        var titleStart = comma + 1;
        if (!Matches.TryMatchAgent(tokens, titleStart, out var agent))
        {
            return null;
        }

        var of = titleStart + agent.Length;
        if (of >= tokens.Length || tokens[of].Text != "of" || !Matches.TryMatch(tokens, of + 1, null, out var country) || country.Actor.Kind != ActorKind.State)
        {
            return null;
        }

        var end = of + 1 + country.Length;
        if (end < tokens.Length && tokens[end].Text is "'s" or "’s")
        {
            end++;
        }

        while (end < tokens.Length && IsCapitalized(tokens[end].Text) && tokens[end].Text is not ("," or "."))
        {
            end++;
        }

        var role = JoinTokens(tokens, titleStart, end - 1);
        var iso = country.Actor.Country ?? country.Actor.Code;
        return person with { Code = iso + agent.Sector, Country = iso, Sector = agent.Sector, Role = role };
    }

    private Mention? ReadKnownSurname(Extraction extraction, Sentence sentence, int start, PeopleRegistry people)
    {
        var tokens = sentence.Tokens;
        if (!IsCapitalized(tokens[start].Text) || people.FindBySurname(tokens[start].Text) is not { } person)
        {
            return null;
        }

        return MakeMention(extraction, sentence, start, start, start, person, "coref:surname");
    }

    /// <summary>A lone surname the NER calls a person, held by exactly one office holder on the story's date ("Putin met …").</summary>
    private Mention? ReadOfficeHolderSurname(Extraction extraction, Sentence sentence, int start, DateOnly? on, PeopleRegistry people)
    {
        var tokens = sentence.Tokens;
        var token = tokens[start];
        // The NER misses well-known surnames standing alone ("Trump and King Abdullah will meet"): a lone proper
        // noun it left untagged may still be one, when it is not part of a longer name or a modifier of a noun
        // ("Key areas").
        var lonePropn = token.Ner is null or "O" && token.Upos == "PROPN" && token.Text.Length > 2
            && (start == 0 || tokens[start - 1].Upos != "PROPN")
            && (start + 1 >= tokens.Length || (tokens[start + 1].Upos is not ("PROPN" or "NOUN" or "ADJ" or "NUM") && tokens[start + 1].Text != "-"))
            && !Matches.TryMatchAgent(tokens.AsSpan(), start, out _);
        if (!lonePropn && token.Ner is not ("B-PER" or "U-PER" or "S-PER") || !IsCapitalized(token.Text)
            || (start + 1 < tokens.Length && tokens[start + 1].Ner is "I-PER" or "L-PER") || IsDateMonth(tokens, start))
        {
            return null;
        }

        if (on is not { } date)
        {
            // An undated story: the surname's role holders, when they all served one country ("Erdogan said …").
            var anyDate = _knowledgeBase.FindRoleHoldersAnyDate(token.Text, null);
            if (anyDate.Count != 1)
            {
                return null;
            }

            people.Register(anyDate[0], anyDate[0].Name ?? token.Text);
            return MakeMention(extraction, sentence, start, start, start, anyDate[0], "kb:surname-any-date");
        }

        var holders = _knowledgeBase.FindOfficeHolders(token.Text, date);
        if (holders.Count != 1)
        {
            return null;
        }

        people.Register(holders[0], holders[0].Name ?? token.Text);
        return MakeMention(extraction, sentence, start, start, start, holders[0], "kb:surname-on-date");
    }

    /// <summary>
    /// A group named by what it is, not who: "rebels", "Demonstrators in Baghdad", "workers". Its country is the
    /// place the phrase puts it in ("in Baghdad", "of Zimbabwe"); without one it is coded "---" plus its sector,
    /// CAMEO's mark for an actor of unknown country, and the event's country pair stays unknown.
    /// </summary>
    // "its soldiers from Basra", "their 300 troops in Iraq": the pronoun's owner has them; the place is where they are.
    private static bool PossessedByPronoun(Token[] tokens, int noun)
    {
        for (var i = noun - 1; i >= 0 && noun - i <= 4; i--)
        {
            if (tokens[i].Xpos == "PRP$")
            {
                return true;
            }

            if (tokens[i].Upos is not ("ADJ" or "NUM" or "ADV"))
            {
                return false;
            }
        }

        return false;
    }

    private Mention? ReadGenericAgent(Extraction extraction, Sentence sentence, int start, DateOnly? on)
    {
        var tokens = sentence.Tokens;
        var span = tokens.AsSpan();
        if (tokens[start].Upos is not ("NOUN" or null) || !GenericAgents.Contains(tokens[start].Text) || !Matches.TryMatchAgent(span, start, out var agent))
        {
            return null;
        }

        var last = start + agent.Length - 1;
        string? country = null;
        var next = last + 1;
        if (next + 1 < tokens.Length && tokens[next].Text is "in" or "from" or "of" && !PossessedByPronoun(tokens, start))
        {
            var at = next + 1;
            if (tokens[at].Text is "the" && at + 1 < tokens.Length)
            {
                at++;
            }

            if (Matches.TryMatch(span, at, on, out var place) && place.Actor.Kind is ActorKind.State or ActorKind.StateAgency && (place.Actor.Country ?? place.Actor.Code) is { Length: 3 } iso)
            {
                country = iso;
                last = at + place.Length - 1;
            }
        }

        if (country is null && OwnerBefore(extraction, sentence, start) is { } owner)
        {
            // "Iran's economic and security officials": the state named earlier in the phrase owns the group.
            country = owner;
        }

        var actor = new ActorRef
        {
            Code = (country ?? "---") + agent.Sector,
            Name = agent.Title,
            Country = country,
            Sector = agent.Sector,
            Kind = ActorKind.Group,
        };
        return MakeMention(extraction, sentence, start, last, start, actor, country is null ? "generic:" + agent.Sector.ToLowerInvariant() : "generic+place:" + agent.Sector.ToLowerInvariant());
    }

    /// <summary>The state mentioned just before a noun phrase's head, past its modifiers ("Iran's economic and security …").</summary>
    private static string? OwnerBefore(Extraction extraction, Sentence sentence, int head)
    {
        if (extraction.Mentions.Count == 0 || extraction.Mentions[^1] is not { } previous || previous.Sentence != sentence.Index
            || previous.Actor.Kind != ActorKind.State || previous.LastToken >= head || head - previous.LastToken > 6)
        {
            return null;
        }

        for (var t = previous.LastToken + 1; t < head; t++)
        {
            var token = sentence.Tokens[t];
            if (token.Text is not ("'s" or "’s" or "and" or ",") && token.Upos is not ("ADJ" or "NOUN" or "CCONJ"))
            {
                return null;
            }
        }

        return previous.Actor.Country ?? previous.Actor.Code;
    }

    /// <summary>Reads a person's name at <paramref name="start"/>: a known person from the knowledge base, a surname seen before, or capitalised words.</summary>
    private (int End, ActorRef? Known) ReadName(ReadOnlySpan<Token> tokens, int start, DateOnly? on, PeopleRegistry people)
    {
        if (start >= tokens.Length)
        {
            return (start, null);
        }

        if (Matches.TryMatch(tokens, start, on, out var match))
        {
            return match.Actor.Kind == ActorKind.Person ? (start + match.Length, match.Actor) : (start, null);
        }

        var end = start;
        while (end < tokens.Length && (IsNameWord(tokens[end]) || (end > start && NameParticles.Contains(tokens[end].Text.ToLowerInvariant()) && end + 1 < tokens.Length && IsNameWord(tokens[end + 1]))))
        {
            end++;
        }

        if (end == start + 1 && people.FindBySurname(tokens[start].Text) is { } coreferent)
        {
            return (end, coreferent);
        }

        return (end, null);
    }

    /// <summary>The first word of a name of several words, past honorifics ("Dr. Ashraf Ghani" → Ashraf), or null.</summary>
    private static string? GivenName(ReadOnlySpan<Token> tokens, int start, int end)
    {
        for (var i = start; i < end - 1; i++)
        {
            if (!tokens[i].Text.EndsWith('.') && !Honorifics.Contains(tokens[i].Text))
            {
                return tokens[i].Text;
            }
        }

        return null;
    }

    private bool StartsName(ReadOnlySpan<Token> tokens, int index) =>
        index < tokens.Length && IsNameWord(tokens[index]) && !Matches.TryMatch(tokens, index, null, out _);

    private static bool IsNameWord(in Token token)
    {
        var text = token.Text;
        if (token.Upos is { } upos && upos != "PROPN")
        {
            return false;
        }

        return text.Length > 1 && (char.IsUpper(text[0]) || (text.StartsWith("al-", StringComparison.Ordinal) && text.Length > 3))
            && !text.All(char.IsUpper) && text.Any(char.IsLetter);
    }

    private static ActorRef PersonFromText(string name, ActorRef? known, ActorRef? country, AgentMatch agent, DateOnly? on)
    {
        _ = on;
        if (country is null)
        {
            // "President Putin": the knowledge base or an earlier mention knows who and which country.
            return known ?? new ActorRef { Code = agent.Sector, Name = name, ActorId = "person:" + Slug(name), Sector = agent.Sector, Kind = ActorKind.Person, Role = agent.Title };
        }

        var iso = country.Country ?? country.Code;
        return new ActorRef
        {
            Code = iso + agent.Sector,
            ActorId = known?.ActorId ?? "person:" + Slug(name),
            Name = known?.Name ?? name,
            Country = iso,
            Sector = agent.Sector,
            Kind = ActorKind.Person,
            Role = agent.Title == "Counterpart" ? known?.Role ?? "Counterpart" : $"{agent.Title} of {country.Name ?? iso}",
        };
    }

    private static Mention MakeMention(Extraction extraction, Sentence sentence, int first, int last, int head, ActorRef actor, string rule)
    {
        var tokens = sentence.Tokens;
        var start = tokens[first].Start;
        var end = tokens[last].End;
        return new Mention
        {
            Text = extraction.Article.Text[start..end],
            Start = start,
            End = end,
            Sentence = sentence.Index,
            FirstToken = first,
            LastToken = last,
            HeadToken = head,
            Actor = actor,
            Rule = rule,
        };
    }

    private static bool IsCapitalized(string text) => text.Length > 0 && char.IsUpper(text[0]);

    private static string JoinTokens(ReadOnlySpan<Token> tokens, int first, int last)
    {
        var builder = new StringBuilder(tokens[first].Text);
        for (var i = first + 1; i <= last; i++)
        {
            // Keep the text's own spacing: "al-Sudani", "Iran's".
            if (tokens[i].Start > tokens[i - 1].End)
            {
                builder.Append(' ');
            }

            builder.Append(tokens[i].Text);
        }

        return builder.ToString();
    }

    private static string Slug(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            builder.Append(char.IsLetterOrDigit(c) ? c : '-');
        }

        return builder.ToString().Trim('-');
    }
}
