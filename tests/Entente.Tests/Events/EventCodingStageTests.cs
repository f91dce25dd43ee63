using Entente.Actors;
using Entente.Events;
using Entente.Events.Coding;
using Entente.Events.Lexicon;
using Entente.Ontology;
using Entente.Places;

namespace Entente.Tests.Events;

public sealed class EventCodingStageTests
{
    private static readonly EventCodingStage Coder = new(VerbLexicon.Default, CameoCatalog.Default, Geocoder.Default.Resolve);

    [Fact]
    public void AMeetingAbroadIsCodedBothWaysAsAThirdLocationMeeting()
    {
        // Putin met with Pezeshkian in Ashgabat , Turkmenistan .
        var extraction = new ParsedSentenceBuilder()
            .Word("Putin", "PROPN", 2, "nsubj")
            .Word("met", "VERB", 0, "root", "meet")
            .Word("with", "ADP", 4, "case")
            .Word("Pezeshkian", "PROPN", 2, "obl")
            .Word("in", "ADP", 6, "case")
            .Word("Ashgabat", "PROPN", 2, "obl")
            .Word(",", "PUNCT", 8, "punct")
            .Word("Turkmenistan", "PROPN", 6, "appos")
            .Word(".", "PUNCT", 2, "punct")
            .Actor(1, 1, "RUSGOV", ActorKind.Person, "Vladimir Putin")
            .Actor(4, 4, "IRNGOV", ActorKind.Person, "Masoud Pezeshkian")
            .Build();

        Coder.Process(extraction);

        extraction.Events.Count.ShouldBe(2);
        var forward = extraction.Events.Single(e => e.Source.Code == "RUSGOV");
        forward.Target!.Code.ShouldBe("IRNGOV");
        forward.Root.ShouldBe("04");
        forward.Cameo.ShouldBe("044");
        forward.Location!.Name.ShouldBe("Ashgabat");
        forward.Location.Country.ShouldBe("TKM");
        forward.Modality.ShouldBe(Modality.Asserted);
        forward.Negated.ShouldBeFalse();
        extraction.Events.Single(e => e.Source.Code == "IRNGOV").Target!.Code.ShouldBe("RUSGOV");
    }

    [Fact]
    public void APlacePhraseParsedAsAConjunctOfTheObjectStillPlacesTheMeeting()
    {
        // Putin met Pezeshkian , in Ashgabat , Turkmenistan . ("Ashgabat" misparsed as a conjunct of "Pezeshkian")
        var extraction = new ParsedSentenceBuilder()
            .Word("Putin", "PROPN", 2, "nsubj")
            .Word("met", "VERB", 0, "root", "meet")
            .Word("Pezeshkian", "PROPN", 2, "obj")
            .Word(",", "PUNCT", 6, "punct")
            .Word("in", "ADP", 6, "case")
            .Word("Ashgabat", "PROPN", 3, "conj")
            .Word(",", "PUNCT", 8, "punct")
            .Word("Turkmenistan", "PROPN", 6, "appos")
            .Word(".", "PUNCT", 2, "punct")
            .Actor(1, 1, "RUSGOV", ActorKind.Person, "Vladimir Putin")
            .Actor(3, 3, "IRNGOV", ActorKind.Person, "Masoud Pezeshkian")
            .Build();

        Coder.Process(extraction);

        var forward = extraction.Events.Single(e => e.Source.Code == "RUSGOV");
        forward.Location!.Name.ShouldBe("Ashgabat");
        forward.Location.Country.ShouldBe("TKM");
        forward.Cameo.ShouldBe("044");
    }

    [Fact]
    public void AConjunctWithoutAPlacePrepositionIsNoPlace()
    {
        // Putin met leaders of Iran and Turkmenistan .
        var extraction = new ParsedSentenceBuilder()
            .Word("Putin", "PROPN", 2, "nsubj")
            .Word("met", "VERB", 0, "root", "meet")
            .Word("leaders", "NOUN", 2, "obj", "leader")
            .Word("of", "ADP", 5, "case")
            .Word("Iran", "PROPN", 3, "nmod")
            .Word("and", "CCONJ", 7, "cc")
            .Word("Turkmenistan", "PROPN", 5, "conj")
            .Word(".", "PUNCT", 2, "punct")
            .Actor(1, 1, "RUSGOV", ActorKind.Person, "Vladimir Putin")
            .Actor(3, 5, "IRNGOV")
            .Build();

        Coder.Process(extraction);

        extraction.Events.ShouldNotBeEmpty();
        extraction.Events.ShouldAllBe(e => e.Location == null);
    }

