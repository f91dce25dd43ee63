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
    [InlineData("02", 1)]
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
