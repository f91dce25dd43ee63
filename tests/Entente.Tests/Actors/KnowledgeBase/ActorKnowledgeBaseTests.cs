using Entente.Actors;
using Entente.Actors.KnowledgeBase;
using Entente.Language;

namespace Entente.Tests.Actors.KnowledgeBase;

public sealed class ActorKnowledgeBaseTests
{
    private static readonly DateOnly SeedDate = new(2024, 10, 11);

    private static ActorKnowledgeBase Kb => ActorKnowledgeBase.Default;

    private static KbMatch Match(string text, DateOnly? on = null, int start = 0)
    {
        Kb.TryMatch(TestTokens.Of(text), start, on ?? SeedDate, out var match).ShouldBeTrue($"no match for '{text}'");
        return match;
    }

    [Fact]
    public void PutinOnTheSeedDateIsThePresidentOfRussia()
    {
        var match = Match("Vladimir Putin met Masoud Pezeshkian");

        match.Length.ShouldBe(2);
        match.Rule.ShouldBe("kb:person");
        match.Actor.Code.ShouldBe("RUSGOV");
        match.Actor.Kind.ShouldBe(ActorKind.Person);
        match.Actor.Country.ShouldBe("RUS");
        match.Actor.Sector.ShouldBe("GOV");
        match.Actor.ActorId.ShouldBe("vladimir-putin");
        match.Actor.Role.ShouldBe("President of Russia");
    }

    [Fact]
    public void PutinIn2010IsPrimeMinisterStillCodedAsGovernment()
    {
        var match = Match("Vladimir Putin", new DateOnly(2010, 1, 1));

        match.Actor.Code.ShouldBe("RUSGOV");
        match.Actor.Role.ShouldBe("Prime Minister of Russia");
    }

    [Fact]
    public void PezeshkianIsPresidentOfIranAfterJuly2024ButAnMpBefore()
    {
        Match("Masoud Pezeshkian").Actor.Code.ShouldBe("IRNGOV");
        Match("Masoud Pezeshkian").Actor.Role.ShouldBe("President of Iran");
        Match("Masoud Pezeshkian", new DateOnly(2020, 3, 1)).Actor.Code.ShouldBe("IRNLEG");
    }

    [Fact]
    public void AhmadianIsTheSecretaryOfIransSupremeNationalSecurityCouncil()
    {
        var match = Match("Ali Akbar Ahmadian, Secretary of Iran's Supreme National Security Council");

        match.Length.ShouldBe(3);
        match.Actor.Code.ShouldBe("IRNGOV");
        match.Actor.Role.ShouldBe("Secretary of the Supreme National Security Council of Iran");
    }

    [Fact]
    public void ShoiguChangesRoleInMay2024AndDefenceMinistersAreGovernmentAsInPhoenix()
    {
        var securityCouncil = Match("Sergei Shoigu", SeedDate);
        securityCouncil.Actor.Code.ShouldBe("RUSGOV");
        securityCouncil.Actor.Role.ShouldBe("Secretary of the Security Council of Russia");

        // The Phoenix agents dictionary codes a defence minister ~GOVMIL: primary sector GOV.
        var defence = Match("Sergei Shoigu", new DateOnly(2020, 6, 1));
        defence.Actor.Code.ShouldBe("RUSGOV");
        defence.Actor.Role.ShouldBe("Defence Minister of Russia");
    }

    [Fact]
    public void WithoutADateAPersonTakesTheirLatestRole()
    {
        Match("Joe Biden", null).Actor.Role.ShouldBe("President of the United States");
        Kb.FindById("sergei-shoigu")!.Role.ShouldBe("Secretary of the Security Council of Russia");
    }

    [Fact]
    public void AfterTheirLastOfficeAPersonKeepsTheMostRecentRole()
    {
        var match = Match("Ebrahim Raisi", new DateOnly(2025, 1, 1));

        match.Actor.Code.ShouldBe("IRNGOV");
        match.Actor.Role.ShouldBe("President of Iran");
    }

