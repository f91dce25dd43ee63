using Entente.Places;

namespace Entente.Tests.Places;

public sealed class GeocoderTests
{
    private static readonly Geocoder Geocoder = new(Gazetteer.Load(RepoPaths.InRepo("data", "gazetteer")));

    [Fact]
    public void Ashgabat_resolves_to_the_capital_of_Turkmenistan_with_its_GeoNames_id()
    {
        var place = Geocoder.Resolve("Ashgabat").ShouldNotBeNull();

        place.Country.ShouldBe("TKM");
        place.GeonamesId.ShouldBe(162183);
        place.Precision.ShouldBe("city");
        place.Lat.ShouldNotBeNull().ShouldBe(37.95, 0.01);
        place.Lon.ShouldNotBeNull().ShouldBe(58.38, 0.01);
    }

    [Fact]
    public void Paris_without_context_is_the_French_capital_not_Paris_Texas()
    {
        Geocoder.Resolve("Paris").ShouldNotBeNull().Country.ShouldBe("FRA");
    }

    [Theory]
    [InlineData("USA")]
    [InlineData("US")]
    [InlineData("United States")]
    public void Paris_with_an_American_context_is_the_largest_Paris_in_the_United_States(string context)
    {
        var place = Geocoder.Resolve("Paris", context).ShouldNotBeNull();

        place.Country.ShouldBe("USA");
        place.GeonamesId.ShouldBe(4717560); // Paris, Texas: the largest US Paris in GeoNames.
    }

    [Fact]
    public void Turkmenistan_resolves_to_the_country_at_its_own_coordinates()
    {
        var place = Geocoder.Resolve("Turkmenistan").ShouldNotBeNull();

        place.Precision.ShouldBe("country");
        place.Country.ShouldBe("TKM");
        place.GeonamesId.ShouldBeNull();
        place.Lat.ShouldBe(40);
    }

    [Theory]
    [InlineData("Tehran", "IRN")]
    [InlineData("Kyiv", "UKR")]
    [InlineData("Kiev", "UKR")]
    [InlineData("Moscow", "RUS")]
    [InlineData("moscow", "RUS")]
    [InlineData("Washington", "USA")]
    [InlineData("Astana", "KAZ")]
    [InlineData("Zurich", "CHE")]
    public void Cities_of_the_news_resolve_to_their_country(string name, string iso3)
    {
        var place = Geocoder.Resolve(name).ShouldNotBeNull();

        place.Country.ShouldBe(iso3);
        place.Precision.ShouldBe("city");
    }

    [Theory]
    [InlineData("U.S.", "USA")]
    [InlineData("the United States", "USA")]
    [InlineData("America", "USA")]
    [InlineData("Britain", "GBR")]
    [InlineData("UK", "GBR")]
    [InlineData("North Korea", "PRK")]
    [InlineData("South Korea", "KOR")]
    [InlineData("Syria", "SYR")]
    [InlineData("Iran", "IRN")]
    [InlineData("Turkey", "TUR")]
    [InlineData("Türkiye", "TUR")]
    [InlineData("Ivory Coast", "CIV")]
    [InlineData("Côte d’Ivoire", "CIV")]
    [InlineData("Czech Republic", "CZE")]
    [InlineData("Vatican", "VAT")]
    [InlineData("Russian Federation", "RUS")]
    [InlineData("the Netherlands", "NLD")]
    [InlineData("Mexico", "MEX")]
    public void Country_names_and_short_forms_resolve_to_countries(string name, string iso3)
    {
        var place = Geocoder.Resolve(name).ShouldNotBeNull();

        place.Country.ShouldBe(iso3);
        place.Precision.ShouldBe("country");
    }

    [Theory]
    [InlineData("us")]
    [InlineData("car")]
    [InlineData("Narnia")]
    [InlineData("")]
    public void Common_words_and_unknown_names_are_not_places(string name)
    {
        Geocoder.Resolve(name).ShouldBeNull();
        Geocoder.IsPlaceName(name).ShouldBeFalse();
    }

    [Fact]
    public void A_name_shared_by_small_towns_none_of_which_dominates_is_left_unresolved()
    {
        var gazetteer = Geocoder.Gazetteer;
        var ambiguous = gazetteer.Cities
            .GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => gazetteer.FindCities(g.Key))
            .First(c => c.Count > 1 && c[0].Population < Geocoder.AmbiguityPopulationFloor
                && c[0].Population < Geocoder.DominanceRatio * c[1].Population
                && gazetteer.FindCountry(c[0].Name) is null);

        Geocoder.Resolve(ambiguous[0].Name).ShouldBeNull();
        Geocoder.Resolve(ambiguous[0].Name, ambiguous[1].CountryIso3).ShouldNotBeNull().Country.ShouldBe(ambiguous[1].CountryIso3);
    }

    [Fact]
    public void Country_of_city_uses_the_same_choice_as_resolve()
    {
        Geocoder.CountryOfCity("Ashgabat").ShouldBe("TKM");
        Geocoder.CountryOfCity("Paris", "USA").ShouldBe("USA");
        Geocoder.CountryOfCity("Narnia").ShouldBeNull();
    }

    [Theory]
    [InlineData("Russian", "RUS")]
    [InlineData("Iranian", "IRN")]
    [InlineData("Americans", "USA")]
    [InlineData("British", "GBR")]
    [InlineData("Turkmen", "TKM")]
    public void Demonyms_lead_to_their_country(string demonym, string iso3)
    {
        Geocoder.Gazetteer.FindCountryByDemonym(demonym).ShouldNotBeNull().Iso3.ShouldBe(iso3);
    }

    [Fact]
    public void Every_country_of_the_seed_article_is_known()
    {
        var text = File.ReadAllText(RepoPaths.InShared("seed", "putin-meets-iran.txt"));
        foreach (var name in new[] { "Ashgabat", "Turkmenistan", "Moscow", "Tehran", "Ukraine", "Israel", "Russia", "Iran" })
        {
            text.ShouldContain(name);
            Geocoder.IsPlaceName(name).ShouldBeTrue(name);
        }
    }

    [Fact]
    public void A_city_row_with_an_unknown_country_is_reported_with_its_file_and_line()
    {
        var directory = Directory.CreateTempSubdirectory("entente-gazetteer-");
        try
        {
            File.Copy(RepoPaths.InRepo("data", "gazetteer", "countries.tsv"), Path.Combine(directory.FullName, "countries.tsv"));
            File.WriteAllText(
                Path.Combine(directory.FullName, "cities.tsv"),
                "geonames_id\tname\talt_names\tcountry_iso3\tadmin_code\tfeature_code\tlat\tlon\tpopulation\n" +
                "1\tAtlantis\t\tXXX\t\tPPL\t0\t0\t20000\n");

            var error = Should.Throw<InvalidDataException>(() => Gazetteer.Load(directory.FullName));

            error.Message.ShouldContain("cities.tsv:2");
            error.Message.ShouldContain("XXX");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
