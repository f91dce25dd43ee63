using Entente.Actors;
using Entente.Events;
using Entente.Events.Coding;
using Entente.Events.Lexicon;
using Entente.Ontology;
using Entente.Places;

namespace Entente.Tests.Events;

/// <summary>Pronouns, intents, addressees, obligations, places as targets and shared demonym nouns, over hand-built parses.</summary>
public sealed class EventCodingMechanismTests
{
    private static readonly EventCodingStage Coder = new(VerbLexicon.Default, CameoCatalog.Default, Geocoder.Default.Resolve);

    [Fact]
    public void APronounSubjectOfAReportedClauseIsTheSpeakerAndAWillingnessIsAnIntentToYield()
    {
        // Honduras says it is willing to withdraw its troops .  (the parser reads "it" as an expletive)
        var extraction = new ParsedSentenceBuilder()
            .Word("Honduras", "PROPN", 2, "nsubj")
            .Word("says", "VERB", 0, "root", "say")
            .Word("it", "PRON", 5, "expl")
            .Word("is", "AUX", 5, "cop", "be")
            .Word("willing", "ADJ", 2, "ccomp")
            .Word("to", "PART", 7, "mark")
            .Word("withdraw", "VERB", 5, "xcomp")
            .Word("its", "PRON", 9, "nmod:poss")
            .Word("troops", "NOUN", 7, "obj", "troop")
            .Word(".", "PUNCT", 2, "punct")
            .Actor(1, 1, "HND")
            .Build();

        Coder.Process(extraction);

        var withdrawal = extraction.Events.Single(e => e.Trigger.Text == "withdraw");
        withdrawal.Source.Code.ShouldBe("HND");
        withdrawal.Target.ShouldBeNull();
        withdrawal.Cameo.ShouldStartWith("035");
        withdrawal.Plover!.Type.ShouldBe("AGREE");
        withdrawal.Rule.ShouldContain("+pronoun");
    }

    [Fact]
    public void AThreatenedAttackIsAThreatOfForceNotAnAttack()
    {
        // Iran threatened to shell Iraqi towns .
        var extraction = new ParsedSentenceBuilder()
            .Word("Iran", "PROPN", 2, "nsubj")
            .Word("threatened", "VERB", 0, "root", "threaten")
            .Word("to", "PART", 4, "mark")
            .Word("shell", "VERB", 2, "xcomp")
            .Word("Iraqi", "ADJ", 6, "amod")
            .Word("towns", "NOUN", 4, "obj", "town")
            .Word(".", "PUNCT", 2, "punct")
            .Actor(1, 1, "IRN")
            .Actor(5, 5, "IRQ")
            .Build();

        Coder.Process(extraction);

        var shelling = extraction.Events.Single(e => e.Trigger.Text == "shell");
        shelling.Cameo.ShouldBe("1384");
        shelling.Plover!.Type.ShouldBe("THREATEN");
        shelling.Target!.Code.ShouldBe("IRQ");
        extraction.Events.ShouldNotContain(e => e.Root == "19");
    }

    [Fact]
    public void ADemandIsAddressedToTheSubjectOfItsThatClause()
    {
        // Washington demanded that Hamas renounce violence .
        var extraction = new ParsedSentenceBuilder()
            .Word("Washington", "PROPN", 2, "nsubj")
            .Word("demanded", "VERB", 0, "root", "demand")
            .Word("that", "SCONJ", 5, "mark")
            .Word("Hamas", "PROPN", 5, "nsubj")
            .Word("renounce", "VERB", 2, "ccomp")
            .Word("violence", "NOUN", 5, "obj")
            .Word(".", "PUNCT", 2, "punct")
            .Actor(1, 1, "USAGOV")
            .Actor(4, 4, "PSEREB")
            .Build();

        Coder.Process(extraction);

        var demand = extraction.Events.Single(e => e.Trigger.Text == "demanded");
        demand.Root.ShouldBe("10");
        demand.Source.Code.ShouldBe("USAGOV");
        demand.Target!.Code.ShouldBe("PSEREB");
    }

