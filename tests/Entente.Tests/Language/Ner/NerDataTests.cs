using Entente.Language.Evaluation;
using Entente.Language.Ner;

namespace Entente.Tests.Language.Ner;

public sealed class NerDataTests
{
    private static readonly Lazy<Gazetteer> PhoenixGazetteer = new(() => NerTrainer.BuildGazetteer(RepoPaths.InShared("data"), gazetteerDirectory: null));

    [Fact]
    public void IoTagsReadAsBioSpans()
    {
        var spans = BioSpans.Read(["I-ORG", "I-ORG", "O", "I-PER", "B-PER", "I-LOC"]);

        spans.ShouldBe([(0, 1, "ORG"), (3, 3, "PER"), (4, 4, "PER"), (5, 5, "LOC")]);
        BioSpans.Normalise(["I-ORG", "I-ORG", "O", "I-PER"]).ShouldBe(["B-ORG", "I-ORG", "O", "B-PER"]);
    }

    [Fact]
    public void ReaderDropsOthAndStrayBOTagsOfUniversalNer()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "# sent_id = s-1\n1\tPutin\tB-PER\t-\t-\n2\tvisited\tB-O\t-\t-\n3\tWindows\tB-OTH\t-\t-\n4\tMoscow\tB-LOC\t-\t-\n\n");

            var sentence = NerCorpus.Read(path, NerCorpus.UnerType).Single();

            sentence.Id.ShouldBe("s-1");
            sentence.Words.ShouldBe(["Putin", "visited", "Windows", "Moscow"]);
            sentence.Labels.ShouldBe(["B-PER", "O", "O", "B-LOC"]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReaderNamesTheFileAndLineOfABadTag()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "Putin\tB-PER\nmet\tX-Y\n");

            var error = Should.Throw<FormatException>(() => NerCorpus.Read(path, NerCorpus.UnerType).ToList());

            error.Message.ShouldContain($"{path}:2");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ScorerCountsOnlyExactSpansWithTheRightLabel()
    {
        var scorer = new SpanScorer();
        scorer.Add(["B-PER", "I-PER", "O", "B-LOC"], ["B-PER", "O", "O", "B-LOC"]);
        scorer.Add(["B-ORG", "O"], ["B-ORG", "B-PER"]);

        var scores = scorer.Scores().ToDictionary(s => s.Label);

        scores["PER"].ShouldBe(new LabelScore("PER", 1, 2, 0));
        scores["ALL"].ShouldBe(new LabelScore("ALL", 3, 4, 2));
        scores["ALL"].F1.ShouldBe(2 * (0.5 * (2.0 / 3)) / (0.5 + (2.0 / 3)), 1e-9);
    }

    [Fact]
    public void GazetteerFromPhoenixDictionariesKnowsCountriesCitiesPeopleAndNationalities()
    {
        var gazetteer = PhoenixGazetteer.Value;

        Mask(gazetteer, "Iran").ShouldBe(EntityTypes.MaskOf("GPE"));
        (Mask(gazetteer, "Tehran") & EntityTypes.MaskOf("GPE")).ShouldNotBe((byte)0);
        (Mask(gazetteer, "Vladimir", "Putin") & EntityTypes.MaskOf("PER")).ShouldNotBe((byte)0);
        (Mask(gazetteer, "Iranian") & EntityTypes.MaskOf("NORP")).ShouldNotBe((byte)0);
        (Mask(gazetteer, "Hezbollah") & EntityTypes.MaskOf("ORG")).ShouldNotBe((byte)0);
    }

    [Fact]
    public void SilverLabelsTurnCountriesIntoGpeAndNationalitiesIntoNorp()
    {
        var sentence = new NerSentence(["Iranian", "drones", "reached", "Russia", "and", "Tampa", "Bay"], ["O", "O", "O", "B-LOC", "O", "B-LOC", "I-LOC"]);

        var silver = NerTrainer.Silver(sentence, PhoenixGazetteer.Value);

        silver.Labels.ShouldBe(["B-NORP", "O", "O", "B-GPE", "O", "B-LOC", "I-LOC"]);
    }

    private static byte Mask(Gazetteer gazetteer, params string[] words) => gazetteer.Lookup(words);
}
