using System.Text.Json;
using Entente.Time;

namespace Entente.Tests.Time;

public sealed class DateResolverTests
{
    private static readonly DateOnly FridayMarch14 = new(2025, 3, 14);

    private static IReadOnlyList<TimeExpression> FindAll(string text, DateOnly? published) =>
        DateResolver.Find(text, 0, text.Length, published);

    private static TimeExpression Single(string text, DateOnly? published) => FindAll(text, published).ShouldHaveSingleItem();

    [Fact]
    public void The_seed_article_forum_date_is_found_with_its_preposition_and_offsets_into_the_article()
    {
        var text = File.ReadAllText(RepoPaths.InShared("seed", "putin-meets-iran.txt"));
        var sentenceStart = text.IndexOf("His recent statement at the forum", StringComparison.Ordinal);
        var sentenceEnd = text.IndexOf('.', sentenceStart) + 1;

        var found = DateResolver.Find(text, sentenceStart, sentenceEnd, published: null).ShouldHaveSingleItem();

        found.Text.ShouldBe("on October 11, 2024");
        text[found.Start..found.End].ShouldBe("on October 11, 2024");
        found.Date.ShouldBe(new DateOnly(2024, 10, 11));
        found.Granularity.ShouldBe(DateGranularity.Day);
    }

    [Fact]
    public void In_a_Friday_VOA_story_Friday_is_the_publication_day_and_Thursday_the_day_before()
    {
        var (text, published) = VoaStory("8011115");
        published.ShouldBe(FridayMarch14);

        var dates = FindAll(text, published);

        var friday = dates.First(d => d.Text == "Friday");
        text.Substring(friday.Start - "announcing on social media ".Length, "announcing on social media Friday".Length)
            .ShouldBe("announcing on social media Friday");
        friday.Date.ShouldBe(FridayMarch14);
        dates.First(d => d.Text == "Thursday").Date.ShouldBe(new DateOnly(2025, 3, 13));
    }

    [Theory]
    [InlineData("The talks took place on October 11, 2024.", "on October 11, 2024", 2024, 10, 11)]
    [InlineData("The talks took place on 11 October 2024.", "on 11 October 2024", 2024, 10, 11)]
    [InlineData("The talks took place Oct. 11, 2024, in Ashgabat.", "Oct. 11, 2024", 2024, 10, 11)]
    [InlineData("The decree dated 2024-10-11 was published.", "2024-10-11", 2024, 10, 11)]
    [InlineData("Signed on 25/10/2024 in Kazan.", "on 25/10/2024", 2024, 10, 25)]
    [InlineData("Signed on 10/25/2024 in Kazan.", "on 10/25/2024", 2024, 10, 25)]
    [InlineData("The summit opened on the 22nd of October, 2024.", "on the 22nd of October, 2024", 2024, 10, 22)]
    public void Full_dates_resolve_to_the_day_without_a_publication_date(string sentence, string text, int year, int month, int day)
    {
        var found = Single(sentence, published: null);

        found.Text.ShouldBe(text);
        found.Date.ShouldBe(new DateOnly(year, month, day));
        found.Granularity.ShouldBe(DateGranularity.Day);
    }

