using Entente.Documents;
using Entente.Tests.Acceptance;

namespace Entente.Tests.Events;

/// <summary>"The two leaders", "both countries", "the government": subjects that point back to actors the article named.</summary>
public sealed class ArticleReferenceTests
{
    [Fact]
    public void TheTwoLeadersAreTheTwoLeadersTheArticleNamed()
    {
        var article = new Article(
            "President Emmanuel Macron of France met Chancellor Olaf Scholz of Germany in Paris on Monday. "
            + "The two leaders signed an agreement on defence cooperation.")
        { PublishedOn = new DateOnly(2023, 5, 8) };

        var extraction = SeedArticle.Pipeline.Process(article);

        var signed = extraction.Events.Where(e => e.Trigger.Text == "signed").ToList();
        signed.ShouldNotBeEmpty();
        signed.Select(e => e.Source.Country).Distinct().Order().ShouldBe(["DEU", "FRA"]);
        signed.ShouldAllBe(e => e.Rule.Contains("+pair"));
    }

    [Fact]
    public void BothCountriesAreTheTwoStatesMostNamedNotTheLastOneMentioned()
    {
        var article = new Article(
            "Russia and Iran signed a treaty on Friday. Russia will supply Iran with wheat, and Iran will sell Russia drones. "
            + "The United States criticised the deal. Both countries rejected the criticism.")
        { PublishedOn = new DateOnly(2025, 1, 17) };

        var extraction = SeedArticle.Pipeline.Process(article);

        var rejected = extraction.Events.Where(e => e.Trigger.Text == "rejected").ToList();
        rejected.ShouldNotBeEmpty();
        rejected.Select(e => e.Source.Country).Distinct().Order().ShouldBe(["IRN", "RUS"]);
    }

    [Fact]
    public void TheGovernmentWithNoNameOfItsOwnIsTheGovernmentOfTheStateNamedLast()
    {
        var article = new Article(
            "Floods hit northern Pakistan on Monday. The government accused India of releasing water from its dams.")
        { PublishedOn = new DateOnly(2025, 8, 25) };

        var extraction = SeedArticle.Pipeline.Process(article);

        var accusation = extraction.Events.Single(e => e.Trigger.Text == "accused");
        accusation.Source.Code.ShouldBe("PAKGOV");
        accusation.Source.Text.ShouldBe("The government");
        accusation.Target!.Country.ShouldBe("IND");
    }
}
