using Entente.Actors;
using Entente.Actors.KnowledgeBase;

namespace Entente.Tests.Actors.KnowledgeBase;

public sealed class KnowledgeBaseLoadingTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("entente-kb-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private void Write(string actors, string names = "", string roles = "", string agents = "", string? curated = null)
    {
        File.WriteAllText(Path.Combine(_directory, "actors.tsv"), "# id\tname\tkind\tcode\tcountry\n" + actors);
        File.WriteAllText(Path.Combine(_directory, "names.tsv"), names);
        File.WriteAllText(Path.Combine(_directory, "roles.tsv"), roles);
        File.WriteAllText(Path.Combine(_directory, "agents.tsv"), agents);
        if (curated is not null)
        {
            File.WriteAllText(Path.Combine(_directory, "curated.tsv"), curated);
        }
    }

    [Fact]
    public void TheDefaultKnowledgeBaseIsLargeAndCoversTheWorld()
    {
        var kb = ActorKnowledgeBase.Default;

        kb.ActorCount.ShouldBeGreaterThan(20_000);
        kb.NameCount.ShouldBeGreaterThan(30_000);
        kb.AgentCount.ShouldBeGreaterThan(4_000);
        kb.FindCountry("TKM").ShouldNotBeNull();
    }

    [Fact]
    public void AMalformedLineIsReportedWithItsFileAndLine()
    {
        Write("rus\tRussia\tState\tRUS\tRUS\nbad line without tabs\n");

        var error = Should.Throw<InvalidDataException>(() => ActorKnowledgeBase.Load(_directory));

        error.Message.ShouldStartWith("actors.tsv:3:");
    }

    [Fact]
    public void AnUnknownKindIsReported()
    {
        Write("rus\tRussia\tEmpire\tRUS\tRUS\n");

        Should.Throw<InvalidDataException>(() => ActorKnowledgeBase.Load(_directory)).Message.ShouldContain("Empire");
    }

    [Fact]
    public void ANameForAnUnknownActorIsReported()
    {
        Write("rus\tRussia\tState\tRUS\tRUS\n", names: "nobody\tNobody Atall\tname\n");

        Should.Throw<InvalidDataException>(() => ActorKnowledgeBase.Load(_directory)).Message.ShouldBe("names.tsv:1: unknown actor id 'nobody'");
    }

    [Fact]
    public void CuratedRolesReplaceConvertedOnesAndCapitalsStandForTheGovernment()
    {
        Write(
            "rus\tRussia\tState\tRUS\tRUS\nivan-petrov\tIvan Petrov\tPerson\tRUSELI\tRUS\n",
            names: "rus\tRussia\tname\nivan-petrov\tIvan Petrov\tname\n",
            roles: "ivan-petrov\tRUSGOV\t\t2001-01-01\t2005-01-01\n",
            agents: "general\tMIL\tMIL\tgeneral\n",
            curated: "# test\nrole\tivan-petrov\tRUSMIL\tChief of Staff\t2020-01-01\t\ncapital\tRUS\tMoscow\n");

        var kb = ActorKnowledgeBase.Load(_directory);

        kb.TryMatch(TestTokens.Of("Ivan Petrov"), 0, new DateOnly(2003, 1, 1), out var before).ShouldBeTrue();
        before.Actor.Code.ShouldBe("RUSELI"); // the converted role is gone, so the default code holds
        kb.TryMatch(TestTokens.Of("Ivan Petrov"), 0, new DateOnly(2024, 1, 1), out var now).ShouldBeTrue();
        now.Actor.Code.ShouldBe("RUSMIL");
        now.Actor.Role.ShouldBe("Chief of Staff");
        kb.TryMatch(TestTokens.Of("Moscow"), 0, null, out var capital).ShouldBeTrue();
        capital.Actor.ShouldBe(new ActorRef { Code = "RUSGOV", ActorId = "rus-government", Name = "Government of Russia", Country = "RUS", Sector = "GOV", Kind = ActorKind.StateAgency });
        kb.TryMatchAgent(TestTokens.Of("General"), 0, out var agent).ShouldBeTrue();
        agent.Sector.ShouldBe("MIL");
    }

    [Fact]
    public void TheGazetteerAddsCountryNamesDemonymsAndCapitalsWhenPresent()
    {
        Write("rus\tRussia\tState\tRUS\tRUS\n", names: "rus\tRussia\tname\n");
        var gazetteer = Directory.CreateDirectory(Path.Combine(_directory, "..", "gazetteer-" + Path.GetFileName(_directory))).FullName;
        var actors = Directory.CreateDirectory(Path.Combine(gazetteer, "actors")).FullName;
        var countries = Directory.CreateDirectory(Path.Combine(gazetteer, "gazetteer")).FullName;
        try
        {
            foreach (var file in Directory.GetFiles(_directory))
            {
                File.Copy(file, Path.Combine(actors, Path.GetFileName(file)));
            }

            File.WriteAllText(
                Path.Combine(countries, "countries.tsv"),
                "iso3\tiso2\tname\tofficial_name\talt_names\tdemonyms\tcapital\tcapital_lat\tcapital_lon\tlat\tlon\tregion\tsubregion\n" +
                "TKM\tTM\tTurkmenistan\tTurkmenistan\tTurkmeniya\tTurkmen|Turkmens\tAshgabat\t37.95\t58.38\t40\t60\tAsia\tCentral Asia\n");

            var kb = ActorKnowledgeBase.Load(actors);

            kb.TryMatch(TestTokens.Of("Turkmeniya"), 0, null, out var name).ShouldBeTrue();
            name.Actor.Code.ShouldBe("TKM");
            kb.TryMatch(TestTokens.Of("Turkmen"), 0, null, out var demonym).ShouldBeTrue();
            demonym.Rule.ShouldBe("kb:demonym");
            kb.TryMatch(TestTokens.Of("Ashgabat"), 0, null, out var capital).ShouldBeTrue();
            capital.Actor.Code.ShouldBe("TKMGOV");
            kb.FindCountry("Turkmenistan")!.Code.ShouldBe("TKM");
        }
        finally
        {
            Directory.Delete(gazetteer, recursive: true);
        }
    }
}
