using Entente.Documents;
using Entente.Tests.Acceptance;

namespace Entente.Tests.Events;

/// <summary>Actor words read by the whole pipeline: hardware acting for its state, months that are not people.</summary>
public sealed class ActorWordsTests
{
    [Theory]
    [InlineData("Turkish tanks crossed the border.", "Turkish tanks", "TURMIL")]
    [InlineData("Russian helicopters landed near the airport.", "Russian helicopters", "RUSMIL")]
    [InlineData("Israeli bulldozers arrived before dawn.", "Israeli bulldozers", "ISRMIL")]
    public void MilitaryHardwareOfAStateIsThatStatesMilitary(string sentence, string phrase, string code)
    {
        var extraction = SeedArticle.Pipeline.Process(new Article(sentence) { PublishedOn = new DateOnly(2024, 3, 1) });

        extraction.Mentions.ShouldContain(m => m.Text == phrase && m.Actor.Code == code);
    }

    [Theory]
    [InlineData("President Bush criticized Iran on Monday.", "2005-06-01", "President Bush", "USAGOV")]
    [InlineData("President Bush criticized Iran on Monday.", null, "President Bush", "USAGOV")]
    [InlineData("President Putin criticized Ukraine.", "2005-06-01", "President Putin", "RUSGOV")]
    [InlineData("The Bush administration criticized Iran.", "2005-06-01", "Bush administration", "USAGOV")]
    [InlineData("The Putin government criticized Ukraine.", "2015-06-01", "Putin government", "RUSGOV")]
    [InlineData("President Dr. Ashraf Ghani criticized Pakistan.", "2018-06-01", "President Dr. Ashraf Ghani", "AFG")]
    [InlineData("Islamic State claimed responsibility for the attack.", "2018-06-01", "Islamic State", "IMGMUSISI")]
    public void LeadersByTitleOrTheirGovernmentsAreTheirCountrysGovernment(string sentence, string? published, string phrase, string codeOrCountry)
    {
        var article = new Article(sentence) { PublishedOn = published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture) };

        var extraction = SeedArticle.Pipeline.Process(article);

        extraction.Mentions.ShouldContain(m => m.Text == phrase && (m.Actor.Code == codeOrCountry || m.Actor.Country == codeOrCountry));
    }

    [Theory]
    [InlineData("Greece will impose restrictions for two years from 1 May.")]
    [InlineData("The talks ended in May 2019 without a deal.")]
    [InlineData("The truce held during the holy month of Ramadan.")]
    public void AMonthNextToADateIsNoPerson(string sentence)
    {
        var extraction = SeedArticle.Pipeline.Process(new Article(sentence) { PublishedOn = new DateOnly(2019, 6, 1) });

        extraction.Mentions.ShouldNotContain(m => m.Actor.Kind == Entente.Actors.ActorKind.Person);
    }

    [Fact]
    public void ABareSurnameThatIsAlsoAMonthIsStillThePersonWhenNoDateIsNear()
    {
        var extraction = SeedArticle.Pipeline.Process(new Article("Theresa May met Angela Merkel in Berlin. May said the talks were useful.")
        { PublishedOn = new DateOnly(2017, 4, 1) });

        extraction.Mentions.ShouldContain(m => m.Text == "May" && m.Actor.Country == "GBR");
    }

    [Theory]
    [InlineData("Serb forces shelled the town.", "SRB")]
    [InlineData("Bosniak leaders rejected the plan.", "BIH")]
    [InlineData("European Community ministers agreed to provide aid.", "IGO")]
    public void EthnonymsAndFormerNamesResolveToTheirActor(string sentence, string country)
    {
        var extraction = SeedArticle.Pipeline.Process(new Article(sentence) { PublishedOn = new DateOnly(1992, 6, 1) });

        extraction.Mentions.ShouldContain(m => (m.Actor.Country ?? m.Actor.Code).StartsWith(country, StringComparison.Ordinal));
    }
}
