using Entente.Actors;
using Entente.Events;
using Entente.Pipeline;
using Entente.Places;
using Entente.Storage;
using Entente.Time;

namespace Entente.Tests.Storage;

/// <summary>
/// The behaviour every <see cref="IEventStore"/> must have. Each provider runs all of it through a one-line
/// sealed subclass that supplies its <see cref="TestDatabase"/>.
/// </summary>
public abstract class EventStoreTests(TestDatabase database) : IAsyncLifetime
{
    private static readonly ActorRef IsraeliOfficials = new() { Code = "ISRGOV", Name = "Israeli government", Country = "ISR", Sector = "GOV" };

    private IEventStore? _store;

    protected IEventStore Store => _store ?? throw new InvalidOperationException("The store is not open.");

    public async Task InitializeAsync() => _store = await database.OpenAsync();

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        await database.DisposeAsync();
    }

    // Four small stories. Events, in store order (date, article, sentence): protest 09-30; meet, praise 10-11;
    // strike, condemn 10-26; visit 12-01 (intended); then undated: the meeting that did not happen, the
    // reported drone deliveries.
    private static ExtractionBuilder Meeting() => Some.Article(
            "Russian President Vladimir Putin met Iranian President Masoud Pezeshkian in Ashgabat on Friday. " +
            "Putin praised the \"very close relationship\" between Russia and Iran.",
            "Putin meets Pezeshkian in Ashgabat",
            new DateOnly(2024, 10, 11))
        .Mention("Russian President Vladimir Putin", Some.Putin)
        .Mention("Iranian President Masoud Pezeshkian", Some.Pezeshkian)
        .Mention("Putin", Some.Putin, occurrence: 1)
        .Mention("Russia", Some.Russia, occurrence: 1)
        .Mention("Iran", Some.Iran, occurrence: 1)
        .Event("Vladimir Putin", Some.Putin, "met", "Masoud Pezeshkian", Some.Pezeshkian, "044", 1, 1.0, "2024-10-11",
            e => e with { Location = Some.Ashgabat, Plover = new PloverCode("CONSULT", "third-party"), DateText = "on Friday" })
        .Event("Putin", Some.Putin, "praised", "Iran", Some.Iran, "051", 1, 3.4, "2024-10-11")
        .Quote("very close relationship", Some.Putin);

    private static ExtractionBuilder Strike() => Some.Article(
            "Israeli jets struck military targets in Iran on October 26. " +
            "Iran condemned Israel for the strikes, calling them \"a violation of international law\".",
            "Israel strikes Iran",
            new DateOnly(2024, 10, 26))
        .Mention("Israeli jets", Some.IsraeliMilitary)
        .Mention("Iran", Some.Iran)
        .Mention("Iran", Some.Iran, occurrence: 1)
        .Mention("Israel", Some.Israel, occurrence: 1)
        .Event("Israeli jets", Some.IsraeliMilitary, "struck", "Iran", Some.Iran, "195", 4, -10, "2024-10-26",
            e => e with { Plover = new PloverCode("ASSAULT", "aerial") })
        .Event("Iran", Some.Iran, "condemned", "Israel", Some.Israel, "111", 3, -2, "2024-10-26")
        .Quote("a violation of international law", Some.Iran);

    private static ExtractionBuilder Talks() => Some.Article(
            "Iran did not meet Israeli officials in Vienna. Pezeshkian plans to visit Moscow next month. " +
            "Officials said Russia sent drones to Iran.",
            "Iran rejects talks",
            new DateOnly(2024, 11, 2))
        .Event("Iran", Some.Iran, "meet", "Israeli officials", IsraeliOfficials, "040", 1, 1.0, change: e => e with { Negated = true })
        .Event("Pezeshkian", Some.Pezeshkian, "visit", "Moscow", Some.Russia, "042", 1, 1.9, "2024-12-01",
            e => e with { Modality = Modality.Intended, DateGranularity = DateGranularity.Month, DateText = "next month" })
        .Event("Russia", Some.Russia, "sent", "Iran", Some.Iran, "072", 2, 7.4, change: e => e with { Modality = Modality.Reported });

    private static ExtractionBuilder Protest() => Some.Article(
            "Protesters rallied in Tehran, chanting \"bread and freedom\".",
            "Protests in Tehran",
            new DateOnly(2024, 9, 30))
        .Mention("Protesters", Some.Protesters)
        .Event("Protesters", Some.Protesters, "rallied", null, null, "141", 3, -6.5, "2024-09-30")
        .Quote("bread and freedom", null);

    private async Task SaveWorldAsync()
        => (await Store.SaveBatchAsync([Meeting(), Strike(), Talks(), Protest()])).ShouldBe(new SaveResult(4, 0, 8));

    private Task<IReadOnlyList<StoredEvent>> EventsAsync(EventQuery query) => Store.QueryEventsAsync(query);

    private static string[] Triggers(IEnumerable<StoredEvent> events) => events.Select(e => e.Event.Trigger.Text).ToArray();

    [Fact]
    public async Task AnEventReadsBackWithEveryFieldAndItsEvidence()
    {
        var meeting = Meeting().Build();
        var full = meeting.Events[0] with
        {
            Negated = true,
            Modality = Modality.Reported,
            DateGranularity = DateGranularity.Week,
            Confidence = 0.83,
            Target = meeting.Events[0].Target! with { Role = "President of Iran" },
        };
        meeting.Events[0] = full;
        await Store.SaveBatchAsync([meeting]);

        var stored = (await Store.GetEventAsync(full.Id)).ShouldNotBeNull();

        stored.Event.ShouldBe(full);
        stored.Event.Location.ShouldBe(Some.Ashgabat);
        stored.ArticleId.ShouldBe(meeting.Article.Id);
        stored.ArticleTitle.ShouldBe("Putin meets Pezeshkian in Ashgabat");
        stored.ArticlePublished.ShouldBe(new DateOnly(2024, 10, 11));
        stored.ArticleUrl.ShouldBe(meeting.Article.Url);
        stored.SentenceText.ShouldBe("Russian President Vladimir Putin met Iranian President Masoud Pezeshkian in Ashgabat on Friday.");
        stored.SentenceText.Substring(full.Trigger.Start - stored.SentenceStart, full.Trigger.End - full.Trigger.Start).ShouldBe("met");
    }

    [Fact]
    public async Task AnEventWithoutTargetPloverPlaceOrDateReadsBackWithThoseLeftEmpty()
    {
        var talks = Talks().Build();
        var bare = talks.Events[2] with { Target = null, Plover = null, Location = null, Date = null, DateText = null, Confidence = 0 };
        talks.Events[2] = bare;
        await Store.SaveBatchAsync([talks]);

        var stored = (await Store.GetEventAsync(bare.Id)).ShouldNotBeNull();

        stored.Event.ShouldBe(bare);
        stored.Event.Target.ShouldBeNull();
        stored.Event.Plover.ShouldBeNull();
        stored.Event.Location.ShouldBeNull();
        stored.Event.Date.ShouldBeNull();
        stored.SentenceStart.ShouldBe(talks.Document.Sentences[2].Start);
    }

    [Fact]
    public async Task TheSeedArticleReadsBackWithItsMetadataSentencesAndQuotes()
    {
        var seed = Some.SeedArticle()
            .Mention("Russian President Vladimir Putin", Some.Putin)
            .Mention("Masoud Pezeshkian", Some.Pezeshkian)
            .Event("Vladimir Putin", Some.Putin, "met", "Masoud Pezeshkian", Some.Pezeshkian, "044", 1, 1.0, "2024-10-11")
            .Quote("very close relationship", Some.Putin)
            .Quote("new world order", Some.Putin)
            .Build();

        (await Store.SaveBatchAsync([seed])).ShouldBe(new SaveResult(1, 0, 1));
        var stored = (await Store.GetArticleAsync(seed.Article.Id)).ShouldNotBeNull();

        stored.Article.Id.ShouldBe(seed.Article.Id);
        stored.Article.Title.ShouldBe("Putin Meets With Iran: A New Era In Geopolitics Unfolds");
        stored.Article.Text.ShouldBe(seed.Article.Text);
        stored.Article.PublishedOn.ShouldBe(new DateOnly(2024, 10, 11));
        stored.Article.Url.ShouldBe(seed.Article.Url);
        stored.Article.Source.ShouldBe("example.org");
        stored.Article.Origin.ShouldBe("seed/putin-meets-iran.txt");
        stored.IngestedAt.ShouldBeInRange(DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        stored.Sentences.Count.ShouldBe(seed.Document.Sentences.Count);
        stored.Sentences.Select(s => s.Text).ShouldBe(seed.Document.Sentences.Select(s => s.TextOf(seed.Article.Text)));
        stored.Sentences.Select(s => (s.Index, s.Start, s.End, s.IsHeadingOrList))
            .ShouldBe(seed.Document.Sentences.Select(s => (s.Index, s.Start, s.End, s.IsHeadingOrList)));
        stored.Sentences.ShouldContain(s => s.IsHeadingOrList);
        stored.Quotes.ShouldBe(seed.Quotes);
        stored.EventCount.ShouldBe(1);
        stored.MentionCount.ShouldBe(2);
    }

    [Fact]
    public async Task SavingTheSameArticleTwiceAddsNothingTheSecondTime()
    {
        (await Store.SaveBatchAsync([Meeting()])).ShouldBe(new SaveResult(1, 0, 2));
        var before = await Store.GetStatsAsync();

        (await Store.SaveBatchAsync([Meeting()])).ShouldBe(new SaveResult(0, 1, 0));

        (await Store.GetStatsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task AnArticleRepeatedWithinABatchIsStoredOnce()
    {
        var result = await Store.SaveBatchAsync([Meeting(), Strike(), Meeting()]);

        result.ShouldBe(new SaveResult(2, 1, 4));
        (await Store.GetStatsAsync()).ShouldBe(new StoreStats(2, 4, 4, 9, 2));
    }

    [Fact]
    public async Task TheSameStoryReadFromAnotherPlaceIsTheSameArticle()
    {
        await Store.SaveBatchAsync([Meeting()]);
        var again = Some.Article(Meeting().Article.Text, Meeting().Article.Title, new DateOnly(2024, 10, 12), origin: "mirror.jsonl:7");

        (await Store.SaveBatchAsync([again])).ShouldBe(new SaveResult(0, 1, 0));
        (await Store.GetArticleAsync(again.Article.Id)).ShouldNotBeNull().Article.Origin.ShouldBe("test");
    }

    [Fact]
    public async Task ContainsArticleTellsStoredFromUnknownArticles()
    {
        await Store.SaveBatchAsync([Meeting()]);

        (await Store.ContainsArticleAsync(Meeting().Article.Id)).ShouldBeTrue();
        (await Store.ContainsArticleAsync(Strike().Article.Id)).ShouldBeFalse();
    }

    [Fact]
    public async Task UnknownIdsReadAsNull()
    {
        await SaveWorldAsync();

        (await Store.GetEventAsync("no-such-event")).ShouldBeNull();
        (await Store.GetArticleAsync("no-such-article")).ShouldBeNull();
    }

    [Fact]
    public async Task EventsComeOrderedByDateThenArticleThenSentenceWithUndatedLast()
    {
        await SaveWorldAsync();
        var all = await EventsAsync(new EventQuery());

        Triggers(all).ShouldBe(["rallied", "met", "praised", "struck", "condemned", "visit", "meet", "sent"]);
    }

    [Fact]
    public async Task NewestFirstReversesTheDatesButKeepsUndatedLast()
    {
        await SaveWorldAsync();
        var all = await EventsAsync(new EventQuery { NewestFirst = true });

        Triggers(all).ShouldBe(["visit", "struck", "condemned", "met", "praised", "rallied", "meet", "sent"]);
        Triggers(await EventsAsync(new EventQuery { NewestFirst = true, Limit = 2 })).ShouldBe(["visit", "struck"]);
    }

    [Fact]
    public async Task PagesFollowTheSameOrderWithoutGapsOrRepeats()
    {
        await SaveWorldAsync();
        var all = await EventsAsync(new EventQuery());

        var pages = new List<StoredEvent>();
        for (var offset = 0; offset < 9; offset += 3)
        {
            pages.AddRange(await EventsAsync(new EventQuery { Limit = 3, Offset = offset }));
        }

        pages.Select(e => e.Event.Id).ShouldBe(all.Select(e => e.Event.Id));
        (await EventsAsync(new EventQuery { Limit = 3, Offset = 3 })).Count.ShouldBe(3);
    }

    [Fact]
    public async Task StreamingReturnsEveryMatchingEventInQueryOrderIgnoringThePageSize()
    {
        await SaveWorldAsync();
        var all = await EventsAsync(new EventQuery());

        var streamed = await Store.StreamEventsAsync(new EventQuery { Limit = 2, Offset = 5 }).ToListAsync();
        streamed.Select(e => e.Event.Id).ShouldBe(all.Select(e => e.Event.Id));
        streamed.ShouldBe(all);

        var dyad = await Store.StreamEventsAsync(new EventQuery { Dyad = Dyad.Parse("RUS:IRN"), Since = new DateOnly(2024, 10, 12) }).ToListAsync();
        Triggers(dyad).ShouldBe(["visit"]);
        var coded = await Store.StreamEventsAsync(new EventQuery { CodePrefix = "1", Actor = "IRN" }).ToListAsync();
        Triggers(coded).ShouldBe(["rallied", "struck", "condemned"]);
    }

    [Fact]
    public async Task StoredEventsCarryTheArticleSourceAndWhenItWasStored()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        await Store.SaveBatchAsync([Meeting()]);

        var stored = (await EventsAsync(new EventQuery()))[0];

        stored.ArticleSource.ShouldBe("example.org");
        stored.ArticleIngestedAt.ShouldNotBeNull().ShouldBeInRange(before, DateTimeOffset.UtcNow.AddSeconds(1));
        (await Store.StreamEventsAsync(new EventQuery()).FirstAsync()).ArticleIngestedAt.ShouldBe(stored.ArticleIngestedAt);
    }

    [Fact]
    public async Task AnActorCodePrefixMatchesEitherSide()
    {
        await SaveWorldAsync();

        Triggers(await EventsAsync(new EventQuery { Actor = "RUS" })).ShouldBe(["met", "praised", "visit", "sent"]);
        Triggers(await EventsAsync(new EventQuery { Actor = "rusgov" })).ShouldBe(["met", "praised"]);
        Triggers(await EventsAsync(new EventQuery { Actor = "ISR" })).ShouldBe(["struck", "condemned", "meet"]);
    }

    [Fact]
    public async Task AnActorIdOrNameMatchesTheActorsEvents()
    {
        await SaveWorldAsync();

        Triggers(await EventsAsync(new EventQuery { Actor = "masoud-pezeshkian" })).ShouldBe(["met", "visit"]);
        Triggers(await EventsAsync(new EventQuery { Actor = "vladimir putin" })).ShouldBe(["met", "praised"]);
    }

    [Fact]
    public async Task ADyadFindsEventsInBothDirectionsUnlessDirected()
    {
        await SaveWorldAsync();

        Triggers(await EventsAsync(new EventQuery { Dyad = Dyad.Parse("RUS:IRN") })).ShouldBe(["met", "praised", "visit", "sent"]);
        Triggers(await EventsAsync(new EventQuery { Dyad = Dyad.Parse("RUS:IRN"), DyadDirected = true })).ShouldBe(["met", "praised", "sent"]);
        Triggers(await EventsAsync(new EventQuery { Dyad = Dyad.Parse("IRN:RUS"), DyadDirected = true })).ShouldBe(["visit"]);
        Triggers(await EventsAsync(new EventQuery { Dyad = Dyad.Parse("ISRMIL:IRN") })).ShouldBe(["struck"]);
    }

    [Fact]
    public async Task SinceAndUntilBoundTheEventDateInclusivelyAndLeaveOutUndatedEvents()
    {
        await SaveWorldAsync();

        Triggers(await EventsAsync(new EventQuery { Since = new DateOnly(2024, 10, 11), Until = new DateOnly(2024, 10, 26) }))
            .ShouldBe(["met", "praised", "struck", "condemned"]);
        Triggers(await EventsAsync(new EventQuery { Since = new DateOnly(2024, 10, 27) })).ShouldBe(["visit"]);
        Triggers(await EventsAsync(new EventQuery { Until = new DateOnly(2024, 10, 10) })).ShouldBe(["rallied"]);
    }

    [Fact]
    public async Task ACodePrefixMatchesTheCameoCodesUnderIt()
    {
        await SaveWorldAsync();

        Triggers(await EventsAsync(new EventQuery { CodePrefix = "04" })).ShouldBe(["met", "visit", "meet"]);
        Triggers(await EventsAsync(new EventQuery { CodePrefix = "044" })).ShouldBe(["met"]);
        Triggers(await EventsAsync(new EventQuery { CodePrefix = "1" })).ShouldBe(["rallied", "struck", "condemned"]);
    }

    [Fact]
    public async Task AQuadClassFilterKeepsExactlyTheEventsOfThoseClasses()
    {
        await SaveWorldAsync();
        var all = await EventsAsync(new EventQuery());

        var conflict = await EventsAsync(new EventQuery { QuadClasses = [3, 4] });
        conflict.ShouldNotBeEmpty();
        Triggers(conflict).ShouldBe(Triggers(all.Where(e => e.Event.QuadClass >= 3).ToList()));
        Triggers(await EventsAsync(new EventQuery { QuadClasses = [1] })).ShouldBe(Triggers(all.Where(e => e.Event.QuadClass == 1).ToList()));
        (await EventsAsync(new EventQuery { QuadClasses = [] })).Count.ShouldBe(all.Count);
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => EventsAsync(new EventQuery { QuadClasses = [5] }));
    }

    [Fact]
    public async Task ModalityAndNegationFiltersNarrowTheEvents()
    {
        await SaveWorldAsync();

        Triggers(await EventsAsync(new EventQuery { Modality = Modality.Reported })).ShouldBe(["sent"]);
        Triggers(await EventsAsync(new EventQuery { Modality = Modality.Intended })).ShouldBe(["visit"]);
        Triggers(await EventsAsync(new EventQuery { IncludeNegated = false })).ShouldNotContain("meet");
        (await EventsAsync(new EventQuery { IncludeNegated = false })).Count.ShouldBe(7);
    }

    [Fact]
    public async Task FiltersCombine()
    {
        await SaveWorldAsync();
        var query = new EventQuery { Actor = "IRN", CodePrefix = "0", Since = new DateOnly(2024, 10, 1), ArticleId = Meeting().Article.Id };

        Triggers(await EventsAsync(query)).ShouldBe(["met", "praised"]);
    }

    [Fact]
    public async Task APageSizeBelowOneIsRefused()
    {
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => EventsAsync(new EventQuery { Limit = 0 }));
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => Store.ListArticlesAsync(10, -1));
    }

    [Fact]
    public async Task ActorsAreListedWithTheirMentionAndEventCounts()
    {
        await SaveWorldAsync();
        var actors = await Store.ListActorsAsync();

        actors[0].ShouldBe(new ActorSummary("IRN", "Iran", "IRN", null, ActorKind.State, Mentions: 3, Events: 5));
        actors.ShouldContain(new ActorSummary("RUSGOV", "Vladimir Putin", "RUS", "GOV", ActorKind.Person, Mentions: 2, Events: 2));
        actors.ShouldContain(new ActorSummary("IRNGOV", "Masoud Pezeshkian", "IRN", "GOV", ActorKind.Person, Mentions: 1, Events: 2));
        actors.ShouldContain(new ActorSummary("IRNOPP", null, "IRN", "OPP", ActorKind.Group, Mentions: 1, Events: 1));
        actors.ShouldContain(new ActorSummary("ISRGOV", "Israeli government", "ISR", "GOV", null, Mentions: 0, Events: 1));
        actors.Select(a => (a.Code, a.Name)).ShouldBeUnique();
        actors.Select(a => a.Events).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public async Task TopDyadsPairCountriesEitherWayAndCountOnlyEventsThatHappened()
    {
        await SaveWorldAsync();
        var dyads = await Store.TopDyadsAsync(10, null, null);

        // Russia–Iran: the meeting and praise (verbal cooperation) and the reported drones (material); the
        // intended visit is left out. Iran–Israel: the strike and the condemnation; the meeting that did not
        // happen is left out. The protest has no target.
        dyads.Count.ShouldBe(2);
        dyads[0].ShouldBe(new DyadSummary("IRN", "RUS", 3, 2, 1, 0, 0, 11.8, 11.8 / 3, 2), new DyadComparer());
        dyads[1].ShouldBe(new DyadSummary("IRN", "ISR", 2, 0, 0, 1, 1, -12, -6, 1), new DyadComparer());
    }

    [Fact]
    public async Task TopDyadsHonourTheDateRangeAndLimit()
    {
        await SaveWorldAsync();

        (await Store.TopDyadsAsync(10, new DateOnly(2024, 10, 20), null)).Select(d => d.CountryB).ShouldBe(["ISR"]);
        (await Store.TopDyadsAsync(10, null, new DateOnly(2024, 10, 20))).Single().Events.ShouldBe(2);
        (await Store.TopDyadsAsync(1, null, null)).Select(d => d.CountryB).ShouldBe(["RUS"]);
    }

    [Fact]
    public async Task QuotesAreFoundBySpeakerCodeIdOrName()
    {
        await SaveWorldAsync();

        (await Store.QueryQuotesAsync(null)).Select(q => q.Quote.Text)
            .ShouldBe(["bread and freedom", "very close relationship", "a violation of international law"]);
        (await Store.QueryQuotesAsync("RUS")).Single().Quote.Speaker.ShouldBe(Some.Putin);
        (await Store.QueryQuotesAsync("iran")).Single().Quote.Text.ShouldBe("a violation of international law");
        (await Store.QueryQuotesAsync("vladimir-putin")).Single().ArticleTitle.ShouldBe("Putin meets Pezeshkian in Ashgabat");
        (await Store.QueryQuotesAsync(null, limit: 1, offset: 2)).Single().Quote.Text.ShouldBe("a violation of international law");
    }

    [Fact]
    public async Task AQuoteKeepsItsSentenceForContext()
    {
        await SaveWorldAsync();
        var quote = (await Store.QueryQuotesAsync("IRN")).Single();

        quote.SentenceText.ShouldBe("Iran condemned Israel for the strikes, calling them \"a violation of international law\".");
        quote.SentenceText.Substring(quote.Quote.Start - quote.SentenceStart, quote.Quote.Text.Length).ShouldBe(quote.Quote.Text);
        quote.ArticlePublished.ShouldBe(new DateOnly(2024, 10, 26));
    }

    [Fact]
    public async Task ArticlesAreListedNewestFirstWithTheirCounts()
    {
        await SaveWorldAsync();

        var all = await Store.ListArticlesAsync(10, 0);
        all.Select(a => a.Title).ShouldBe(["Iran rejects talks", "Israel strikes Iran", "Putin meets Pezeshkian in Ashgabat", "Protests in Tehran"]);
        var meeting = all[2];
        meeting.Id.ShouldBe(Meeting().Article.Id);
        (meeting.Sentences, meeting.Events, meeting.Quotes).ShouldBe((2, 2, 1));
        meeting.Source.ShouldBe("example.org");
        meeting.Origin.ShouldBe("test");

        (await Store.ListArticlesAsync(2, 1)).Select(a => a.Title).ShouldBe(["Israel strikes Iran", "Putin meets Pezeshkian in Ashgabat"]);
    }

    [Fact]
    public async Task StatsCountEveryKindOfRow()
    {
        await SaveWorldAsync();

        (await Store.GetStatsAsync()).ShouldBe(new StoreStats(Articles: 4, Sentences: 8, Events: 8, Mentions: 10, Quotes: 3));
    }

    [Fact]
    public async Task AnInvalidValueMidBatchRollsBackTheWholeBatch()
    {
        var broken = Strike().With(x => x.Events[1] = x.Events[1] with { QuadClass = 9 }).Build();

        var error = await Should.ThrowAsync<EventStoreException>(() => Store.SaveBatchAsync([Meeting(), broken, Talks()]));

        error.Message.ShouldContain(broken.Article.Id);
        error.Message.ShouldContain("quad class 9");
        (await Store.GetStatsAsync()).ShouldBe(new StoreStats(0, 0, 0, 0, 0));
        (await Store.ContainsArticleAsync(Meeting().Article.Id)).ShouldBeFalse();
    }

    [Fact]
    public async Task ARowTheDatabaseRefusesMidArticleRollsBackTheWholeBatch()
    {
        // The second event reuses the first one's id: the database refuses it after the article, its sentences,
        // its mentions and its first event were written, and after a whole article before it.
        var broken = Strike().With(x => x.Events[1] = x.Events[1] with { Id = x.Events[0].Id }).Build();

        var error = await Should.ThrowAsync<EventStoreException>(() => Store.SaveBatchAsync([Meeting(), broken]));

        error.Message.ShouldContain(broken.Article.Id);
        (await Store.GetStatsAsync()).ShouldBe(new StoreStats(0, 0, 0, 0, 0));
        (await Store.SaveBatchAsync([Meeting(), Strike()])).ShouldBe(new SaveResult(2, 0, 4));
    }

    [Fact]
    public async Task AnEventPointingAtAMissingSentenceIsRefusedWithTheArticleNamed()
    {
        var broken = Protest().With(x => x.Events[0] = x.Events[0] with { Sentence = 5 }).Build();

        var error = await Should.ThrowAsync<EventStoreException>(() => Store.SaveBatchAsync([broken]));

        error.Message.ShouldBe($"Article {broken.Article.Id} (test) cannot be stored: event {broken.Events[0].Id} refers to sentence 5, which the document does not have.");
    }

    [Fact]
    public async Task ACancelledSaveStoresNothing()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => Store.SaveBatchAsync([Meeting(), Strike()], cancellation.Token));

        (await Store.GetStatsAsync()).Articles.ShouldBe(0);
    }

    [Fact]
    public async Task ConcurrentBatchesWithACommonArticleStoreItOnce()
    {
        var results = await Task.WhenAll(
            Store.SaveBatchAsync([Meeting(), Strike()]),
            Store.SaveBatchAsync([Strike(), Talks()]));

        results.Sum(r => r.ArticlesAdded).ShouldBe(3);
        results.Sum(r => r.ArticlesSkipped).ShouldBe(1);
        (await Store.GetStatsAsync()).Events.ShouldBe(7);
    }

    [Fact]
    public async Task StoredDataSurvivesReopening()
    {
        await SaveWorldAsync();
        await Store.DisposeAsync();
        _store = await database.OpenAsync();

        (await Store.GetStatsAsync()).Events.ShouldBe(8);
        (await Store.SaveBatchAsync([Meeting()])).ArticlesSkipped.ShouldBe(1);
    }

    [Fact]
    public async Task ADisposedStoreRefusesWork()
    {
        await Store.DisposeAsync();

        await Should.ThrowAsync<ObjectDisposedException>(() => Store.GetStatsAsync());
    }

    /// <summary>Compares dyad summaries with the Goldstein figures rounded, as sums of doubles differ in the last bits.</summary>
    private sealed class DyadComparer : IEqualityComparer<DyadSummary>
    {
        public bool Equals(DyadSummary? x, DyadSummary? y)
            => x is not null && y is not null
               && x with { GoldsteinSum = Math.Round(x.GoldsteinSum, 9), GoldsteinMean = Math.Round(x.GoldsteinMean, 9) }
               == y with { GoldsteinSum = Math.Round(y.GoldsteinSum, 9), GoldsteinMean = Math.Round(y.GoldsteinMean, 9) };

        public int GetHashCode(DyadSummary obj) => 0;
    }
}
