using Entente.Actors;
using Entente.Events;

namespace Entente.Tests.Acceptance;

/// <summary>The skeleton issue's acceptance list, checked on the seed article published 2024-10-12.</summary>
public sealed class SeedArticleAcceptanceTests
{
    private static IReadOnlyList<CodedEvent> Events => SeedArticle.Extraction.Events;

    [Fact]
    public void PutinAndPezeshkianMeetInAshgabatOnOctober11InBothDirections()
    {
        foreach (var (source, target) in new[] { ("RUSGOV", "IRNGOV"), ("IRNGOV", "RUSGOV") })
        {
            var meetings = Events.Where(e => e.Root == "04" && e.Source.Code == source && e.Target?.Code == target).ToList();
            meetings.ShouldNotBeEmpty($"{source} → {target} meeting");
            meetings.ShouldContain(e => e.Date == "2024-10-11" && e.Location != null && e.Location.Name == "Ashgabat" && e.Location.Country == "TKM");
        }

        Events.ShouldContain(e => e.Root == "04" && e.Source.Name == "Vladimir Putin" && e.Target!.Name == "Masoud Pezeshkian");
    }

    [Fact]
    public void IranSuppliesRussiaWithWeapons()
    {
        Events.ShouldContain(e => e.Root == "07" && e.Source.Country == "IRN" && e.Target != null && e.Target.Country == "RUS");
    }

    [Fact]
    public void WesternSanctionsTargetRussiaAndIran()
    {
        var sanctions = Events.Where(e => e.Root == "16").ToList();
        sanctions.ShouldContain(e => e.Target != null && e.Target.Country == "RUS");
        sanctions.ShouldContain(e => e.Target != null && e.Target.Country == "IRN");
    }

    [Fact]
    public void PutinPraisesTheRelationshipWithIran()
    {
        Events.ShouldContain(e => e.Root == "05" && e.Source.Country == "RUS" && e.Target != null && e.Target.Country == "IRN");
    }

    [Theory]
    [InlineData("very close relationship")]
    [InlineData("real breakthrough")]
    [InlineData("still insufficient")]
    public void PutinsQuotesAreAttributedToHim(string words)
    {
        var quote = SeedArticle.Extraction.Quotes.Where(q => q.Text.Contains(words, StringComparison.Ordinal)).ShouldHaveSingleItem();
        quote.Speaker.ShouldNotBeNull();
        quote.Speaker.Name.ShouldBe("Vladimir Putin");
        quote.Speaker.Code.ShouldBe("RUSGOV");
    }

    [Fact]
    public void IsraelAndIranAttackEachOther()
    {
        var attacks = Events.Where(e => e.Root is "18" or "19" && e.Target != null).ToList();
        attacks.ShouldContain(e => e.Source.Country == "ISR" && e.Target!.Country == "IRN");
        attacks.ShouldContain(e => e.Source.Country == "IRN" && e.Target!.Country == "ISR");
    }

    [Theory]
    [InlineData("Sergei Shoigu", "RUS")]
    [InlineData("Ali Akbar Ahmadian", "IRN")]
    public void OfficialsResolveWithTheirCountriesAndRoles(string name, string country)
    {
        var mention = SeedArticle.Extraction.Mentions.First(m => m.Actor.Name == name);
        mention.Actor.Country.ShouldBe(country);
        mention.Actor.Sector.ShouldNotBeNull();
        mention.Actor.Role.ShouldNotBeNullOrEmpty();
    }

    [Theory]
    [InlineData("Hezbollah", "LBN")]
    [InlineData("Houthi", "YEM")]
    public void ArmedGroupsResolveWithTheirCountries(string text, string country)
    {
        var mention = SeedArticle.Extraction.Mentions.First(m => m.Text.StartsWith(text, StringComparison.Ordinal));
        mention.Actor.Kind.ShouldBe(ActorKind.ArmedGroup);
        mention.Actor.Country.ShouldBe(country);
    }

    [Fact]
    public void HypotheticalConsequencesAreNotAsserted()
    {
        var hypothetical = Events.Where(e => SeedArticle.SentenceAt(e.Trigger.Start).Contains("could embolden Iran", StringComparison.Ordinal)).ToList();
        hypothetical.ShouldNotBeEmpty();
        hypothetical.ShouldAllBe(e => e.Modality == Modality.Hypothetical);
        // "the enhanced military cooperation between Moscow and Tehran could lead to a more prolonged … conflict":
        // the cooperation is a fact; whatever it could lead to is not.
        var sentence = SeedArticle.Extraction.Document.Sentences.First(s => s.TextOf(SeedArticle.Text).Contains("could lead to a more prolonged", StringComparison.Ordinal));
        var could = SeedArticle.Text.IndexOf("could lead to a more prolonged", sentence.Start, StringComparison.Ordinal);
        Events.Where(e => e.Trigger.Start >= could && e.Trigger.Start < sentence.End).ShouldAllBe(e => e.Modality != Modality.Asserted);
    }

    [Fact]
    public void NothingComesFromTheBoilerplate()
    {
        var boilerplate = SeedArticle.Extraction.Document.Boilerplate;
        boilerplate.ShouldNotBeEmpty();
        bool Inside(int offset) => boilerplate.Any(r => r.Start <= offset && offset < r.End);
        SeedArticle.Extraction.Mentions.Where(m => Inside(m.Start)).ShouldBeEmpty();
        SeedArticle.Extraction.Quotes.Where(q => Inside(q.Start)).ShouldBeEmpty();
        Events.Where(e => Inside(e.Trigger.Start) || Inside(e.Source.Start)).ShouldBeEmpty();
        foreach (var junk in new[] { "Bomb Iran Lyrics", "Is It Safe To Travel", "Photo bank", "CBBC Newsround", "comments below" })
        {
            var at = SeedArticle.Text.IndexOf(junk, StringComparison.Ordinal);
            Inside(at).ShouldBeTrue(junk);
        }
    }
}
