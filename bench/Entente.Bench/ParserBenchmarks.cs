using BenchmarkDotNet.Attributes;
using Entente.Language;
using Entente.Language.Conllu;
using Entente.Language.Parsing;
using Entente.Pipeline;

namespace Entente.Bench;

/// <summary>Greedy parsing speed over the English EWT dev file with its gold tags.</summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private Token[][] _sentences = [];
    private DependencyParser _parser = null!;

    /// <summary>Loads the bundled model and the dev sentences once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _parser = DependencyParser.Default;
        var devFile = Path.Combine(Path.GetDirectoryName(EntenteFiles.Resolve("Entente.slnx"))!, "..", "shared", "data", "train", "ud-english-ewt", "en_ewt-ud-dev.conllu");
        _sentences = [.. ConlluReader.ReadFile(devFile).Select(DependencyEvaluator.ToTokens)];
    }

    /// <summary>Parses all 25,147 dev words.</summary>
    [Benchmark]
    public int ParseEwtDev()
    {
        var roots = 0;
        foreach (var tokens in _sentences)
        {
            _parser.Parse(tokens);
            roots += tokens[0].Head;
        }

        return roots;
    }
}