    [Fact]
    public void ConvertedSpellingsOfAMergedActorReachTheCuratedRecord()
    {
        var match = Match("Ayatollah Ali Khamenei");

        match.Actor.ActorId.ShouldBe("ali-khamenei");
        match.Actor.Role.ShouldBe("Supreme Leader of Iran");
    }

    [Fact]
    public void HezbollahIsALebaneseArmedGroup()
    {
        var match = Match("Hezbollah in Lebanon");

        match.Length.ShouldBe(1);
        match.Rule.ShouldBe("kb:armed-group");
        match.Actor.Kind.ShouldBe(ActorKind.ArmedGroup);
        match.Actor.Country.ShouldBe("LBN");
        match.Actor.Code.ShouldBe("LBNREB");
    }

    [Fact]
    public void HouthiRebelsAreAYemeniArmedGroup()
    {
        var match = Match("Houthi rebels in Yemen");

        match.Length.ShouldBe(2);
        match.Actor.Kind.ShouldBe(ActorKind.ArmedGroup);
        match.Actor.Country.ShouldBe("YEM");
        match.Actor.Code.ShouldBe("YEMREB");
    }

    [Fact]
    public void TheTalibanBecameTheGovernmentOfAfghanistanInAugust2021()
    {
        Match("Taliban", new DateOnly(2019, 1, 1)).Actor.Code.ShouldBe("AFGREB");
        Match("Taliban", SeedDate).Actor.Code.ShouldBe("AFGGOV");
    }

    [Theory]
    [InlineData("Russia", "RUS", "kb:country", ActorKind.State)]
    [InlineData("Russian", "RUS", "kb:demonym", ActorKind.State)]
    [InlineData("Iranian", "IRN", "kb:demonym", ActorKind.State)]
    [InlineData("Moscow", "RUSGOV", "kb:capital", ActorKind.StateAgency)]
    [InlineData("Tehran", "IRNGOV", "kb:capital", ActorKind.StateAgency)]
    [InlineData("Ashgabat", "TKMGOV", "kb:capital", ActorKind.StateAgency)]
    [InlineData("Kremlin", "RUSGOV", "kb:agency", ActorKind.StateAgency)]
    [InlineData("White House", "USAGOV", "kb:capital", ActorKind.StateAgency)]
    [InlineData("Pentagon", "USAMIL", "kb:agency", ActorKind.StateAgency)]
    [InlineData("United Nations", "IGOUNO", "kb:organization", ActorKind.InternationalOrganization)]
    [InlineData("UN", "IGOUNO", "kb:organization", ActorKind.InternationalOrganization)]
    [InlineData("U.N.", "IGOUNO", "kb:organization", ActorKind.InternationalOrganization)]
    [InlineData("NATO", "IGOWSTNAT", "kb:organization", ActorKind.InternationalOrganization)]
    [InlineData("BRICS", "IGOBRC", "kb:organization", ActorKind.InternationalOrganization)]
    [InlineData("IAEA", "IGOUNOIAE", "kb:organization", ActorKind.InternationalOrganization)]
    [InlineData("U.S.", "USA", "kb:country", ActorKind.State)]
    [InlineData("Turkey", "TUR", "kb:country", ActorKind.State)]
    [InlineData("the West", "WST", "kb:region", ActorKind.Region)]
    [InlineData("Western powers", "WST", "kb:region", ActorKind.Region)]
    [InlineData("the Middle East", "MEA", "kb:region", ActorKind.Region)]
    [InlineData("Islamic State", "IMGMUSISI", "kb:armed-group", ActorKind.ArmedGroup)]
    [InlineData("ISIS", "IMGMUSISI", "kb:armed-group", ActorKind.ArmedGroup)]
    [InlineData("Wagner Group", "RUSUAF", "kb:armed-group", ActorKind.ArmedGroup)]
    [InlineData("Rapid Support Forces", "SDNREB", "kb:armed-group", ActorKind.ArmedGroup)]
    public void NamesResolveToTheirCodes(string text, string code, string rule, ActorKind kind)
    {
        var match = Match(text);

        match.Length.ShouldBe(TestTokens.Of(text).Length);
        match.Actor.Code.ShouldBe(code);
        match.Rule.ShouldBe(rule);
        match.Actor.Kind.ShouldBe(kind);
    }

