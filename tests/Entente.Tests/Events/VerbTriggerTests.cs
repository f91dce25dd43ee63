using Entente.Documents;
using Entente.Events.Lexicon;

namespace Entente.Tests.Events;

/// <summary>Curated verb patterns over the whole pipeline: acts PETRARCH's blocks coded as intents, or not at all.</summary>
public sealed class VerbTriggerTests
{
    [Theory]
    [InlineData("Japan lifted its sanctions on Iran on Monday.", "lifted", "085", "RETREAT")]
    [InlineData("Canada suspended humanitarian aid to Yemen.", "suspended", "162", "SANCTION")]
    [InlineData("Germany reduced military aid to Egypt.", "reduced", "1622", "SANCTION")]
    [InlineData("Brazil is sending peacekeepers to Haiti.", "sending", "074", "AID")]
    [InlineData("Poland expelled three Russian diplomats on Friday.", "expelled", "161", "SANCTION")]
    [InlineData("Australia returned ancient artifacts to Cambodia.", "returned", "0842", "RETREAT")]
    [InlineData("Iraq violated the arms embargo.", "violated", "128", "REJECT")]
    [InlineData("Turkey issued an ultimatum to Syria.", "issued", "139", "THREATEN")]
    [InlineData("Pakistan imposed a curfew in Karachi.", "imposed", "1723", "COERCE")]
    [InlineData("Sweden accepted two thousand Syrian refugees.", "accepted", "075", "AID")]
    [InlineData("Kenya rejected the proposal.", "rejected", "120", "REJECT")]
    [InlineData("Britain mobilized reservists on Tuesday.", "mobilized", "154", "MOBILIZE")]
    [InlineData("A Danish minister cancelled a visit to Iran.", "cancelled", "160", "SANCTION")]
    [InlineData("Taiwan's foreign minister visited Russia today.", "visited", "042", "CONSULT")]
    [InlineData("Britain upgraded its diplomatic ties with Iran.", "upgraded", "050", "SUPPORT")]
    [InlineData("Iran indicted a French journalist.", "indicted", "1121", "ACCUSE")]
    [InlineData("Greek workers stopped work on Monday to protest the new law.", "stopped", "143", "PROTEST")]
    [InlineData("The United States handed over medical equipment to Ethiopia.", "handed", "070", "AID")]
    [InlineData("The U.S. rolled back tariffs on Chinese goods.", "rolled", "085", "RETREAT")]
    [InlineData("The United States continued to send arms to Pakistan.", "send", "072", "AID")]
    [InlineData("A Saudi businessman is suing the United States for damages.", "suing", "115", "ACCUSE")]
    [InlineData("Rebels in the Ivory Coast blocked transport into Abidjan.", "blocked", "144", "PROTEST")]
    [InlineData("Burmese troops have captured part of a Karen guerrilla stronghold.", "captured", "192", "COERCE")]
    public void TheVerbDoesTheActItsObjectNames(string sentence, string trigger, string cameo, string plover)
    {
        var extraction = Entente.Tests.Acceptance.SeedArticle.Pipeline.Process(new Article(sentence));

        // The subject's act ("visited"; a visit is also coded back as the host's hosting).
        var coded = extraction.Events.Where(e => e.Trigger.Text == trigger).OrderBy(e => e.Source.Start).First();
        coded.Cameo.ShouldBe(cameo);
        coded.Plover!.Type.ShouldBe(plover);
        coded.Negated.ShouldBeFalse();
    }

