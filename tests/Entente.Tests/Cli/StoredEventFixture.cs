using Entente.Documents;
using Entente.Events;
using Entente.Language;
using Entente.Pipeline;
using Entente.Storage;
using Entente.Time;

namespace Entente.Tests.Cli;

/// <summary>
/// A temporary SQLite store holding the seed article with one hand-coded event (Putin met Pezeshkian), so the query
/// commands have an event to show whatever stages the default pipeline has today.
/// </summary>
public sealed class StoredEventFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"entente-cli-{Guid.NewGuid():N}");

    /// <summary>The database file.</summary>
    public string Database => Path.Combine(_folder, "events.db");

    /// <summary>The stored event.</summary>
    public CodedEvent Event { get; private set; } = null!;

    /// <summary>The stored article.</summary>
    public Article Article { get; private set; } = null!;

    /// <summary>The evidence sentence.</summary>
    public string SentenceText { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var text = await File.ReadAllTextAsync(RepoPaths.InRepo("samples", "putin-meets-iran.txt"));
        Article = new Article(text) { Title = "Putin Meets With Iran", PublishedOn = new DateOnly(2024, 10, 12), Url = "https://example.org/putin-meets-iran" };

        // The second line of the seed article is one sentence: "In a world grappling …, the recent high-profile meeting where Russian President Vladimir Putin met with …".
        var sentenceStart = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        var sentenceEnd = text.IndexOf('\n', sentenceStart);
        SentenceText = text[sentenceStart..sentenceEnd];
        var document = new AnalyzedDocument(Article);
        document.Sentences.Add(new Sentence(0, sentenceStart, sentenceEnd, []));

        static (int Start, int End) Find(string text, string words, int from)
        {
            var start = text.IndexOf(words, from, StringComparison.Ordinal);
            return (start, start + words.Length);
        }

        var source = Find(text, "Russian President Vladimir Putin", sentenceStart);
        var trigger = Find(text, "met", source.End);
        var target = Find(text, "Masoud Pezeshkian", trigger.End);
        Event = new CodedEvent
        {
            Id = "cli-test-event-putin-meets-pezeshkian",
            Source = new EventActor { Text = "Russian President Vladimir Putin", Start = source.Start, End = source.End, Name = "Vladimir Putin", Code = "RUSGOV", Country = "RUS", Sector = "GOV" },
            Target = new EventActor { Text = "Masoud Pezeshkian", Start = target.Start, End = target.End, Name = "Masoud Pezeshkian", Code = "IRNGOV", Country = "IRN", Sector = "GOV" },
            Trigger = new TextSpan("met", trigger.Start, trigger.End),
            Cameo = "042",
            Root = "04",
            QuadClass = 1,
            Goldstein = 1.9,
            Plover = new PloverCode("CONSULT", "visit"),
            Date = "2024-10-11",
            DateGranularity = DateGranularity.Day,
            Sentence = 0,
            Confidence = 0.9,
            Rule = "verb:meet+with",
        };
        var extraction = new Extraction(document);
        extraction.Events.Add(Event);

        await using var store = await EventStores.OpenAsync(Database);
        (await store.SaveBatchAsync([extraction])).EventsAdded.ShouldBe(1);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
