using Entente.Language.Ner;

namespace Entente.Tests.Language.Ner;

public sealed class GumEntitiesTests
{
    private static readonly Lazy<List<NerSentence>> GumTrain = new(() => [.. GumEntities.Read(NerTrainer.GumTrainFile(RepoPaths.InShared("data")))]);

    [Fact]
    public void NamedPersonAndPlaceMentionsBecomeSpansAndCommonNounMentionsStayOutside()
    {
        var sentence = GumTrain.Value.Single(s => s.Id == "GUM_bio_bernoulli-8");

        // "Daniel Bernoulli was born in Groningen, in the Netherlands, into a family of distinguished mathematicians."
        BioSpans.Read(sentence.Labels).Select(s => (string.Join(' ', sentence.Words[s.First..(s.Last + 1)]), s.Type))
            .ShouldBe([("Daniel Bernoulli", "PER"), ("Groningen", "LOC"), ("Netherlands", "LOC")]);
    }

    [Fact]
    public void EveryGumSentenceHasWellFormedBioLabelsOfTheThreeTypes()
    {
        var sentences = GumTrain.Value;

        sentences.Count.ShouldBeGreaterThan(6000);
        sentences.ShouldAllBe(s => s.Labels.Length == s.Words.Length);
        var spans = sentences.SelectMany(s => BioSpans.Read(s.Labels)).ToList();
        spans.Select(s => s.Type).Distinct().Order().ShouldBe(["LOC", "ORG", "PER"]);
        BioSpans.Normalise([.. sentences.SelectMany(s => s.Labels)]).ShouldBe([.. sentences.SelectMany(s => s.Labels)]);
    }
}