    [Fact]
    public void APossessiveStillMatchesWhetherSplitOffOrNot()
    {
        var split = Match("Iran's newly elected President");
        split.Length.ShouldBe(1);
        split.Actor.Code.ShouldBe("IRN");

        Token[] whole = [new("Iran\u2019s", 0, 6), new("President", 7, 16)];
        Kb.TryMatch(whole, 0, SeedDate, out var match).ShouldBeTrue();
        match.Length.ShouldBe(1);
        match.Actor.Code.ShouldBe("IRN");
    }

    [Theory]
    [InlineData("turkey dinner")]
    [InlineData("chad said")]
    [InlineData("let us go")]
    [InlineData("is it")]
    [InlineData("Masoud")]
    public void LowerCaseWordsAndBareFirstNamesDoNotMatchProperNames(string text)
    {
        Kb.TryMatch(TestTokens.Of(text), 0, SeedDate, out _).ShouldBeFalse();
    }

    [Fact]
    public void BareSurnamesAreLeftToCoreference()
    {
        Kb.TryMatch(TestTokens.Of("Putin said"), 0, SeedDate, out _).ShouldBeFalse();
        Kb.TryMatch(TestTokens.Of("Lavrov said"), 0, SeedDate, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("President", 1, "GOV", "president")]
    [InlineData("Foreign Minister", 2, "GOV", "foreign minister")]
    [InlineData("Defence Minister", 2, "GOV", "defence minister")]
    [InlineData("Defense Minister", 2, "GOV", "defense minister")]
    [InlineData("Prime Minister", 2, "GOV", "prime minister")]
    [InlineData("Supreme Leader", 2, "GOV", "supreme leader")]
    [InlineData("army", 1, "MIL", "army")]
    [InlineData("military", 1, "MIL", "military")]
    [InlineData("troops", 1, "MIL", "troop")]
    [InlineData("forces", 1, "MIL", "forces")]
    [InlineData("rebels", 1, "REB", "rebel")]
    [InlineData("police", 1, "COP", "police")]
    [InlineData("opposition", 1, "OPP", "opposition")]
    [InlineData("protesters", 1, "OPP", "protester")]
    public void AgentWordsGiveTheirSector(string text, int length, string sector, string title)
    {
        Kb.TryMatchAgent(TestTokens.Of(text), 0, out var match).ShouldBeTrue();

        match.ShouldBe(new AgentMatch(length, sector, title));
    }

    [Fact]
    public void MilitantsAreUnalignedArmedForcesAsPhoenixCodesThem()
    {
        Kb.TryMatchAgent(TestTokens.Of("militants"), 0, out var match).ShouldBeTrue();

        match.Sector.ShouldBe("UAF");
    }

    [Fact]
    public void NotEveryWordIsAnAgent()
    {
        Kb.TryMatchAgent(TestTokens.Of("met"), 0, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("IRN")]
    [InlineData("irn")]
    [InlineData("Iran")]
    [InlineData("Islamic Republic of Iran")]
    [InlineData("Iranian")]
    public void FindCountryTakesCodesNamesAndDemonyms(string text)
    {
        var country = Kb.FindCountry(text);

        country.ShouldNotBeNull();
        country.Code.ShouldBe("IRN");
        country.Name.ShouldBe("Iran");
        country.Kind.ShouldBe(ActorKind.State);
    }

    [Fact]
    public void FindCountryReturnsNullForWhatIsNotACountry()
    {
        Kb.FindCountry("Atlantis").ShouldBeNull();
    }

    [Fact]
    public void PeopleListsCuratedAndConvertedPeople()
    {
        var people = Kb.People.ToList();

        people.ShouldContain(p => p.ActorId == "masoud-pezeshkian" && p.Code == "IRNGOV");
        people.ShouldContain(p => p.ActorId == "boris-yeltsin");
        people.ShouldAllBe(p => p.Kind == ActorKind.Person);
    }

    [Fact]
    public void TheSeedArticleNamesItsActors()
    {
        var text = File.ReadAllText(RepoPaths.InShared("seed", "putin-meets-iran.txt"));
        var tokens = TestTokens.Of(text);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (Kb.TryMatch(tokens, i, SeedDate, out var match))
            {
                found.TryAdd(match.Actor.ActorId ?? match.Actor.Code, match.Actor.Code);
                i += match.Length - 1;
            }
        }

        found["vladimir-putin"].ShouldBe("RUSGOV");
        found["masoud-pezeshkian"].ShouldBe("IRNGOV");
        found["ali-akbar-ahmadian"].ShouldBe("IRNGOV");
        found["sergei-shoigu"].ShouldBe("RUSGOV");
        found["hezbollah"].ShouldBe("LBNREB");
        found["houthis"].ShouldBe("YEMREB");
        found["rus-government"].ShouldBe("RUSGOV");
        found["irn-government"].ShouldBe("IRNGOV");
        found["tkm-government"].ShouldBe("TKMGOV");
        found["the-west"].ShouldBe("WST");
        found["global-south"].ShouldBe("GLS");
        found["middle-east"].ShouldBe("MEA");
        found["usa"].ShouldBe("USA");
        found["ukr"].ShouldBe("UKR");
        found["isr"].ShouldBe("ISR");
    }

    [Fact]
    public void AnUndatedSurnameResolvesOnlyToRoleHoldersOfOneCountryInTheTitlesSector()
    {
        // Barack Obama shares his surname with Central African office holders, but only he held a GOV role.
        var obama = Kb.FindRoleHoldersAnyDate("Obama", "GOV");
        obama.ShouldNotBeEmpty();
        obama.ShouldAllBe(a => a.Country == "USA");
        Kb.FindRoleHoldersAnyDate("Obama", "XYZ").ShouldBeEmpty();
        Kb.FindRoleHoldersAnyDate("Nosuchsurname", "GOV").ShouldBeEmpty();
    }

    [Fact]
    public void AnUndatedSurnameSharedAcrossCountriesIsTheNamesakeWhoGovernedOne()
    {
        // A Venezuelan media official is also called Uribe, and a Greek EU official Papandreou; the presidents
        // and prime ministers of one country are who a bare surname means.
        Kb.FindRoleHoldersAnyDate("Uribe", null).ShouldAllBe(a => a.Country == "COL");
        Kb.FindRoleHoldersAnyDate("Uribe", null).ShouldContain(a => a.ActorId == "alvaro-uribe-velez");
        Kb.FindRoleHoldersAnyDate("Papandreou", null).ShouldNotBeEmpty();
        Kb.FindRoleHoldersAnyDate("Papandreou", null).ShouldAllBe(a => a.Code == "GRCGOV");
    }

    [Fact]
    public void AccentsInNamesAndSurnamesMatchTheirPlainSpelling()
    {
        Match("Álvaro Uribe Velez said").Actor.ActorId.ShouldBe("alvaro-uribe-velez");
        Kb.FindRoleHoldersAnyDate("Erdoğan", null).ShouldContain(a => a.ActorId == "recep-tayyip-erdogan");
        Match("Nicolás Maduro said").Actor.ActorId.ShouldBe(Match("Nicolas Maduro said").Actor.ActorId);
    }

    [Fact]
    public void AGivenNameInTheTextRulesOutNamesakesWithAnother()
    {
        Kb.FindRoleHoldersAnyDate("Abdullah", "GOV", "Zzyzx").ShouldBeEmpty();
        Kb.FindRoleHoldersAnyDate("Obama", "GOV", "Barack").ShouldContain(a => a.ActorId == "barack-obama");
    }
}
