using Entente.Documents;
using Entente.Language;
using Entente.Language.Conllu;
using Entente.Language.Parsing;
using Entente.Language.Tagging;

namespace Entente.Tests.Language.Parsing;

public sealed class DependencyParserTests
{
    private static readonly string DevFile = RepoPaths.InShared("data", "train", "ud-english-ewt", "en_ewt-ud-dev.conllu");

    [Fact]
    public void EveryParseOfTheDevFileIsATreeWithOneRoot()
    {
        var parser = DependencyParser.Default;
        foreach (var sentence in ConlluReader.ReadFile(DevFile))
        {
            var tokens = DependencyEvaluator.ToTokens(sentence);
            parser.Parse(tokens);

            tokens.Count(t => t.Head == -1).ShouldBe(1, sentence.Id);
            for (var i = 0; i < tokens.Length; i++)
            {
                tokens[i].Head.ShouldBeInRange(-1, tokens.Length - 1);
                tokens[i].Head.ShouldNotBe(i);
                tokens[i].DepRel.ShouldNotBeNullOrEmpty();
                (tokens[i].DepRel == "root").ShouldBe(tokens[i].Head == -1);

                // Walking up from any word reaches the root within n steps: no cycles.
                var steps = 0;
                for (var node = i; node != -1; node = tokens[node].Head)
                {
                    steps++.ShouldBeLessThanOrEqualTo(tokens.Length, sentence.Id);
                }
            }
        }
    }

    [Fact]
    public void TheBundledModelReachesItsAccuracyOnEnglishEwtDevWithGoldTags()
    {
        var scores = DependencyEvaluator.Evaluate(DependencyParser.Default, ConlluReader.ReadFile(DevFile));

        scores.Words.ShouldBe(25147);
        scores.Uas.ShouldBeGreaterThan(UasFloor);
        scores.Las.ShouldBeGreaterThan(LasFloor);
    }

    [Fact]
    public void TheBundledModelReachesItsAccuracyOnEnglishEwtDevWithTheTaggersTags()
    {
        // What the pipeline sees: the bundled tagger's tags, not the gold ones.
        var scores = DependencyEvaluator.Evaluate(DependencyParser.Default, ConlluReader.ReadFile(DevFile), PosTagger.Default);

        scores.Words.ShouldBe(25147);
        scores.Uas.ShouldBeGreaterThan(PredictedTagUasFloor);
        scores.Las.ShouldBeGreaterThan(PredictedTagLasFloor);
    }

    [Fact]
    public void TheSeedSentenceGetsItsSubjectAndObject()
    {
        Token[] tokens =
        [
            Word("Russian", "ADJ", "JJ"), Word("President", "PROPN", "NNP"), Word("Vladimir", "PROPN", "NNP"),
            Word("Putin", "PROPN", "NNP"), Word("met", "VERB", "VBD"), Word("Iran", "PROPN", "NNP"),
            Word("'s", "PART", "POS"), Word("President", "PROPN", "NNP"), Word("Masoud", "PROPN", "NNP"),
            Word("Pezeshkian", "PROPN", "NNP"), Word("in", "ADP", "IN"), Word("Ashgabat", "PROPN", "NNP"),
            Word(".", "PUNCT", "."),
        ];

        DependencyParser.Default.Parse(tokens);

        // UD attaches a multi-word name by its first word (flat is head-initial), so the subject may be
        // "Vladimir" with "Putin" as its flat dependent; either way it is the name, not the title.
        Dependents(tokens, 4, "nsubj").ShouldHaveSingleItem().ShouldBeOneOf(2, 3);
        Dependents(tokens, 4, "obj").ShouldHaveSingleItem().ShouldBeOneOf(8, 9);

        // "in Ashgabat" is a prepositional phrase; the greedy model attaches it to the object (nmod), not to
        // "met" (obl), a classic attachment ambiguity, so only the phrase itself is checked.
        tokens[10].Head.ShouldBe(11);
        tokens[10].DepRel.ShouldBe("case");
    }

    [Fact]
    public void ACurlyApostropheParsesAsAStraightOne()
    {
        Token[] Sentence(string apostrophe) =>
        [
            Word("Ireland", "PROPN", "NNP"), Word(apostrophe + "s", "PART", "POS"), Word("deputy", "NOUN", "NN"),
            Word("prime", "ADJ", "JJ"), Word("minister", "NOUN", "NN"), Word("agreed", "VERB", "VBD"),
            Word("to", "PART", "TO"), Word("resign", "VERB", "VB"), Word(".", "PUNCT", "."),
        ];
        var straight = Sentence("'");
        var curly = Sentence("\u2019");

        DependencyParser.Default.Parse(straight);
        DependencyParser.Default.Parse(curly);

        curly.Select(t => (t.Head, t.DepRel)).ShouldBe(straight.Select(t => (t.Head, t.DepRel)));
        curly[5].DepRel.ShouldBe("root");
    }

    [Fact]
    public void TheStageParsesEverySentenceOfADocumentIncludingHeadings()
    {
        var document = new AnalyzedDocument(new Article("Talks resume\nThe ministers met in Geneva."));
        document.Sentences.Add(new Sentence(0, 0, 12, [Word("Talks", "NOUN", "NNS"), Word("resume", "VERB", "VBP")]) { IsHeadingOrList = true });
        document.Sentences.Add(new Sentence(1, 13, 42,
            [Word("The", "DET", "DT"), Word("ministers", "NOUN", "NNS"), Word("met", "VERB", "VBD"), Word("in", "ADP", "IN"), Word("Geneva", "PROPN", "NNP"), Word(".", "PUNCT", ".")]));

        new DependencyParserStage().Process(document);

        document.Sentences[0].Tokens.ShouldAllBe(t => t.DepRel != null);
        document.Sentences[0].Tokens[1].DepRel.ShouldBe("root");
        document.Sentences[1].Tokens[2].DepRel.ShouldBe("root");
        document.Sentences[1].Tokens[1].DepRel.ShouldBe("nsubj");
        document.Sentences[1].Tokens[1].Head.ShouldBe(2);
    }

    // A little below what the bundled model reaches (see models/parser/README.md), so a regression shows. The model is
    // trained on jack-knifed tags since 2026-12-02: it gave up about 1.2 UAS / 1.5 LAS with gold tags (floors were
    // 87.5 / 85.5) for 0.9 / 0.9 with the tagger's tags, which is what the pipeline parses.
    private const double UasFloor = 87.0;
    private const double LasFloor = 85.0;
    private const double PredictedTagUasFloor = 84.5;
    private const double PredictedTagLasFloor = 81.5;

    private static Token Word(string text, string upos, string xpos) => new(text, 0, 0) { Upos = upos, Xpos = xpos };

    private static int[] Dependents(Token[] tokens, int head, string relation) =>
        [.. Enumerable.Range(0, tokens.Length).Where(i => tokens[i].Head == head && tokens[i].DepRel == relation)];
}
