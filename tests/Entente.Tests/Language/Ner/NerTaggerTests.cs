using Entente.Language;
using Entente.Language.Ner;
using Entente.Language.Tagging;
using Entente.Tests.Language.Tagging;

namespace Entente.Tests.Language.Ner;

public sealed class NerTaggerTests
{
    private static readonly Lazy<PosTagger> Tagger = new(() => PosTagger.Load(RepoPaths.InRepo("models", "tagger", "en-pos.model")));
    private static readonly Lazy<NerTagger> Recogniser = new(() => NerTagger.Load(RepoPaths.InRepo("models", "ner", "en-ner.model")));

    [Fact]
    public void TrainingTwiceWithTheSameSeedGivesByteIdenticalModelFiles()
    {
        var options = new NerTrainingOptions
        {
            DataRoot = RepoPaths.InShared("data"),
            Epochs = 2,
            Seed = 3,
            JackknifeFolds = 0,
            Tagger = Tagger.Value,
            MaxSentences = 200,
        };
        var first = Path.GetTempFileName();
        var second = Path.GetTempFileName();
        try
        {
            NerTrainer.Train(options).Save(first);
            NerTrainer.Train(options).Save(second);

            File.ReadAllBytes(first).ShouldBe(File.ReadAllBytes(second));
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
        }
    }

    [Fact]
    public void CommittedRecogniserReachesTheF1FloorOnUnerEwtDev()
    {
        var gold = NerCorpus.Read(RepoPaths.InShared("data", "train", "ner", "uner-english-ewt", "en_ewt-ud-dev.iob2"), NerCorpus.UnerType).ToList();

        var scores = NerTrainer.Evaluate(Recogniser.Value, Tagger.Value, gold, NerTrainer.FoldForGold(new HashSet<string> { "PER", "ORG", "LOC" }));

        scores.Single(s => s.Label == "ALL").F1.ShouldBeGreaterThan(0.75);
        scores.Single(s => s.Label == "PER").F1.ShouldBeGreaterThan(0.8);
    }

    [Theory]
    [InlineData("Vladimir Putin", "PER")]
    [InlineData("Masoud Pezeshkian", "PER")]
    [InlineData("Sergei Shoigu", "PER")]
    [InlineData("Ali Akbar Ahmadian", "PER")]
    [InlineData("Russia", "GPE")]
    [InlineData("Iran", "GPE")]
    [InlineData("Ukraine", "GPE")]
    [InlineData("Israel", "GPE")]
    [InlineData("Turkmenistan", "GPE")]
    [InlineData("Ashgabat", "GPE")]
    [InlineData("Moscow", "GPE")]
    [InlineData("Tehran", "GPE")]
    [InlineData("Lebanon", "GPE")]
    [InlineData("Yemen", "GPE")]
    [InlineData("Iraq", "GPE")]
    [InlineData("Syria", "GPE")]
    [InlineData("United States", "GPE")]
    [InlineData("Hezbollah", "ORG")]
    [InlineData("Supreme National Security Council", "ORG")]
    [InlineData("Iranian", "NORP")]
    public void FindsEveryEntityOfTheSeedArticle(string name, string label)
    {
        var entities = SeedEntities.Value;

        entities.ShouldContain(e => e.Text == name && e.Label == label, $"found: {string.Join(", ", entities.Where(e => e.Text.Contains(name.Split(' ')[^1], StringComparison.Ordinal)).Select(e => $"{e.Text}/{e.Label}").Distinct())}");
    }

    [Fact]
    public void EntitySpansPointAtTheirTextInTheArticle()
    {
        var document = SimpleTokenizer.Analyze("Russian President Vladimir Putin met Masoud Pezeshkian in Ashgabat.");

        new NerStage(Recogniser.Value, Tagger.Value).Process(document);

        document.Entities.ShouldNotBeEmpty();
        document.Entities.ShouldAllBe(e => document.Text.Substring(e.Start, e.End - e.Start) == e.Text);
        var putin = document.Entities.Single(e => e.Text == "Vladimir Putin");
        (putin.FirstToken, putin.LastToken, putin.Sentence).ShouldBe((2, 3, 0));
        document.Sentences[0].Tokens[2].Ner.ShouldBe("B-PER");
        document.Sentences[0].Tokens[3].Ner.ShouldBe("I-PER");
    }

    private static readonly Lazy<List<EntitySpan>> SeedEntities = new(() =>
    {
        var document = SimpleTokenizer.Analyze(File.ReadAllText(RepoPaths.InShared("seed", "putin-meets-iran.txt")));
        new PosTaggerStage(Tagger.Value).Process(document);
        new NerStage(Recogniser.Value, Tagger.Value).Process(document);
        return document.Entities;
    });
}