    [Fact]
    public void SayingThatAnotherCountryMustActIsADemandToIt()
    {
        // Russia said Sudan must return the helicopter .
        var extraction = new ParsedSentenceBuilder()
            .Word("Russia", "PROPN", 2, "nsubj")
            .Word("said", "VERB", 0, "root", "say")
            .Word("Sudan", "PROPN", 5, "nsubj")
            .Word("must", "AUX", 5, "aux")
            .Word("return", "VERB", 2, "ccomp")
            .Word("the", "DET", 7, "det")
            .Word("helicopter", "NOUN", 5, "obj")
            .Word(".", "PUNCT", 2, "punct")
            .Actor(1, 1, "RUS")
            .Actor(3, 3, "SDN")
            .Build();

        Coder.Process(extraction);

        extraction.Events.ShouldContain(e => e.Cameo == "010" && e.Source.Code == "RUS");
        var demand = extraction.Events.Single(e => e.Cameo == "100");
        demand.Source.Code.ShouldBe("RUS");
        demand.Target!.Code.ShouldBe("SDN");
        demand.Rule.ShouldContain("+obligation");
    }

    [Fact]
    public void ViolenceWithNoNamedVictimTakesTheCountryWhereItHappenedAsTarget()
    {
        // Rebels shelled positions in Kabul .
        var extraction = new ParsedSentenceBuilder()
            .Word("Rebels", "NOUN", 2, "nsubj", "rebel")
            .Word("shelled", "VERB", 0, "root", "shell")
            .Word("positions", "NOUN", 2, "obj", "position")
            .Word("in", "ADP", 5, "case")
            .Word("Kabul", "PROPN", 3, "nmod")
            .Word(".", "PUNCT", 2, "punct")
            .Actor(1, 1, "AFGREB")
            .Build();

        Coder.Process(extraction);

        var shelling = extraction.Events.Single();
        shelling.Root.ShouldBe("19");
        // The positions hit are kept as the target's words; being where the act happened, they are Afghanistan's.
        shelling.Target!.Country.ShouldBe("AFG");
        shelling.Target.Text.ShouldBe("positions");
        shelling.Rule.ShouldStartWith("verb:shell");
    }

    [Fact]
    public void ADescriptiveParticipleIsNoAttack()
    {
        // an order dominated by the United States
        var extraction = new ParsedSentenceBuilder()
            .Word("an", "DET", 2, "det")
            .Word("order", "NOUN", 0, "root")
            .Word("dominated", "VERB", 2, "acl", "dominate")
            .Word("by", "ADP", 6, "case")
            .Word("the", "DET", 6, "det")
            .Word("States", "PROPN", 3, "obl:agent")
            .Actor(5, 6, "USA")
            .Build();

        Coder.Process(extraction);

        extraction.Events.ShouldBeEmpty();
    }

    [Fact]
    public void CoordinatedDemonymsBeforeOneAgentNounAreTwoAgentsActingTogether()
    {
        // Senior Hungarian and Romanian officials agreed .
        var extraction = new ParsedSentenceBuilder()
            .Word("Senior", "ADJ", 5, "amod")
            .Word("Hungarian", "ADJ", 5, "amod")
            .Word("and", "CCONJ", 4, "cc")
            .Word("Romanian", "ADJ", 2, "conj")
            .Word("officials", "NOUN", 6, "nsubj", "official")
            .Word("agreed", "VERB", 0, "root", "agree")
            .Word(".", "PUNCT", 6, "punct")
            .Actor(2, 2, "HUN")
            .Actor(4, 5, "ROUGOV")
            .Build();

        Coder.Process(extraction);

        extraction.Events.Select(e => (e.Source.Code, e.Target!.Code)).ShouldBe([("ROUGOV", "HUNGOV"), ("HUNGOV", "ROUGOV")], ignoreOrder: true);
        extraction.Events.ShouldAllBe(e => e.Plover!.Type == "AGREE");
    }

