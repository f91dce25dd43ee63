using Entente.Language.Lemmatization;

namespace Entente.Tests.Language.Lemmatization;

public sealed class LemmatizerTrainerTests : IDisposable
{
    private const string Treebank =
        "# text = The leaders met and were meeting.\n" +
        "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n" +
        "2\tleaders\tleader\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n" +
        "3\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
        "4\tand\tand\tCCONJ\tCC\t_\t6\tcc\t_\t_\n" +
        "5\twere\tbe\tAUX\tVBD\t_\t6\taux\t_\t_\n" +
        "6\tmeeting\tmeet\tVERB\tVBG\t_\t3\tconj\t_\t_\n" +
        "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n" +
        "\n" +
        "# text = Better days met us.\n" +
        "1\tBetter\tgood\tADJ\tJJR\t_\t2\tamod\t_\t_\n" +
        "2\tdays\tday\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n" +
        "3\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
        "4\tus\twe\tPRON\tPRP\t_\t3\tobj\t_\t_\n" +
        "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "entente-lemma-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void TrainerStoresOnlyLemmasTheRulesGetWrong()
    {
        Directory.CreateDirectory(_directory);
        var treebank = Path.Combine(_directory, "mini.conllu");
        File.WriteAllText(treebank, Treebank);
        var output = Path.Combine(_directory, "lemmas", "exceptions.tsv");

        var count = LemmatizerTrainer.Train([treebank], output);

        var entries = File.ReadLines(output).Where(line => !line.StartsWith('#')).ToList();
        entries.Count.ShouldBe(count);
        entries.ShouldContain("met\tVERB\t_\tmeet");
        entries.ShouldContain("were\tAUX\t_\tbe");
        entries.ShouldContain("better\tADJ\t_\tgood");
        entries.ShouldContain("us\tPRON\t_\twe");
        entries.ShouldNotContain(line => line.StartsWith("leaders\t", StringComparison.Ordinal));
        entries.ShouldNotContain(line => line.StartsWith("meeting\t", StringComparison.Ordinal));
        entries.ShouldNotContain(line => line.StartsWith("the\t", StringComparison.Ordinal));

        var lemmatizer = Lemmatizer.Load(output);
        lemmatizer.ExceptionCount.ShouldBe(count);
        lemmatizer.Lemmatize("Met", "VERB").ShouldBe("meet");
        lemmatizer.Lemmatize("Better", "ADJ", "JJR").ShouldBe("good");
        lemmatizer.Lemmatize("leaders", "NOUN").ShouldBe("leader");
    }

    [Fact]
    public void LoadingAMalformedListNamesTheFileAndLine()
    {
        Directory.CreateDirectory(_directory);
        var path = Path.Combine(_directory, "bad.tsv");
        File.WriteAllText(path, "# header\nmet\tVERB\t_\tmeet\nbroken line\n");

        var error = Should.Throw<FormatException>(() => Lemmatizer.Load(path));
        error.Message.ShouldContain("bad.tsv:3");
    }
}
