using Entente.Actors;
using Entente.Documents;
using Entente.Events;
using Entente.Events.Evaluation;
using Entente.Language;
using Entente.Pipeline;

namespace Entente.Tests.Events;

public sealed class EventEvaluatorTests
{
    private static string DevFile(params string[] parts) => RepoPaths.InShared(["data", "eval-dev", .. parts]);

    [Fact]
    public void ReadsThePloverGoldStandardWithLegacyTypesNormalised()
    {
        var records = GoldStandardReaders.ReadPloverGsr(DevFile("plover-gsr", "PLOVER_GSR_CAMEO.txt"));

        records.Count.ShouldBe(322);
        records.ShouldNotContain(r => r.PloverType == "DEMAND" || r.PloverType == "FIGHT" || r.PloverType == "DISAPPROVE");
        records.Count(r => r.PloverType == "REQUEST").ShouldBe(34);
        records[0].Sources.ShouldBe(["HUN", "ROU"]);
        records.ShouldContain(r => r.Targets.Contains("JPN"));
    }

    [Fact]
    public void ConflibertTokensAreDetokenisedWithOffsetsOnTheirTokens()
    {
        string[] tokens = ["Sri", "Lanka", "’", "s", "police", "chief", "ended", "long", "-", "standing", "ties", "(", "with", "the", "U", ".", "S", ")", ",", "“", "sadly", "”", "."];
        var sentence = new SpanSentence(tokens, [.. tokens.Select(_ => "O")]);

        sentence.Text.ShouldBe("Sri Lanka’s police chief ended long-standing ties (with the U.S), “sadly”.");
        for (var i = 0; i < tokens.Length; i++)
        {
            sentence.Text.Substring(sentence.TokenOffsets[i], tokens[i].Length).ShouldBe(tokens[i]);
        }
    }

    [Fact]
    public void ReadsConflibertClassesAndSpans()
    {
        var classes = GoldStandardReaders.ReadConflibertClasses(DevFile("conflibert-cameo-train", "cameo_class", "train.tsv"));
        classes.Count.ShouldBe(1349);
        classes[0].Class.ShouldBe(4);

        var spans = GoldStandardReaders.ReadConflibertSpans(DevFile("conflibert-cameo-train", "cameo_ner", "train.txt"));
        spans.Count.ShouldBe(1153);
        spans[0].Spans('S').ShouldBe([(3, 5)]);
        spans[0].Spans('T').ShouldBe([(9, 11)]);
    }

    [Theory]
    [InlineData("01", 0)]
    [InlineData("02", 0)]
    [InlineData("03", 1)]
    [InlineData("16", 3)]
    [InlineData("17", 4)]
    [InlineData("05", 1)]
    [InlineData("07", 2)]
    [InlineData("12", 3)]
    [InlineData("19", 4)]
    public void RootsMapToConflibertClasses(string root, int expected) => EventEvaluator.ClassOf(root).ShouldBe(expected);

    [Fact]
    public void TriplesScoreTypeAndBothCountries()
    {
        var gold = new[]
        {
            new GoldEvent("a", "Russia attacked Ukraine.", "ASSAULT", ["RUS"], ["UKR"]),
            new GoldEvent("b", "Nothing here.", "CONSULT", ["FRA"], ["DEU"]),
        };
        var evaluator = new EventEvaluator(article => FakeExtraction(article, article.Text.StartsWith("Russia", StringComparison.Ordinal)
            ? [Event("ASSAULT", "RUSMIL", "UKR", "19"), Event("ACCUSE", "RUSGOV", "UKR", "11")]
            : []));

        var report = evaluator.EvaluatePlover(gold);

        report.Triples.TruePositives.ShouldBe(1);
        report.Triples.Predicted.ShouldBe(2);
        report.Triples.Gold.ShouldBe(2);
        report.TypeAccuracy.ShouldBe(0.5);
        report.Confusion["CONSULT"]["NONE"].ShouldBe(1);
    }