    [Fact]
    public void A_numeric_date_whose_day_and_month_cannot_be_told_apart_is_not_a_date()
    {
        FindAll("The ceasefire of 11/10/2024 held.", FridayMarch14).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Officials met on Oct. 11 in Geneva.", "on Oct. 11", 2024, 10, 11)]
    [InlineData("Officials met on March 2.", "on March 2", 2025, 3, 2)]
    [InlineData("Elections are due on April 6.", "on April 6", 2025, 4, 6)]
    [InlineData("The strike came on 3 March.", "on 3 March", 2025, 3, 3)]
    public void A_day_without_a_year_takes_the_publication_year_unless_that_is_over_a_month_ahead(string sentence, string text, int year, int month, int day)
    {
        var found = Single(sentence, FridayMarch14);

        found.Text.ShouldBe(text);
        found.Date.ShouldBe(new DateOnly(year, month, day));
        found.Granularity.ShouldBe(DateGranularity.Day);
    }

    [Theory]
    [InlineData("The offensive began in October 2024.", "in October 2024", 2024, 10)]
    [InlineData("Talks resumed in March.", "in March", 2025, 3)]
    [InlineData("The deal collapsed in December.", "in December", 2024, 12)]
    [InlineData("Fighting flared in early February.", "in early February", 2025, 2)]
    [InlineData("They last met last March.", "last March", 2024, 3)]
    [InlineData("A vote is planned for next May.", "next May", 2025, 5)]
    public void Months_resolve_to_their_first_day(string sentence, string text, int year, int month)
    {
        var found = Single(sentence, FridayMarch14);

        found.Text.ShouldBe(text);
        found.Date.ShouldBe(new DateOnly(year, month, 1));
        found.Granularity.ShouldBe(DateGranularity.Month);
    }

    [Theory]
    [InlineData("Iran has supplied drones since 2022.", "since 2022", 2022)]
    [InlineData("The treaty was signed in 2001 in Moscow.", "in 2001", 2001)]
    [InlineData("Both sides aim to double trade by 2030.", "by 2030", 2030)]
    public void Years_after_a_preposition_resolve_to_the_year(string sentence, string text, int year)
    {
        var found = Single(sentence, FridayMarch14);

        found.Text.ShouldBe(text);
        found.Date.ShouldBe(new DateOnly(year, 1, 1));
        found.Granularity.ShouldBe(DateGranularity.Year);
    }

    [Theory]
    [InlineData("Russia sent 2023 soldiers to the border.")]
    [InlineData("Trade grew from 2020 to 2023.")]
    [InlineData("The plan for 2023-24 was approved.")]
    [InlineData("The army may march on the capital.")]
    [InlineData("He said it would be a long week.")]
    [InlineData("Overnight stays were banned.")]
    [InlineData("He told Russia Today the talks failed.")]
    [InlineData("He spoke on ABC News' \u201cThis Week\u201d program.")]
    public void Numbers_ranges_and_common_words_are_not_dates(string sentence)
    {
        FindAll(sentence, FridayMarch14).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Putin spoke today.", "today", 2025, 3, 14, DateGranularity.Day)]
    [InlineData("Putin spoke yesterday.", "yesterday", 2025, 3, 13, DateGranularity.Day)]
    [InlineData("Putin will speak tomorrow.", "tomorrow", 2025, 3, 15, DateGranularity.Day)]
    [InlineData("Drones struck Kyiv overnight, officials said.", "overnight", 2025, 3, 14, DateGranularity.Day)]
    [InlineData("Drones struck Kyiv last night.", "last night", 2025, 3, 13, DateGranularity.Day)]
    [InlineData("The ministers met last week.", "last week", 2025, 3, 3, DateGranularity.Week)]
    [InlineData("The ministers meet this week.", "this week", 2025, 3, 10, DateGranularity.Week)]
    [InlineData("The ministers meet next week.", "next week", 2025, 3, 17, DateGranularity.Week)]
    [InlineData("Prices rose last month.", "last month", 2025, 2, 1, DateGranularity.Month)]
    [InlineData("Prices rose earlier this month.", "earlier this month", 2025, 3, 1, DateGranularity.Month)]
    [InlineData("Prices will fall next month.", "next month", 2025, 4, 1, DateGranularity.Month)]
    [InlineData("Elections were held last year.", "last year", 2024, 1, 1, DateGranularity.Year)]
    [InlineData("Elections are due this year.", "this year", 2025, 1, 1, DateGranularity.Year)]
    [InlineData("The envoy arrived two days ago.", "two days ago", 2025, 3, 12, DateGranularity.Day)]
    [InlineData("The envoy arrived 3 weeks ago.", "3 weeks ago", 2025, 2, 17, DateGranularity.Week)]
    [InlineData("The envoy arrived a year ago.", "a year ago", 2024, 1, 1, DateGranularity.Year)]
    public void Relative_expressions_resolve_against_the_publication_date(string sentence, string text, int year, int month, int day, DateGranularity granularity)
    {
        var found = Single(sentence, FridayMarch14);

        found.Text.ShouldBe(text);
        found.Date.ShouldBe(new DateOnly(year, month, day));
        found.Granularity.ShouldBe(granularity);
    }

    [Theory]
    [InlineData("The talks ended on Friday.", "on Friday", 14)]
    [InlineData("The talks ended Wednesday.", "Wednesday", 12)]
    [InlineData("The talks ended last Friday.", "last Friday", 7)]
    [InlineData("The talks resume next Monday.", "next Monday", 17)]
    [InlineData("The talks resume Saturday morning.", "Saturday morning", 8)]
    [InlineData("Trump said the tariffs would take effect Wednesday morning.", "Wednesday morning", 19)]
    [InlineData("The talks will resume on Friday.", "on Friday", 14)]
    public void Weekdays_resolve_to_the_latest_such_day_up_to_publication_unless_told_otherwise(string sentence, string text, int dayOfMarch)
    {
        var found = Single(sentence, FridayMarch14);

        found.Text.ShouldBe(text);
        found.Date.ShouldBe(new DateOnly(2025, 3, dayOfMarch));
        found.Granularity.ShouldBe(DateGranularity.Day);
    }

    [Fact]
    public void Without_a_publication_date_relative_expressions_are_unresolved_but_absolute_ones_resolve()
    {
        var dates = FindAll("Yesterday the minister recalled that on Oct. 11 and on October 11, 2024 he met Pezeshkian in 2023.", published: null);

        dates.Select(d => d.Text).ShouldBe(["Yesterday", "on Oct. 11", "on October 11, 2024", "in 2023"]);
        dates[0].Granularity.ShouldBe(DateGranularity.Unresolved);
        dates[0].Date.ShouldBeNull();
        dates[1].Granularity.ShouldBe(DateGranularity.Unresolved);
        dates[2].Date.ShouldBe(new DateOnly(2024, 10, 11));
        dates[3].Granularity.ShouldBe(DateGranularity.Year);
    }

    [Fact]
    public void Only_the_requested_span_is_searched_and_offsets_stay_in_the_whole_text()
    {
        const string text = "Talks began on Monday. They ended on Friday.";
        var second = text.IndexOf("They", StringComparison.Ordinal);

        var found = DateResolver.Find(text, second, text.Length, FridayMarch14).ShouldHaveSingleItem();

        found.Text.ShouldBe("on Friday");
        found.Start.ShouldBe(text.IndexOf("on Friday", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_date_in_the_VOA_stories_lies_within_a_few_years_of_publication_or_is_an_explicit_year()
    {
        foreach (var line in File.ReadLines(RepoPaths.InShared("data", "corpus", "voa", "voa_stories.jsonl")))
        {
            using var story = JsonDocument.Parse(line);
            var text = story.RootElement.GetProperty("text").GetString()!;
            var published = DateOnly.Parse(story.RootElement.GetProperty("published").GetString()![..10], System.Globalization.CultureInfo.InvariantCulture);
            foreach (var date in FindAll(text, published))
            {
                date.Date.ShouldNotBeNull(date.Text);
                text[date.Start..date.End].ShouldBe(date.Text);
                if (date.Granularity is DateGranularity.Day or DateGranularity.Week)
                {
                    Math.Abs(date.Date.Value.DayNumber - published.DayNumber).ShouldBeLessThan(3 * 366, $"{date.Text} in story {story.RootElement.GetProperty("id").GetString()}");
                }
            }
        }
    }

    internal static (string Text, DateOnly Published) VoaStory(string id)
    {
        foreach (var line in File.ReadLines(RepoPaths.InShared("data", "corpus", "voa", "voa_stories.jsonl")))
        {
            using var story = JsonDocument.Parse(line);
            if (story.RootElement.GetProperty("id").GetString() == id)
            {
                var published = story.RootElement.GetProperty("published").GetString()!;
                return (story.RootElement.GetProperty("text").GetString()!, DateOnly.Parse(published[..10], System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        throw new InvalidOperationException($"VOA story {id} not found.");
    }
}