    [Fact]
    public void CoordinatedSubjectsRenewingNegotiationsConsultEachOther()
    {
        // Israel and Lebanon renewed negotiations today .
        var extraction = new ParsedSentenceBuilder()
            .Word("Israel", "PROPN", 4, "nsubj")
            .Word("and", "CCONJ", 3, "cc")
            .Word("Lebanon", "PROPN", 1, "conj")
            .Word("renewed", "VERB", 0, "root", "renew")
            .Word("negotiations", "NOUN", 4, "obj", "negotiation")
            .Word("today", "NOUN", 4, "obl:tmod")
            .Word(".", "PUNCT", 4, "punct")
            .Actor(1, 1, "ISR")
            .Actor(3, 3, "LBN")
            .Build();

        Coder.Process(extraction);

        extraction.Events.Where(e => e.Trigger.Text == "negotiations").Select(e => (e.Source.Code, e.Target!.Code))
            .ShouldBe([("ISR", "LBN"), ("LBN", "ISR")], ignoreOrder: true);
        extraction.Events.Where(e => e.Trigger.Text == "negotiations").ShouldAllBe(e => e.Plover!.Type == "CONSULT");
    }

    [Fact]
    public void ATitledPersonWithoutACountryIsAnUnknownActorNotAGovernment()
    {
        // Defence Minister Joxe visited Liberia .
        var extraction = new ParsedSentenceBuilder()
            .Word("Defence", "PROPN", 2, "compound")
            .Word("Minister", "PROPN", 3, "compound")
            .Word("Joxe", "PROPN", 4, "nsubj")
            .Word("visited", "VERB", 0, "root", "visit")
            .Word("Liberia", "PROPN", 4, "obj")
            .Word(".", "PUNCT", 4, "punct")
            .Actor(5, 5, "LBR")
            .Build();
        extraction.Mentions.Add(new Mention
        {
            Text = "Defence Minister Joxe", Start = 0, End = 21, Sentence = 0, FirstToken = 0, LastToken = 2, HeadToken = 2,
            Actor = new ActorRef { Code = "GOV", Sector = "GOV", Kind = ActorKind.Person, Name = "Joxe" }, Rule = "title:minister",
        });

        Coder.Process(extraction);

        // An event coded "GOV" would claim a dyad it does not know: the visitor is kept as words, of no country.
        var visit = extraction.Events.Single(e => e.Cameo == "042");
        visit.Source.Code.ShouldBe("---");
        visit.Source.Country.ShouldBeNull();
        visit.Source.Text.ShouldBe("Defence Minister Joxe");
        visit.Target!.Code.ShouldBe("LBR");
        extraction.Events.ShouldNotContain(e => e.Source.Code == "GOV" || (e.Target != null && e.Target.Code == "GOV"));
    }

    [Fact]
    public void AnAttackOnAPersonOfNoKnownCountryStillHappensWithoutACodedVictim()
    {
        // Iraqi warplanes pounded Abu Omar 's hideout .  (the knowledge base knows no Abu Omar)
        var extraction = new ParsedSentenceBuilder()
            .Word("Iraqi", "ADJ", 2, "amod")
            .Word("warplanes", "NOUN", 3, "nsubj", "warplane")
            .Word("pounded", "VERB", 0, "root", "pound")
            .Word("Abu", "PROPN", 7, "nmod:poss")
            .Word("Omar", "PROPN", 4, "flat")
            .Word("'s", "PART", 4, "case")
            .Word("hideout", "NOUN", 3, "obj")
            .Word(".", "PUNCT", 3, "punct")
            .Actor(1, 2, "IRQMIL", ActorKind.StateAgency)
            .Build();
        extraction.Mentions.Add(new Mention
        {
            Text = "Abu Omar", Start = 24, End = 32, Sentence = 0, FirstToken = 3, LastToken = 4, HeadToken = 3,
            Actor = new ActorRef { Code = "REB", Sector = "REB", Kind = ActorKind.Person, Name = "Abu Omar" }, Rule = "title:rebel",
        });

        Coder.Process(extraction);

        var attack = extraction.Events.Single(e => e.Trigger.Text == "pounded");
        attack.Source.Code.ShouldBe("IRQMIL");
        // The victim is kept as the phrase it is, with the unknown code: no country is claimed for it.
        attack.Target.ShouldNotBeNull();
        attack.Target.Code.ShouldBe("---");
        attack.Target.Text.ShouldBe("Abu Omar 's hideout");
        attack.Root.ShouldBe("19");
    }

