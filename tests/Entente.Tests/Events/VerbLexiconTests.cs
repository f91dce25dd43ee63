using Entente.Events.Lexicon;

namespace Entente.Tests.Events;

public sealed class VerbLexiconTests
{
    private static readonly VerbLexicon Lexicon = VerbLexicon.Default;

    [Fact]
    public void LoadsThePetrarchDictionaryWithItsInflections()
    {
        Lexicon.VerbFormCount.ShouldBeGreaterThan(4000);
        Lexicon.PatternCount.ShouldBeGreaterThan(4000);
        Lexicon.FindVerb("met").ShouldContain(v => v.Lemma == "meet" && v.Code == "040");
        Lexicon.FindVerb("supplying").ShouldContain(v => v.Lemma == "supply");
    }

    [Fact]
    public void CuratedEntriesAddVerbsThePetrarchDictionaryLacks()
    {
        Lexicon.FindVerb("sanctioned").ShouldContain(v => v.Code == "163");
        Lexicon.FindNoun("sanctions")!.Code.ShouldBe("163");
        Lexicon.FindNoun("transfer")!.RequiredWords.ShouldContain("&weapon");
    }

    [Fact]
    public void CuratedPatternsAttachToEveryBlockOfTheirVerb()
    {
        var supply = Lexicon.FindVerb("supply")[0];
        Lexicon.PatternsFor(supply.Block).ShouldContain(p => p.Code == "072" && p.Origin == "entente");
    }

    [Fact]
    public void LightVerbsLoseTheirBlocksCodeAndCodeOnlyThroughPatterns()
    {
        // PETRARCH's CONFINE block makes every "hold" a detention and APPREHEND every "take" a seizure.
        Lexicon.FindVerb("held").ShouldAllBe(v => v.Lemma != "hold" || v.Code.Length == 0);
        Lexicon.FindVerb("took").ShouldAllBe(v => v.Lemma != "take" || v.Code.Length == 0);
        var hold = Lexicon.FindVerb("hold").First(v => v.Lemma == "hold");
        Lexicon.PatternsFor(hold.Block).ShouldContain(p => p.Text == "* talks" && p.Code.StartsWith("04", StringComparison.Ordinal));
        Lexicon.PatternsFor(hold.Block).ShouldContain(p => p.Text == "* shields" && p.Code == "170");
        Lexicon.FindVerb("defended").ShouldContain(v => v.Lemma == "defend" && v.Code == "052");
    }

    [Fact]
    public void SynonymSetsIncludePlurals()
    {
        Lexicon.InSynonymSet("&weapon", "weapons").ShouldBeTrue();
        Lexicon.InSynonymSet("&weapon", "diplomats").ShouldBeFalse();
    }

    [Theory]
    [InlineData("* (with {joint statement}) +", 3)]
    [InlineData("- tank *", 1)]
    [InlineData("* &weapon", 1)]
    public void PatternsParseIntoWordsSetsAndSlots(string text, int specificity)
    {
        var pattern = new VerbPattern(text, VerbPattern.Parse(text), "010", string.Empty, "test");
        pattern.Specificity.ShouldBe(specificity);
    }

    [Fact]
    public void WordsBeforeTheStarStandBeforeTheVerb()
    {
        var elements = VerbPattern.Parse("tank * civilians +");
        elements[0].ShouldBe(new PatternElement(PatternElementKind.Word, "tank", BeforeVerb: true));
        elements[1].ShouldBe(new PatternElement(PatternElementKind.Word, "civilians", BeforeVerb: false));
        elements[2].Kind.ShouldBe(PatternElementKind.Target);
    }
}
