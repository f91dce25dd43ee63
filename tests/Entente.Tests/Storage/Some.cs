using Entente.Actors;
using Entente.Documents;
using Entente.Events;
using Entente.Language;
using Entente.Pipeline;
using Entente.Places;
using Entente.Quotes;
using Entente.Time;

namespace Entente.Tests.Storage;

/// <summary>Test data for the store: actors of the seed story and articles with hand-made extractions.</summary>
internal static class Some
{
    public static ActorRef Putin { get; } = new()
    {
        Code = "RUSGOV",
        ActorId = "vladimir-putin",
        Name = "Vladimir Putin",
        Country = "RUS",
        Sector = "GOV",
        Kind = ActorKind.Person,
        Role = "President of Russia",
    };

    public static ActorRef Pezeshkian { get; } = new()
    {
        Code = "IRNGOV",
        ActorId = "masoud-pezeshkian",
        Name = "Masoud Pezeshkian",
        Country = "IRN",
        Sector = "GOV",
        Kind = ActorKind.Person,
        Role = "President of Iran",
    };

    public static ActorRef Iran { get; } = new() { Code = "IRN", ActorId = "iran", Name = "Iran", Country = "IRN", Kind = ActorKind.State };

    public static ActorRef IsraeliMilitary { get; } = new()
    {
        Code = "ISRMIL",
        ActorId = "israel-defense-forces",
        Name = "Israel Defense Forces",
        Country = "ISR",
        Sector = "MIL",
        Kind = ActorKind.StateAgency,
    };

    public static ActorRef Israel { get; } = new() { Code = "ISR", ActorId = "israel", Name = "Israel", Country = "ISR", Kind = ActorKind.State };

    public static ActorRef Russia { get; } = new() { Code = "RUS", ActorId = "russia", Name = "Russia", Country = "RUS", Kind = ActorKind.State };

    public static ActorRef Protesters { get; } = new() { Code = "IRNOPP", Country = "IRN", Sector = "OPP", Kind = ActorKind.Group };

    public static Place Ashgabat { get; } = new()
    {
        Name = "Ashgabat",
        Country = "TKM",
        Lat = 37.95,
        Lon = 58.38333,
        GeonamesId = 162183,
        Precision = "city",
    };

    /// <summary>An article to build an extraction for; sentences end at a line break or after ". ", "! ", "? ".</summary>
    public static ExtractionBuilder Article(string text, string? title = null, DateOnly? published = null, string? origin = null, string? source = null)
        => new(new Article(text)
        {
            Title = title,
            PublishedOn = published,
            Url = title is null ? null : $"https://{source ?? "example.org"}/" + Slug(title),
            Source = source ?? (title is null ? null : "example.org"),
            Origin = origin ?? "test",
        });

    /// <summary>The seed story, as a reader would give it: first line the title, the rest the body.</summary>
    public static ExtractionBuilder SeedArticle()
    {
        var lines = File.ReadAllText(RepoPaths.InShared("seed", "putin-meets-iran.txt")).ReplaceLineEndings("\n");
        var split = lines.IndexOf('\n', StringComparison.Ordinal);
        return Article(lines[(split + 1)..], lines[..split], new DateOnly(2024, 10, 11), "seed/putin-meets-iran.txt");
    }

    private static string Slug(string title)
        => string.Concat(title.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));
}

/// <summary>Builds one <see cref="Extraction"/>: spans are given by their words and found in the text.</summary>
internal sealed class ExtractionBuilder
{
    private readonly Extraction _extraction;

    public ExtractionBuilder(Article article)
    {
        var document = new AnalyzedDocument(article);
        foreach (var (start, end) in SentenceSpans(article.Text))
        {
            // Tokens matter to the language stages, not to the store: one token per sentence is enough here.
            var text = article.Text[start..end];
            document.Sentences.Add(new Sentence(document.Sentences.Count, start, end, [new Token(text, start, end)])
            {
                IsHeadingOrList = text.StartsWith("- ", StringComparison.Ordinal),
            });
        }

        _extraction = new Extraction(document);
    }

    public Article Article => _extraction.Article;