    [Fact]
    public void AVerbWhoseBlockCodesBothWaysCodesTheVisitAndTheHosting()
    {
        // Erdogan visited Russia .   (the VISIT block's code is "042:043")
        var extraction = new ParsedSentenceBuilder()
            .Word("Erdogan", "PROPN", 2, "nsubj")
            .Word("visited", "VERB", 0, "root", "visit")
            .Word("Russia", "PROPN", 2, "obj")
            .Word(".", "PUNCT", 2, "punct")
            .Actor(1, 1, "TURGOV", ActorKind.Person, "Recep Tayyip Erdogan")
            .Actor(3, 3, "RUS")
            .Build();

        Coder.Process(extraction);

        extraction.Events.Single(e => e.Source.Code == "TURGOV").Cameo.ShouldBe("042");
        extraction.Events.Single(e => e.Source.Code == "RUS").Cameo.ShouldBe("043");
    }

    [Fact]
    public void AVerbTheParserHangsOffTodayTakesTheSubjectTodayModifies()
    {
        // Iran 's leader today rejected Iraq 's proposal .   ("rejected" parsed as a clause on "today")
        var extraction = new ParsedSentenceBuilder()
            .Word("Iran", "PROPN", 3, "nmod:poss")
            .Word("'s", "PART", 1, "case")
            .Word("leader", "NOUN", 0, "root")
            .Word("today", "NOUN", 3, "obl:unmarked")
            .Word("rejected", "VERB", 4, "acl", "reject")
            .Word("Iraq", "PROPN", 8, "nmod:poss")
            .Word("'s", "PART", 6, "case")
            .Word("proposal", "NOUN", 5, "obj")
            .Word(".", "PUNCT", 3, "punct")
            .Actor(1, 3, "IRNGOV", ActorKind.StateAgency)
            .Actor(6, 6, "IRQ")
            .Build();

        Coder.Process(extraction);

        var rejection = extraction.Events.Single(e => e.Trigger.Text == "rejected");
        rejection.Source.Code.ShouldBe("IRNGOV");
        rejection.Target!.Code.ShouldBe("IRQ");
        rejection.Root.ShouldBe("12");
    }

    [Fact]
    public void ADoerThatIsNoKnownActorStillCommitsTheAttackAsAnUnknownSource()
    {
        // A car bomb killed three Iraqi soldiers .
        var extraction = new ParsedSentenceBuilder()
            .Word("A", "DET", 3, "det")
            .Word("car", "NOUN", 3, "compound")
            .Word("bomb", "NOUN", 4, "nsubj")
            .Word("killed", "VERB", 0, "root", "kill")
            .Word("three", "NUM", 7, "nummod")
            .Word("Iraqi", "ADJ", 7, "amod")
            .Word("soldiers", "NOUN", 4, "obj", "soldier")
            .Word(".", "PUNCT", 4, "punct")
            .Actor(6, 7, "IRQMIL", ActorKind.StateAgency)
            .Build();

        Coder.Process(extraction);

        var attack = extraction.Events.Single(e => e.Trigger.Text == "killed");
        attack.Source.Code.ShouldBe("---");
        attack.Source.Text.ShouldBe("A car bomb");
        attack.Target!.Code.ShouldBe("IRQMIL");
        attack.Root.ShouldBe("18");
        attack.Rule.ShouldStartWith("verb:kill");
    }

