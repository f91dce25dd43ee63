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
    public void TheVerbDoesTheActItsObjectNames(string sentence, string trigger, string cameo, string plover)
    {
        var extraction = Entente.Tests.Acceptance.SeedArticle.Pipeline.Process(new Article(sentence));

        // The subject's act ("visited"; a visit is also coded back as the host's hosting).
        var coded = extraction.Events.Where(e => e.Trigger.Text == trigger).OrderBy(e => e.Source.Start).First();
        coded.Cameo.ShouldBe(cameo);
        coded.Plover!.Type.ShouldBe(plover);
        coded.Negated.ShouldBeFalse();
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