    [Theory]
    [InlineData("Britain extradited the preacher Abu Hamza to the US.", "extradited", "063", "GBR", "USA")]
    [InlineData("The U.S. Department of Justice has shared evidence with Mexico under a treaty.", "shared", "064", "USA", "MEX")]
    [InlineData("An Istanbul court on September 13 formally charged Erdogan with terrorism.", "charged", "1124", "TUR", "TUR")]
    [InlineData("UNRWA said it had suspended aid deliveries to Gaza.", "suspended", "162", null, "PSE")]
    [InlineData("Venezuela's embattled president, Nicolas Maduro, is rejecting President Donald Trump's call for talks.", "rejecting", "122", "VEN", "USA")]
    [InlineData("Libyan leader Muammar Gaddafi and Bulgarian President Todor Zhivkov today signed a treaty of friendship.", "signed", "057", "LBY", "BGR")]
    [InlineData("Israeli helicopters and tanks shelled positions of the Palestinian security forces.", "shelled", "194", "ISR", "PSE")]
    [InlineData("A French minister has cancelled a planned visit to Haiti after the elections were declared.", "cancelled", "161", "FRA", "HTI")]
    [InlineData("Opposition groups in Zimbabwe are demanding that President Mugabe abandon his policy.", "demanding", "100", "ZWE", "ZWE")]
    [InlineData("Tens of thousands of university students throughout Indonesia staged mass demonstrations on Saturday.", "staged", "141", "IDN", "IDN")]
    [InlineData("Hundreds of thousands of people blocked streets in Hong Kong.", "blocked", "144", "HKG", "HKG")]
    [InlineData("US President Donald Trump on Tuesday lifted a travel ban imposed on Chadian citizens.", "lifted", "081", "USA", "TCD")]
    [InlineData("Israeli Prime Minister Benjamin Netanyahu will hold talks in Moscow with Russian President Vladimir Putin.", "hold", "036", "ISR", "RUS")]
    [InlineData("Japan has been the largest donor, contributing $20 million to Jordan.", "contributing", "071", "JPN", "JOR")]
    public void TheAddresseeIsFoundWhereTheParserLeftIt(string sentence, string trigger, string cameo, string? sourceCountry, string targetCountry)
    {
        // The recipient hung off the object's apposition, a noun's "obl", a date's number read as an auxiliary, an
        // agency known by its acronym, a possessed person as the subject.
        var extraction = Entente.Tests.Acceptance.SeedArticle.Pipeline.Process(new Article(sentence));

        var coded = extraction.Events.First(e => e.Trigger.Text == trigger);
        coded.Cameo.ShouldBe(cameo);
        coded.Source.Country.ShouldBe(sourceCountry);
        coded.Target!.Country.ShouldBe(targetCountry);
    }

    [Fact]
    public void APactWithTheEurasianEconomicUnionIsAPactWithThatOrganisation()
    {
        var extraction = Entente.Tests.Acceptance.SeedArticle.Pipeline.Process(new Article("Vietnam and the Eurasian Economic Union signed a free trade agreement."));

        var signed = extraction.Events.Where(e => e.Trigger.Text == "signed").ToList();
        signed.ShouldContain(e => e.Source.Code == "VNM" && e.Target != null && e.Target.Code == "IGOEAEU");
        signed.ShouldContain(e => e.Source.Code == "IGOEAEU" && e.Target != null && e.Target.Code == "VNM");
    }

    [Fact]
    public void PeopleTheActIsDoneToAreItsTargetEvenWhenThePatternNamesThem()
    {
        var extraction = Entente.Tests.Acceptance.SeedArticle.Pipeline.Process(new Article("The police in the Gaza Strip had detained several suspects in the attack."));

        var coded = extraction.Events.Single(e => e.Trigger.Text == "detained");
        coded.Target!.Text.ShouldBe("several suspects");
    }

    [Fact]
    public void TwoPhrasesOfNoKnownActorAreDifferentActors()
    {
        // Both arguments are unknown ("---"): the act is still coded, from the one phrase to the other.
        var extraction = Entente.Tests.Acceptance.SeedArticle.Pipeline.Process(new Article("In September, a car bomb in Kiev killed another ethnic Chechen."));

        var coded = extraction.Events.Single(e => e.Trigger.Text == "killed");
        coded.Source.Text.ShouldBe("a car bomb");
        coded.Target!.Text.ShouldContain("Chechen");
    }

    [Fact]
    public void CuratedPatternsWinTiesWithTheBlocksPetrarchPatterns()
    {
        // PETRARCH's LIFT block has "* sanction" twice: 0351 (an intent) before 085 (the act).
        var lift = VerbLexicon.Default.FindVerb("lift").First(v => v.Lemma == "lift");
        var first = VerbLexicon.Default.PatternsFor(lift.Block).First(p => p.Text == "* sanction");
        first.Origin.ShouldBe("entente");
        first.Code.ShouldBe("085");
    }

    [Fact]
    public void EventNounsForUltimatumsDemonstrationsAndInvestigationsAreKnown()
    {
        VerbLexicon.Default.FindNoun("ultimatum")!.Code.ShouldBe("139");
        VerbLexicon.Default.FindNoun("demonstrations")!.Code.ShouldBe("141");
        VerbLexicon.Default.FindNoun("investigation")!.Code.ShouldBe("090");
        VerbLexicon.Default.FindNoun("hunger strike")!.Code.ShouldBe("142");
    }
}