    [Fact]
    public void AnUnknownDoerMakesNoStatements()
    {
        // The report said talks would resume .
        var extraction = new ParsedSentenceBuilder()
            .Word("The", "DET", 2, "det")
            .Word("report", "NOUN", 3, "nsubj")
            .Word("said", "VERB", 0, "root", "say")
            .Word("talks", "NOUN", 6, "nsubj", "talk")
            .Word("would", "AUX", 6, "aux")
            .Word("resume", "VERB", 3, "ccomp")
            .Word(".", "PUNCT", 3, "punct")
            .Build();

        Coder.Process(extraction);

        extraction.Events.ShouldNotContain(e => e.Trigger.Text == "said");
    }

    [Fact]
    public void AThingAgreedToIsEnoughForAnAgreementWithNoPartner()
    {
        // Russia agreed to a ceasefire .   /   Russia agreed .
        var withThing = new ParsedSentenceBuilder()
            .Word("Russia", "PROPN", 2, "nsubj")
            .Word("agreed", "VERB", 0, "root", "agree")
            .Word("to", "ADP", 5, "case")
            .Word("a", "DET", 5, "det")
            .Word("ceasefire", "NOUN", 2, "obl")
            .Word(".", "PUNCT", 2, "punct")
            .Actor(1, 1, "RUS")
            .Build();
        var bare = new ParsedSentenceBuilder()
            .Word("Russia", "PROPN", 2, "nsubj")
            .Word("agreed", "VERB", 0, "root", "agree")
            .Word(".", "PUNCT", 2, "punct")
            .Actor(1, 1, "RUS")
            .Build();

        Coder.Process(withThing);
        Coder.Process(bare);

        withThing.Events.Single(e => e.Trigger.Text == "agreed").Root.ShouldBe("03");
        bare.Events.ShouldBeEmpty();
    }

    [Fact]
    public void AnAddresseeTheParserHangsOffTheObjectIsTheTarget()
    {
        // Japan signed a treaty with China .  ("with China" attached to "treaty", as parsers often do)
        var extraction = new ParsedSentenceBuilder()
            .Word("Japan", "PROPN", 2, "nsubj")
            .Word("signed", "VERB", 0, "root", "sign")
            .Word("a", "DET", 4, "det")
            .Word("treaty", "NOUN", 2, "obj")
            .Word("with", "ADP", 6, "case")
            .Word("China", "PROPN", 4, "nmod")
            .Word(".", "PUNCT", 2, "punct")
            .Actor(1, 1, "JPN")
            .Actor(6, 6, "CHN")
            .Build();

        Coder.Process(extraction);

        var signing = extraction.Events.Where(e => e.Trigger.Text == "signed").ToList();
        signing.Select(e => (e.Source.Code, e.Target?.Code)).ShouldBe([("JPN", "CHN"), ("CHN", "JPN")], ignoreOrder: true);
        signing.ShouldAllBe(e => e.Cameo == "057");
    }

    [Fact]
    public void AidWithNoNamedRecipientIsStillAidButCooperationNeedsAPartner()
    {
        // Norway sent humanitarian aid .   /   Norway signed a treaty .
        var aid = new ParsedSentenceBuilder()
            .Word("Norway", "PROPN", 2, "nsubj")
            .Word("sent", "VERB", 0, "root", "send")
            .Word("humanitarian", "ADJ", 4, "amod")
            .Word("aid", "NOUN", 2, "obj")
            .Word(".", "PUNCT", 2, "punct")
            .Actor(1, 1, "NOR")
            .Build();
        var treaty = new ParsedSentenceBuilder()
            .Word("Norway", "PROPN", 2, "nsubj")
            .Word("signed", "VERB", 0, "root", "sign")
            .Word("a", "DET", 4, "det")
            .Word("treaty", "NOUN", 2, "obj")
            .Word(".", "PUNCT", 2, "punct")
            .Actor(1, 1, "NOR")
            .Build();

        Coder.Process(aid);
        Coder.Process(treaty);

        var sent = aid.Events.Single(e => e.Trigger.Text == "sent");
        sent.Root.ShouldBe("07");
        sent.Target.ShouldBeNull();
        // A pact needs a partner: the treaty is what was signed, not with whom.
        treaty.Events.ShouldBeEmpty();
    }