    [Fact]
    public void CompoundActorsMarkedSrcTarAreScoredAsEachSideTowardsTheOther()
    {
        var records = GoldStandardReaders.ReadPloverGsr(DevFile("plover-gsr", "PLOVER_GSR_CAMEO.txt"));
        records.Single(r => r.Id == "PLOVER-GSR01-AGREE-0003").Mutual.ShouldBeTrue();
        records.Single(r => r.Id == "PLOVER-GSR01-AGREE-0002").Mutual.ShouldBeFalse();

        var gold = new[] { new GoldEvent("m", "Bosnia and Slovenia agreed to a ceasefire.", "AGREE", ["BIH", "SVN"], [], Mutual: true) };
        var evaluator = new EventEvaluator(article => FakeExtraction(article, [Event("AGREE", "BIH", "SVN", "03"), Event("AGREE", "SVN", "BIH", "03")]));

        var report = evaluator.EvaluatePlover(gold);

        report.Triples.Gold.ShouldBe(2);
        report.Triples.TruePositives.ShouldBe(2);
    }

    [Fact]
    public void TheMainTypeIsTakenFromEventsThatHaveAPloverType()
    {
        var gold = new[] { new GoldEvent("s", "Russia said it attacked Ukraine.", "ASSAULT", ["RUS"], ["UKR"]) };
        var statement = Event("ASSAULT", "RUSGOV", "UKR", "01") with { Plover = null, Confidence = 0.99 };
        var evaluator = new EventEvaluator(article => FakeExtraction(article, [statement, Event("ASSAULT", "RUSMIL", "UKR", "19")]));

        evaluator.EvaluatePlover(gold).TypeAccuracy.ShouldBe(1.0);
    }

    [Fact]
    public void AStatementFramingAnotherEventDoesNotGiveTheSentenceItsClass()
    {
        var said = Event("ASSAULT", "NGAMIL", "NGAREB", "01") with { Trigger = new TextSpan("says", 20, 24) };
        var killed = Event("ASSAULT", "NGAMIL", "NGAREB", "19") with { Trigger = new TextSpan("killed", 32, 38) };
        var alone = new EventEvaluator(article => FakeExtraction(article, article.Text.Contains("killed", StringComparison.Ordinal) ? [said, killed] : [said]));

        var report = alone.EvaluateClasses([("The air force says it has killed rebels.", 4), ("The air force says so.", 0)]);

        report.Accuracy.ShouldBe(1.0);
    }

    [Fact]
    public void TheDevSplitIsFixedAndSplitsAboutHalf()
    {
        DevSplit.Of("PLOVER-GSR01-AGREE-0001").ShouldBe(DevSplit.Of("PLOVER-GSR01-AGREE-0001"));
        var records = GoldStandardReaders.ReadPloverGsr(DevFile("plover-gsr", "PLOVER_GSR_CAMEO.txt"));
        var tune = DevSplit.Filter(records, r => r.Id, "tune");
        var check = DevSplit.Filter(records, r => r.Id, "check");

        (tune.Count + check.Count).ShouldBe(records.Count);
        tune.Count.ShouldBeInRange(130, 190);
        tune.Select(r => r.Id).Intersect(check.Select(r => r.Id)).ShouldBeEmpty();
        Should.Throw<ArgumentException>(() => DevSplit.Filter(records, r => r.Id, "train"));
    }

    private static Extraction FakeExtraction(Article article, IEnumerable<CodedEvent> events)
    {
        var extraction = new Extraction(new AnalyzedDocument(article));
        extraction.Events.AddRange(events);
        return extraction;
    }

    private static CodedEvent Event(string plover, string source, string target, string root) => new()
    {
        Id = plover + source,
        Source = new EventActor { Text = source, Start = 0, End = 6, Code = source, Country = source[..3] },
        Target = new EventActor { Text = target, Start = 16, End = 23, Code = target, Country = target },
        Trigger = new TextSpan("attacked", 7, 15),
        Cameo = root + "0",
        Root = root,
        QuadClass = 4,
        Goldstein = -10,
        Plover = new PloverCode(plover, null),
        Sentence = 0,
        Confidence = plover == "ASSAULT" ? 0.9 : 0.5,
        Rule = "test",
    };
}
