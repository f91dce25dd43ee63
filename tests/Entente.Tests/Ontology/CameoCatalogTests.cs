using Entente.Ontology;

namespace Entente.Tests.Ontology;

public sealed class CameoCatalogTests
{
    private static readonly CameoCatalog Catalog = CameoCatalog.Load(RepoPaths.InRepo("data", "cameo"));

    [Fact]
    public void Code_042_is_make_a_visit_a_verbal_cooperation_coded_as_PLOVER_consult()
    {
        var visit = Catalog.Get("042");

        visit.Name.ShouldBe("Make a visit");
        visit.Root.ShouldBe("04");
        visit.QuadClass.ShouldBe(1);
        visit.Goldstein.ShouldBe(1.9);
        visit.PloverType.ShouldBe("CONSULT");
        visit.PloverMode.ShouldBe("visit");
    }

    [Fact]
    public void Code_190_conventional_military_force_is_material_conflict_at_minus_ten()
    {
        var force = Catalog.Get("190");

        force.QuadClass.ShouldBe(4);
        force.Goldstein.ShouldBe(-10);
        force.PloverType.ShouldBe("ASSAULT");
    }

    [Fact]
    public void All_twenty_roots_are_present_with_the_quad_class_of_their_range()
    {
        for (var root = 1; root <= 20; root++)
        {
            var code = root.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            var expected = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
            Catalog.Get(code).QuadClass.ShouldBe(expected, code);
        }
    }

    [Fact]
    public void Every_code_has_a_name_a_goldstein_weight_and_a_quad_class_matching_its_root()
    {
        Catalog.All.Count.ShouldBeGreaterThan(300);
        foreach (var info in Catalog.All)
        {
            info.Name.ShouldNotBeNullOrWhiteSpace();
            info.Goldstein.ShouldBeInRange(-10, 10);
            info.QuadClass.ShouldBe(Catalog.Get(info.Root).QuadClass, info.Code);
            info.Code.ShouldStartWith(info.Root);
        }
    }

    [Fact]
    public void Every_PLOVER_type_maps_back_to_at_least_one_CAMEO_code_and_every_mode_belongs_to_its_type()
    {
        Catalog.PloverTypes.Count.ShouldBe(16);
        foreach (var type in Catalog.PloverTypes)
        {
            Catalog.CodesForPlover(type.Type).ShouldNotBeEmpty(type.Type);
        }

        foreach (var info in Catalog.All.Where(c => c.PloverMode is not null))
        {
            Catalog.FindPloverType(info.PloverType!).ShouldNotBeNull().Modes.ShouldContain(info.PloverMode!, info.Code);
        }
    }

    [Fact]
    public void Demand_is_written_REQUEST_and_appeals_are_requests_too()
    {
        Catalog.All.ShouldNotContain(c => c.PloverType == "DEMAND");
        Catalog.Get("1041").PloverType.ShouldBe("REQUEST");
        Catalog.Get("0241").PloverType.ShouldBe("REQUEST");
        Catalog.CodesForPlover("request").ShouldContain("108");
    }

    [Fact]
    public void Public_statements_have_no_PLOVER_type()
    {
        Catalog.Get("010").PloverType.ShouldBeNull();
    }

    [Fact]
    public void An_unknown_code_is_absent_from_find_and_get_says_which_code_it_was()
    {
        Catalog.Find("999").ShouldBeNull();
        Should.Throw<KeyNotFoundException>(() => Catalog.Get("999")).Message.ShouldContain("'999'");
    }

    [Theory]
    [InlineData("GOV", "Government")]
    [InlineData("MIL", "Military")]
    [InlineData("REB", "Rebels")]
    [InlineData("MEA", "Middle East")]
    [InlineData("WST", "The West")]
    [InlineData("IRN", "Iran")]
    public void Actor_type_codes_have_names(string code, string name)
    {
        Catalog.ActorTypeName(code).ShouldBe(name);
    }

    [Fact]
    public void The_default_catalog_loads_the_shipped_tables()
    {
        CameoCatalog.Default.Get("042").Name.ShouldBe("Make a visit");
    }
}