    public ExtractionBuilder Mention(string words, ActorRef actor, int occurrence = 0)
    {
        var start = Find(words, occurrence);
        _extraction.Mentions.Add(new Mention
        {
            Text = words,
            Start = start,
            End = start + words.Length,
            Sentence = SentenceAt(start),
            Actor = actor,
            Rule = "test:mention",
        });
        return this;
    }

    /// <summary>Adds an event whose source, trigger and target are the first occurrences of the words given.</summary>
    public ExtractionBuilder Event(
        string source,
        ActorRef sourceActor,
        string trigger,
        string? target,
        ActorRef? targetActor,
        string cameo,
        int quadClass,
        double goldstein,
        string? date = null,
        Func<CodedEvent, CodedEvent>? change = null)
    {
        var triggerStart = Find(trigger, 0);
        var sentence = SentenceAt(triggerStart);
        var coded = new CodedEvent
        {
            Id = $"{Article.Id[..12]}-e{_extraction.Events.Count}",
            Source = Actor(source, sourceActor, sentence),
            Target = target is null || targetActor is null ? null : Actor(target, targetActor, sentence),
            Trigger = new TextSpan(trigger, triggerStart, triggerStart + trigger.Length),
            Cameo = cameo,
            Root = cameo[..2],
            QuadClass = quadClass,
            Goldstein = goldstein,
            Date = date,
            DateGranularity = date is null ? DateGranularity.Unresolved : DateGranularity.Day,
            Sentence = sentence,
            Confidence = 0.9,
            Rule = "test:event",
        };
        _extraction.Events.Add(change is null ? coded : change(coded));
        return this;
    }

    public ExtractionBuilder Quote(string words, ActorRef? speaker)
    {
        var start = Find(words, 0);
        _extraction.Quotes.Add(new Quote
        {
            Text = words,
            Start = start,
            End = start + words.Length,
            Sentence = SentenceAt(start),
            Speaker = speaker,
            Rule = speaker is null ? null : "test:quote",
        });
        return this;
    }

    /// <summary>Applies a change the builder has no method for (a broken value, a duplicate).</summary>
    public ExtractionBuilder With(Action<Extraction> change)
    {
        change(_extraction);
        return this;
    }

    public Extraction Build() => _extraction;

    public static implicit operator Extraction(ExtractionBuilder builder) => builder.Build();

    /// <summary>The actor's words as found in the trigger's sentence, or else their first occurrence.</summary>
    private EventActor Actor(string words, ActorRef actor, int sentenceIndex)
    {
        var sentence = _extraction.Document.Sentences[sentenceIndex];
        var start = Article.Text.IndexOf(words, sentence.Start, sentence.End - sentence.Start, StringComparison.Ordinal);
        if (start < 0)
        {
            start = Find(words, 0);
        }

        return new EventActor
        {
            Text = words,
            Start = start,
            End = start + words.Length,
            ActorId = actor.ActorId,
            Name = actor.Name,
            Code = actor.Code,
            Country = actor.Country,
            Sector = actor.Sector,
            Role = actor.Role,
        };
    }

    private int Find(string words, int occurrence)
    {
        var at = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            at = Article.Text.IndexOf(words, at + 1, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new ArgumentException($"\"{words}\" (occurrence {occurrence}) is not in the article text.", nameof(words));
            }
        }

        return at;
    }

    private int SentenceAt(int offset)
        => _extraction.Document.Sentences.Single(sentence => sentence.Start <= offset && offset < sentence.End).Index;

    private static IEnumerable<(int Start, int End)> SentenceSpans(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var endsHere = text[i] == '\n' || (text[i] is '.' or '!' or '?' && i + 1 < text.Length && text[i + 1] == ' ');
            if (!endsHere)
            {
                continue;
            }

            var end = text[i] == '\n' ? i : i + 1;
            if (end > start)
            {
                yield return (start, end);
            }

            start = i + 1;
            while (start < text.Length && text[start] == ' ')
            {
                start++;
            }

            i = start - 1;
        }

        if (start < text.Length)
        {
            yield return (start, text.Length);
        }
    }
}
