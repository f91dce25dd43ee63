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
    public void NamesAreReadAtTheMentionHeadWithoutTitlesAndWithProperNounsTaggedByXpos()
    {
        var dev = GumEntities.Read(Path.Combine(Path.GetDirectoryName(NerTrainer.GumTrainFile(RepoPaths.InShared("data")))!, "en_gum-ud-dev.ccby-subset.conllu")).ToList();
        List<(string, string)> SpansOf(string id)
        {
            var sentence = dev.Single(s => s.Id == id);
            return [.. BioSpans.Read(sentence.Labels).Select(s => (string.Join(' ', sentence.Words[s.First..(s.Last + 1)]), s.Type))];
        }

        // "citizens of San Francisco" is a person mention headed by "citizens": its nested place is the name.
        // "the United States Congress": GUM tags "United" VERB/NNP; the outermost named mention wins.
        SpansOf("GUM_bio_emperor-11").ShouldContain(("San Francisco", "LOC"));
        SpansOf("GUM_bio_emperor-11").ShouldContain(("United States Congress", "ORG"));
        SpansOf("GUM_bio_emperor-11").ShouldNotContain(("San Francisco", "PER"));

        // "the school of Dr. William Glennie": the school is no name; the person is named without the title.
        SpansOf("GUM_bio_byron-2").ShouldContain(("William Glennie", "PER"));

        // "Emperor of the United States": a title alone names nobody; the country is still a place.
        SpansOf("GUM_bio_emperor-8").ShouldBe([("United States", "LOC")]);
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