    [Fact]
    public void ACommittedRefusalToReleaseIsARejectionNotANegatedRelease()
    {
        // Israel will not release the prisoners .
        var extraction = new ParsedSentenceBuilder()
            .Word("Israel", "PROPN", 4, "nsubj")
            .Word("will", "AUX", 4, "aux")
            .Word("not", "PART", 4, "advmod")
            .Word("release", "VERB", 0, "root")
            .Word("the", "DET", 6, "det")
            .Word("prisoners", "NOUN", 4, "obj", "prisoner")
            .Word(".", "PUNCT", 4, "punct")
            .Actor(1, 1, "ISR")
            .Build();

        Coder.Process(extraction);

        var refusal = extraction.Events.Single();
        refusal.Root.ShouldBe("12");
        refusal.Negated.ShouldBeFalse();
        refusal.Plover!.Type.ShouldBe("REJECT");
    }

    [Fact]
    public void GenericGroupsTakeTheCountryTheirPhraseNamesAndOtherwiseNone()
    {
        var pipeline = Entente.Tests.Acceptance.SeedArticle.Pipeline;

        var located = pipeline.Process(new Entente.Documents.Article("Demonstrators in Baghdad blocked a road on Tuesday."));
        var unplaced = pipeline.Process(new Entente.Documents.Article("Rebels attacked the convoy on Tuesday."));

        located.Mentions.ShouldContain(m => m.Actor.Code == "IRQOPP" && m.Text == "Demonstrators in Baghdad");
        var rebels = unplaced.Mentions.Single(m => m.Text == "Rebels");
        rebels.Actor.Code.ShouldBe("---REB");
        rebels.Actor.Country.ShouldBeNull();
    }

    [Fact]
    public void ADemandForAThingStandsWithoutAnAddressee()
    {
        // The opposition demanded early elections .
        var extraction = new ParsedSentenceBuilder()
            .Word("The", "DET", 2, "det")
            .Word("opposition", "NOUN", 3, "nsubj")
            .Word("demanded", "VERB", 0, "root", "demand")
            .Word("early", "ADJ", 5, "amod")
            .Word("elections", "NOUN", 3, "obj", "election")
            .Word(".", "PUNCT", 3, "punct")
            .Actor(1, 2, "GRCOPP")
            .Build();

        Coder.Process(extraction);

        // CAMEO codes a call for elections as 0241 (appeal for leadership change) or 1041 (demand it).
        var demand = extraction.Events.Single();
        demand.Root.ShouldBeOneOf("02", "10");
        demand.Target.ShouldBeNull();
        demand.Plover!.Type.ShouldBe("REQUEST");
    }

    [Theory]
    [InlineData("Britain withdrew its soldiers from Basra on Monday.", "withdrew", "IRQ")]
    [InlineData("Israel will withdraw its troops from the West Bank.", "withdraw", "PSE")]
    [InlineData("The rebels launched a rocket attack against an army base in Mali on Sunday.", "launched", "MLI")]
    public void WhatIsSentToOrTakenFromAPlaceLandsOnItsCountryNotOnTheDoersOwnPeople(string text, string trigger, string country)
    {
        var extraction = Entente.Tests.Acceptance.SeedArticle.Pipeline.Process(new Entente.Documents.Article(text));

        var coded = extraction.Events.Where(e => e.Trigger.Text == trigger).ToList();
        coded.ShouldNotBeEmpty();
        coded.ShouldAllBe(e => e.Target != null && e.Target.Country == country);
    }

    [Fact]
    public void WhoeverMadeARejectedAccusationIsItsTarget()
    {
        var extraction = Entente.Tests.Acceptance.SeedArticle.Pipeline.Process(
            new Entente.Documents.Article("The Kenyan government rejected accusations by the United States that it had rigged the vote."));

        var rejection = extraction.Events.Single(e => e.Trigger.Text == "rejected");
        rejection.Source.Code.ShouldBe("KENGOV");
        rejection.Target!.Code.ShouldBe("USA");
    }
}