    [Fact]
    public void AGerundUnderAPossessedNounTakesThePossessorAsSourceAndTheReportingVerbMakesItReported()
    {
        // Tehran 's role in supplying weapons for Russia 's war efforts has been widely reported .
        var extraction = new ParsedSentenceBuilder()
            .Word("Tehran", "PROPN", 3, "nmod:poss")
            .Word("'s", "PART", 1, "case")
            .Word("role", "NOUN", 15, "nsubj:pass")
            .Word("in", "SCONJ", 5, "mark")
            .Word("supplying", "VERB", 3, "acl", "supply")
            .Word("weapons", "NOUN", 5, "obj", "weapon")
            .Word("for", "ADP", 11, "case")
            .Word("Russia", "PROPN", 11, "nmod:poss")
            .Word("'s", "PART", 8, "case")
            .Word("war", "NOUN", 11, "compound")
            .Word("efforts", "NOUN", 5, "obl", "effort")
            .Word("has", "AUX", 15, "aux")
            .Word("been", "AUX", 15, "aux:pass", "be")
            .Word("widely", "ADV", 15, "advmod")
            .Word("reported", "VERB", 0, "root", "report")
            .Word(".", "PUNCT", 15, "punct")
            .Actor(1, 1, "IRNGOV")
            .Actor(8, 8, "RUS")
            .Build();

        Coder.Process(extraction);

        var aid = extraction.Events.ShouldHaveSingleItem();
        aid.Source.Code.ShouldBe("IRNGOV");
        aid.Target!.Code.ShouldBe("RUS");
        aid.Cameo.ShouldBe("072");
        aid.QuadClass.ShouldBe(2);
        aid.Modality.ShouldBe(Modality.Reported);
        aid.Plover!.Type.ShouldBe("AID");
    }

    [Fact]
    public void CouldMakesAnEventHypothetical()
    {
        // This alignment could embolden Iran .
        var extraction = new ParsedSentenceBuilder()
            .Word("Russia", "PROPN", 3, "nsubj")
            .Word("could", "AUX", 3, "aux")
            .Word("embolden", "VERB", 0, "root")
            .Word("Iran", "PROPN", 3, "obj")
            .Word(".", "PUNCT", 3, "punct")
            .Actor(1, 1, "RUS")
            .Actor(4, 4, "IRN")
            .Build();

        Coder.Process(extraction);

        var e = extraction.Events.ShouldHaveSingleItem();
        e.Modality.ShouldBe(Modality.Hypothetical);
        e.Root.ShouldBe("05");
    }

    [Fact]
    public void NegationIsKeptOnTheEventNotDropped()
    {
        // Russia did not attack Ukraine .
        var extraction = new ParsedSentenceBuilder()
            .Word("Russia", "PROPN", 4, "nsubj")
            .Word("did", "AUX", 4, "aux", "do")
            .Word("not", "PART", 4, "advmod")
            .Word("attack", "VERB", 0, "root")
            .Word("Ukraine", "PROPN", 4, "obj")
            .Word(".", "PUNCT", 4, "punct")
            .Actor(1, 1, "RUS")
            .Actor(5, 5, "UKR")
            .Build();

        Coder.Process(extraction);

        var e = extraction.Events.ShouldHaveSingleItem();
        e.Negated.ShouldBeTrue();
        e.QuadClass.ShouldBe(4);
    }

    [Fact]
    public void AttacksBetweenTwoActorsAreCodedEachWay()
    {
        // concerns grew over attacks between Israel and Iran .
        var extraction = new ParsedSentenceBuilder()
            .Word("Concerns", "NOUN", 2, "nsubj", "concern")
            .Word("grew", "VERB", 0, "root", "grow")
            .Word("over", "ADP", 4, "case")
            .Word("attacks", "NOUN", 2, "obl", "attack")
            .Word("between", "ADP", 6, "case")
            .Word("Israel", "PROPN", 4, "nmod")
            .Word("and", "CCONJ", 8, "cc")
            .Word("Iran", "PROPN", 6, "conj")
            .Word(".", "PUNCT", 2, "punct")
            .Actor(6, 6, "ISR")
            .Actor(8, 8, "IRN")
            .Build();

        Coder.Process(extraction);

        extraction.Events.Count.ShouldBe(2);
        extraction.Events.ShouldAllBe(e => e.Root == "19");
        extraction.Events.Select(e => e.Source.Code + ">" + e.Target!.Code).ShouldBe(["ISR>IRN", "IRN>ISR"], ignoreOrder: true);
    }

    [Fact]
    public void CoordinatedSubjectsEachActAndUndatedEventsTakeTheStoryDate()
    {
        // Russia and Iran sanctioned Israel .
        var extraction = new ParsedSentenceBuilder()
            .Word("Russia", "PROPN", 4, "nsubj")
            .Word("and", "CCONJ", 3, "cc")
            .Word("Iran", "PROPN", 1, "conj")
            .Word("sanctioned", "VERB", 0, "root", "sanction")
            .Word("Israel", "PROPN", 4, "obj")
            .Word(".", "PUNCT", 4, "punct")
            .Actor(1, 1, "RUS")
            .Actor(3, 3, "IRN")
            .Actor(5, 5, "ISR")
            .Build(new DateOnly(2024, 10, 12));

        Coder.Process(extraction);

        extraction.Events.Select(e => e.Source.Code).ShouldBe(["RUS", "IRN"], ignoreOrder: true);
        extraction.Events.ShouldAllBe(e => e.Cameo == "163" && e.Date == "2024-10-12" && e.DateText == null);
    }
}
