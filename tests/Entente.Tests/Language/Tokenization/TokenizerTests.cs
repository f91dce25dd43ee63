using System.Text.Json;
using Entente.Language;
using Entente.Language.Tokenization;
using Xunit.Abstractions;

namespace Entente.Tests.Language.Tokenization;

public sealed class TokenizerTests
{
    private static readonly Tokenizer Ewt = new();
    private static readonly Lazy<string> Seed = new(() => File.ReadAllText(RepoPaths.InShared("seed", "putin-meets-iran.txt")));
    private static readonly Lazy<string> VoaIraq = new(() => VoaStories().First(story => story.Contains("al-Sudani", StringComparison.Ordinal)));

    private readonly ITestOutputHelper _output;

    public TokenizerTests(ITestOutputHelper output) => _output = output;

    private static List<string> VoaStories() =>
        [.. File.ReadLines(RepoPaths.InShared("data", "corpus", "voa", "voa_stories.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!)];

    private static string[] Words(string text) => [.. Ewt.Split(text).SelectMany(s => s.Tokens).Select(t => t.Text)];

    private static Sentence SentenceContaining(IReadOnlyList<Sentence> sentences, string text, string phrase) =>
        sentences.Single(s => s.TextOf(text).Contains(phrase, StringComparison.Ordinal));

    private static void ShouldContainInOrder(string[] tokens, params string[] expected)
    {
        for (var i = 0; i + expected.Length <= tokens.Length; i++)
        {
            if (tokens.AsSpan(i, expected.Length).SequenceEqual(expected))
            {
                return;
            }
        }

        throw new ShouldAssertException($"Expected the run [{string.Join(" | ", expected)}] in [{string.Join(" | ", tokens)}].");
    }

    [Fact]
    public void EveryTokenOfTheSeedAndVoaArticlesMatchesTheTextAtItsOffsets()
    {
        foreach (var text in VoaStories().Prepend(Seed.Value))
        {
            var sentences = Ewt.Split(text);
            var previousEnd = 0;
            foreach (var sentence in sentences)
            {
                sentence.Start.ShouldBe(sentence.Tokens[0].Start);
                sentence.End.ShouldBe(sentence.Tokens[^1].End);
                foreach (var token in sentence.Tokens)
                {
                    text[token.Start..token.End].ShouldBe(token.Text);
                    token.Start.ShouldBeGreaterThanOrEqualTo(previousEnd);
                    token.Text.ShouldNotContain(' ');
                    token.Text.Length.ShouldBeGreaterThan(0);
                    previousEnd = token.End;
                }
            }

            sentences.Select(s => s.Index).ShouldBe(Enumerable.Range(0, sentences.Count));
        }
    }

    [Fact]
    public void PossessiveIsSplitOffTheNameInTheSeedArticle()
    {
        var sentence = SentenceContaining(Ewt.Split(Seed.Value), Seed.Value, "Iran's newly elected President Masoud Pezeshkian");
        ShouldContainInOrder([.. sentence.Tokens.Select(t => t.Text)], "Iran", "'s", "newly", "elected", "President", "Masoud", "Pezeshkian");
    }

    [Fact]
    public void HeadingsBulletsAndTableRowsOfTheSeedArticleAreSentencesOfTheirOwn()
    {
        var text = Seed.Value;
        var sentences = Ewt.Split(text);
        string[] ownLines =
        [
            "Putin Meets With Iran: A New Era In Geopolitics Unfolds",
            "Table of Contents",
            "- Is It Safe To Travel To Iran",
            "- Israel Iran Embassy",
            "- Expert Analysis: What Do These Meetings Signify?",
            "Key Players at the Helm: Putin and Pezeshkian",
            "Who is Masoud Pezeshkian? Iran's New President",
            "Attribute | Detail |",
            "Nationality | Iranian |",
            "Conclusion",
        ];
        foreach (var line in ownLines)
        {
            var matching = sentences.Where(s => s.TextOf(text) == line).ToList();
            matching.ShouldNotBeEmpty($"no sentence is exactly '{line}'");
            matching.ShouldAllBe(s => s.IsHeadingOrList);
        }

        SentenceContaining(sentences, text, "In a world grappling with shifting alliances").IsHeadingOrList.ShouldBeFalse();
        SentenceContaining(sentences, text, "This emerging axis seeks").IsHeadingOrList.ShouldBeFalse();
    }

    [Fact]
    public void AbbreviationUsFollowedByANameDoesNotEndTheSentence()
    {
        var text = VoaIraq.Value;
        var sentence = SentenceContaining(Ewt.Split(text), text, "U.S. President Donald Trump later confirmed");
        sentence.TextOf(text).ShouldBe("U.S. President Donald Trump later confirmed al-Rufay’i’s killing in a post on his Truth Social platform.");
        ShouldContainInOrder([.. sentence.Tokens.Select(t => t.Text)], "U.S.", "President", "Donald", "Trump");
        ShouldContainInOrder([.. sentence.Tokens.Select(t => t.Text)], "al", "-", "Rufay’i", "’s", "killing");
    }

    [Fact]
    public void HyphenatedNamesAreSplitAsInEwtByDefaultAndKeptWholeOnRequest()
    {
        var text = VoaIraq.Value;
        const string Phrase = "Iraqi Prime Minister Mohammed Shia al-Sudani was first to share word";
        var ewt = SentenceContaining(Ewt.Split(text), text, Phrase);
        ShouldContainInOrder([.. ewt.Tokens.Select(t => t.Text)], "Shia", "al", "-", "Sudani", "was");
        var al = Array.FindIndex(ewt.Tokens, t => t.Text == "al");
        ewt.Tokens[al + 1].Start.ShouldBe(ewt.Tokens[al].End);
        ewt.Tokens[al + 2].Start.ShouldBe(ewt.Tokens[al + 1].End);

        var whole = SentenceContaining(new Tokenizer(keepHyphenatedWords: true).Split(text), text, Phrase);
        ShouldContainInOrder([.. whole.Tokens.Select(t => t.Text)], "Shia", "al-Sudani", "was");
        Words("IS deputy caliph Abdallah Makki Muslih al-Rufay'i.").ShouldBe(["IS", "deputy", "caliph", "Abdallah", "Makki", "Muslih", "al", "-", "Rufay'i", "."]);
        new Tokenizer(keepHyphenatedWords: true).Split("long-term Israel-Iran tensions").Single().Tokens.Select(t => t.Text).ShouldBe(["long-term", "Israel-Iran", "tensions"]);
    }

    [Theory]
    [InlineData("a non-Western power", new[] { "a", "non-Western", "power" })]
    [InlineData("he was re-elected", new[] { "he", "was", "re-elected" })]
    [InlineData("an e-mail", new[] { "an", "e-mail" })]
    [InlineData("long-term Israel-Iran tensions", new[] { "long", "-", "term", "Israel", "-", "Iran", "tensions" })]
    [InlineData("Tehrik-e-Taliban", new[] { "Tehrik", "-", "e", "-", "Taliban" })]
    public void HyphensAreSplitExceptAfterPrefixesAsInEwt(string text, string[] expected) => Words(text).ShouldBe(expected);

    [Fact]
    public void CurlyAndStraightQuotesAreTokensButApostrophesInsideNamesStay()
    {
        Words("hailing the “very close relationship” with ‘allies’ and \"friends\"")
            .ShouldBe(["hailing", "the", "“", "very", "close", "relationship", "”", "with", "‘", "allies", "’", "and", "\"", "friends", "\""]);
        Words("Russia and Iran’s strengthening relationship").ShouldBe(["Russia", "and", "Iran", "’s", "strengthening", "relationship"]);
        Words("Abu Bakr al-Baghdadi's deputy, Rufay'i, and O'Neill's").ShouldBe(["Abu", "Bakr", "al", "-", "Baghdadi", "'s", "deputy", ",", "Rufay'i", ",", "and", "O'Neill", "'s"]);
        Words("the countries' leaders").ShouldBe(["the", "countries", "'", "leaders"]);
    }

    [Fact]
    public void ContractionsAreSplitIntoTwoWordsAsInEwt()
    {
        Words("I don't think they're ready, but we've seen he'll try; I'd say I'm sure it can't and won't work.")
            .ShouldBe(["I", "do", "n't", "think", "they", "'re", "ready", ",", "but", "we", "'ve", "seen", "he", "'ll", "try", ";", "I", "'d", "say", "I", "'m", "sure", "it", "ca", "n't", "and", "wo", "n't", "work", "."]);
        Words("Don’t let’s go; we cannot.").ShouldBe(["Do", "n’t", "let", "’s", "go", ";", "we", "can", "not", "."]);
    }

    [Fact]
    public void GeneralBeforeANameDoesNotEndASentenceButAFullStopDoes()
    {
        var sentences = Ewt.Split("Gen. Smith arrived. He left.");
        sentences.Count.ShouldBe(2);
        sentences[0].Tokens.Select(t => t.Text).ShouldBe(["Gen.", "Smith", "arrived", "."]);
        sentences[1].Tokens.Select(t => t.Text).ShouldBe(["He", "left", "."]);
    }

    [Theory]
    [InlineData("Mr. Putin met Dr. Lai and Sen. Risch on Jan. 6 in St. Petersburg.")]
    [InlineData("Rep. Smith and Gov. Jones backed bill No. 5 in Washington.")]
    [InlineData("J. R. R. Tolkien wrote it.")]
    [InlineData("Officials in the U.S. and Iraq said so.")]
    [InlineData("Allies, e.g. Syria, i.e. friends, etc. were there.")]
    public void AbbreviationsBeforeNamesAndNumbersKeepTheSentenceWhole(string text)
    {
        var sentences = Ewt.Split(text);
        sentences.Count.ShouldBe(1);
        sentences[0].Tokens.Select(t => t.Text).ShouldContain(word => word.Length > 1 && word.EndsWith('.'));
    }

    [Fact]
    public void AbbreviationsKeepTheirPeriods()
    {
        Words("Mr. Putin, Dr. Lai, Sen. Risch, Rep. Wilson, Gov. Abbott, St. Louis, No. 10, Jan. 5, U.S. troops, e.g. Iran")
            .Where(w => w.EndsWith('.'))
            .ShouldBe(["Mr.", "Dr.", "Sen.", "Rep.", "Gov.", "St.", "No.", "Jan.", "U.S.", "e.g."]);
    }

    [Fact]
    public void UsAtTheEndOfASentenceGivesUpItsPeriodAsTheFullStop()
    {
        var sentences = Ewt.Split("China trails the U.S. The gap is closing.");
        sentences.Count.ShouldBe(2);
        sentences[0].Tokens.Select(t => t.Text).ShouldBe(["China", "trails", "the", "U.S", "."]);
        sentences[1].Tokens[0].Text.ShouldBe("The");
    }

    [Fact]
    public void UrlsAndEmailAddressesAreSingleTokens()
    {
        Words("See https://www.voanews.com/a/iraq-says-key-leader/8011115.html, or write to press@voanews.com.")
            .ShouldBe(["See", "https://www.voanews.com/a/iraq-says-key-leader/8011115.html", ",", "or", "write", "to", "press@voanews.com", "."]);
        Words("(www.un.org)").ShouldBe(["(", "www.un.org", ")"]);
    }

    [Fact]
    public void NumbersDatesTimesAndAmountsFollowEwt()
    {
        Words("It cost $5, then 1,000.5 units, 20% more, on the 300th day, 2024-10-11 or 11/10/2024 at 12:30.")
            .ShouldBe(["It", "cost", "$", "5", ",", "then", "1,000.5", "units", ",", "20", "%", "more", ",", "on", "the", "300th", "day", ",", "2024-10-11", "or", "11/10/2024", "at", "12:30", "."]);
        Words("from 1990-1995, a 5km walk").ShouldBe(["from", "1990", "-", "1995", ",", "a", "5", "km", "walk"]);
    }

    [Fact]
    public void DashesEllipsesHashtagsAndMentionsAreTokenised()
    {
        Words("Wait... what—no -- never… #Iran @VOANews").ShouldBe(["Wait", "...", "what", "—", "no", "--", "never", "…", "#Iran", "@VOANews"]);
        Words("talks–which failed–ended").ShouldBe(["talks", "–", "which", "failed", "–", "ended"]);
    }

    [Fact]
    public void QuestionsExclamationsAndClosingQuotesEndSentences()
    {
        var text = "\"Today the leader was killed.\" Trump wrote it! Was it true? (Yes.) It was.";
        var sentences = Ewt.Split(text);
        sentences.Select(s => s.TextOf(text)).ShouldBe(["\"Today the leader was killed.\"", "Trump wrote it!", "Was it true?", "(Yes.)", "It was."]);
    }

    [Fact]
    public void LowerCaseAfterAFullStopDoesNotStartASentence()
    {
        Ewt.Split("The talks were held at 5 p.m. on Friday in Doha.").Count.ShouldBe(1);
        Ewt.Split("He said ... and then left.").Count.ShouldBe(1);
    }

    [Fact]
    public void LineBreaksEndSentencesUnlessTheLineIsHardWrapped()
    {
        var text = "First line without stop\nSecond line here.\nA wrapped sentence goes\non to the next line.";
        var sentences = Ewt.Split(text);
        sentences.Select(s => s.TextOf(text)).ShouldBe(["First line without stop", "Second line here.", "A wrapped sentence goes\non to the next line."]);
    }

    [Fact]
    public void NumberedAndBulletedItemsAreFlaggedAsLists()
    {
        var text = "Key points:\n1. Russia buys drones.\n2) Iran sells them.\n• Trade grows\n* Sanctions bite\nThe end came quickly.";
        var sentences = Ewt.Split(text);
        sentences.Select(s => (s.TextOf(text), s.IsHeadingOrList)).ShouldBe(
        [
            ("Key points:", false),
            ("1. Russia buys drones.", true),
            ("2) Iran sells them.", true),
            ("• Trade grows", true),
            ("* Sanctions bite", true),
            ("The end came quickly.", false),
        ]);
    }

    [Fact]
    public void ExcludedRangesProduceNoTokensAndSentencesAreNumberedFromTheGivenIndex()
    {
        var text = Seed.Value;
        var start = text.IndexOf("Table of Contents", StringComparison.Ordinal);
        var end = text.IndexOf("The Shifting Sands of Geopolitics: Why Putin Meets with Iran\nThe recent", StringComparison.Ordinal);
        var credit = text.IndexOf("Vladimir Putin: Russia's president", StringComparison.Ordinal);
        var sentences = Ewt.Split(text, [(credit, text.Length), (start, end)], firstSentenceIndex: 7);

        sentences[0].Index.ShouldBe(7);
        sentences.Select(s => s.Index).ShouldBe(Enumerable.Range(7, sentences.Count));
        foreach (var token in sentences.SelectMany(s => s.Tokens))
        {
            (token.End <= start || token.Start >= end).ShouldBeTrue($"token '{token.Text}' at {token.Start} lies in an excluded range");
            token.End.ShouldBeLessThanOrEqualTo(credit);
        }

        sentences.ShouldNotContain(s => s.TextOf(text).Contains("Table of Contents", StringComparison.Ordinal));
        sentences.ShouldContain(s => s.TextOf(text).StartsWith("The recent meeting between Russian President", StringComparison.Ordinal));
    }

    [Fact]
    public void AnExcludedRangeOutsideTheTextIsRejected() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Ewt.Split("Short text.", [(5, 50)]));

    [Fact]
    public void EmptyAndBlankTextGiveNoSentences()
    {
        Ewt.Split(string.Empty).ShouldBeEmpty();
        Ewt.Split(" \n\n\t ").ShouldBeEmpty();
    }

    [Fact]
    public void OneTokenizerSharedAcrossThreadsGivesTheSameTokensAsSequentialRuns()
    {
        var stories = VoaStories();
        static string Render(IReadOnlyList<Sentence> sentences) =>
            string.Join("\n", sentences.Select(s => $"{s.Index}:{s.IsHeadingOrList}:" + string.Join(' ', s.Tokens.Select(t => $"{t.Text}@{t.Start}"))));
        var sequential = stories.Select(story => Render(Ewt.Split(story))).ToArray();

        var parallel = new string[stories.Count];
        Parallel.For(0, stories.Count * 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var rendered = Render(Ewt.Split(stories[i % stories.Count]));
            if (i < stories.Count)
            {
                parallel[i] = rendered;
            }
            else
            {
                rendered.ShouldBe(sequential[i % stories.Count]);
            }
        });

        parallel.ShouldBe(sequential);
    }

    [Fact]
    public void TokensAgreeWithEwtDevGoldTokensOnAtLeast98Percent()
    {
        var (matched, gold, predicted) = (0, 0, 0);
        foreach (var (text, spans) in EwtGoldTokens.Read(RepoPaths.InShared("data", "train", "ud-english-ewt", "en_ewt-ud-dev.conllu")))
        {
            var ours = Ewt.Split(text).SelectMany(s => s.Tokens).Select(t => (t.Start, t.End)).ToList();
            var goldSet = spans.ToHashSet();
            matched += ours.Count(goldSet.Contains);
            gold += spans.Count;
            predicted += ours.Count;
        }

        var precision = (double)matched / predicted;
        var recall = (double)matched / gold;
        var f1 = 2 * precision * recall / (precision + recall);
        _output.WriteLine($"EWT dev token spans: P={precision:P2} R={recall:P2} F1={f1:P2} ({gold} gold, {predicted} predicted)");
        f1.ShouldBeGreaterThan(0.985);
    }
}
