using BenchmarkDotNet.Attributes;
using Entente.Documents;
using Entente.Ingest;
using Entente.Language;
using Entente.Language.Ner;
using Entente.Language.Parsing;
using Entente.Language.Tagging;
using Entente.Language.Tokenization;
using Entente.Pipeline;

namespace Entente.Bench;

/// <summary>
/// Each part of the language core alone over the seed article (about 3,600 tokens): tokenizer and sentence splitter,
/// POS tagger, dependency parser, NER. The article is analysed once in the setup so that each benchmark reads the
/// output of the parts before it, as in the pipeline. Allocation per call is the figure to watch: the tagger, parser
/// and NER must allocate nothing per token.
/// </summary>
[MemoryDiagnoser]
public class LanguagePartsBenchmarks
{
    private readonly TokenizerStage _tokenizer = new();
    private readonly BoilerplateStage _boilerplate = new();
    private Article _seed = null!;
    private Token[][] _sentences = [];
    private PosTagger _tagger = null!;
    private DependencyParser _parser = null!;
    private NerTagger _ner = null!;

    /// <summary>Loads the models and tokenises, tags and parses the seed article once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _seed = new Article(File.ReadAllText(EntenteFiles.Resolve("samples/putin-meets-iran.txt")));
        _tagger = PosTagger.Default;
        _parser = DependencyParser.Default;
        _ner = NerTagger.Default;
        var document = Tokenize();
        _sentences = [.. document.Sentences.Select(sentence => sentence.Tokens)];
        foreach (var tokens in _sentences)
        {
            _tagger.Tag(tokens);
            _parser.Parse(tokens);
        }

        Console.WriteLine($"// seed article: {_sentences.Length} sentences, {_sentences.Sum(tokens => tokens.Length)} tokens");
    }

    /// <summary>Boilerplate detection, sentence splitting and tokenisation of the raw article.</summary>
    [Benchmark]
    public int TokenizeSeedArticle() => Tokenize().Sentences.Count;

    /// <summary>UPOS and XPOS of every token.</summary>
    [Benchmark]
    public int TagSeedArticle()
    {
        foreach (var tokens in _sentences)
        {
            _tagger.Tag(tokens);
        }

        return _sentences.Length;
    }

    /// <summary>Head and relation of every token (tags from the tagger).</summary>
    [Benchmark]
    public int ParseSeedArticle()
    {
        foreach (var tokens in _sentences)
        {
            _parser.Parse(tokens);
        }

        return _sentences.Length;
    }

    /// <summary>BIO entity label of every token (tags from the tagger).</summary>
    [Benchmark]
    public int NerSeedArticle()
    {
        foreach (var tokens in _sentences)
        {
            _ner.Tag(tokens);
        }

        return _sentences.Length;
    }

    private AnalyzedDocument Tokenize()
    {
        var document = new AnalyzedDocument(_seed);
        _boilerplate.Process(document);
        _tokenizer.Process(document);
        return document;
    }
}
