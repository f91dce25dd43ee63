using Entente.Language.Ner;

namespace Entente.Tests.Language.Ner;

public sealed class DocumentConsistencyTests
{
    private static (List<string[]> Words, List<string[]> Labels) Document(params string[] taggedSentences)
    {
        // "Masoud/B-PER Pezeshkian/I-PER met ..." → words and labels; untagged words are O.
        var words = new List<string[]>();
        var labels = new List<string[]>();
        foreach (var sentence in taggedSentences)
        {
            var pairs = sentence.Split(' ').Select(w => w.Split('/')).ToList();
            words.Add([.. pairs.Select(p => p[0])]);
            labels.Add([.. pairs.Select(p => p.Length > 1 ? p[1] : "O")]);
        }

        return (words, labels);
    }

    [Fact]
    public void ANameTaggedWithSeveralTypesTakesTheTypeOfMostOfItsMentions()
    {
        var (words, labels) = Document("Hezbollah/B-ORG fired rockets", "Hezbollah/B-ORG said", "in Hezbollah/B-LOC strongholds");

        DocumentConsistency.Apply(words, labels);

        labels[2].ShouldBe(["O", "B-ORG", "O"]);
    }

    [Fact]
    public void ATieBetweenTypesChangesNothing()
    {
        var (words, labels) = Document("Jordan/B-PER scored", "Jordan/B-GPE protested");

        DocumentConsistency.Apply(words, labels);

        labels[0].ShouldBe(["B-PER", "O"]);
        labels[1].ShouldBe(["B-GPE", "O"]);
    }

    [Fact]
    public void TheSurnameOfAPersonNamedInFullIsAPersonWhereItStandsAlone()
    {
        var (words, labels) = Document("Masoud/B-PER Pezeshkian/I-PER arrived", "Pezeshkian/B-LOC said", "Pezeshkian/B-NORP left");

        DocumentConsistency.Apply(words, labels);

        labels[1].ShouldBe(["B-PER", "O"]);
        labels[2].ShouldBe(["B-PER", "O"]);
    }

    [Fact]
    public void APlaceTaggedAloneManyTimesIsNoSurnameEvenAtTheEndOfAPersonSpan()
    {
        // A table cell "President of Russia" mistagged PER must not turn every "Russia" into a person.
        var (words, labels) = Document("President/B-PER of/I-PER Russia/I-PER", "Russia/B-GPE and/O Iran/B-GPE", "Russia/B-GPE said");

        DocumentConsistency.Apply(words, labels);

        labels[1].ShouldBe(["B-GPE", "O", "B-GPE"]);
        labels[2].ShouldBe(["B-GPE", "O"]);
    }

    [Fact]
    public void NoSpanIsAddedOrRemoved()
    {
        var (words, labels) = Document("Masoud/B-PER Pezeshkian/I-PER arrived", "Pezeshkian said");

        DocumentConsistency.Apply(words, labels);

        labels[1].ShouldBe(["O", "O"]);
    }
}
