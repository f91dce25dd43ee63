using Entente.Pipeline;

namespace Entente.Language.Parsing;

/// <summary>
/// A greedy arc-hybrid dependency parser with an averaged-perceptron classifier over (transition, label)
/// classes, trained on Universal Dependencies English. It reads each token's text and tags (UPOS, XPOS) and
/// fills <see cref="Token.Head"/> (0-based, -1 for the root) and <see cref="Token.DepRel"/> (full UD labels
/// with subtypes, e.g. "obl:tmod"). One instance is shared read-only across threads.
/// </summary>
public sealed class DependencyParser
{
    /// <summary>Path of the bundled model, relative to the repository root.</summary>
    public const string DefaultModelPath = "models/parser/en-ud-parser.bin";

    private static readonly Lazy<DependencyParser> DefaultParser = new(() => Load(EntenteFiles.Resolve(DefaultModelPath)));

    [ThreadStatic]
    private static Workspace? _workspace;

    private readonly ParserModel _model;

    internal DependencyParser(ParserModel model) => _model = model;

    /// <summary>The parser with the bundled English model, loaded on first use.</summary>
    public static DependencyParser Default => DefaultParser.Value;

    /// <summary>The dependency labels the model can assign.</summary>
    public IReadOnlyList<string> Labels => _model.Labels;

    internal ParserModel Model => _model;

    /// <summary>Loads a model file written by <see cref="Save"/> or by the trainer.</summary>
    /// <exception cref="InvalidDataException">When the file is not a parser model this build can read.</exception>
    public static DependencyParser Load(string path)
    {
        using var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
        return new DependencyParser(ParserModel.Load(stream, path));
    }

    /// <summary>Writes the model to <paramref name="path"/>.</summary>
    public void Save(string path)
    {
        using var stream = new BufferedStream(File.Create(path), 1 << 16);
        _model.Save(stream);
    }

    /// <summary>Parses one sentence in place: every token gets a head and a relation; exactly one token is the root.</summary>
    public void Parse(Span<Token> tokens)
    {
        if (tokens.IsEmpty)
        {
            return;
        }

        var workspace = _workspace ??= new Workspace();
        var state = workspace.State;
        var scores = workspace.Scores(_model.ClassCount);
        var keys = workspace.Keys;
        var labelCount = _model.Labels.Length;
        state.Reset(tokens);
        while (!state.IsTerminal)
        {
            if (state.ApplyForced(_model.RootLabel))
            {
                continue;
            }

            ParserFeatures.Extract(state, keys);
            scores.Clear();
            _model.Score(keys, scores);
            var best = ArcHybrid.BestLegal(state, scores, labelCount, _model.RootLabel);
            state.Apply(ArcHybrid.TransitionOf(best, labelCount), ArcHybrid.LabelOf(best, labelCount));
        }

        var heads = state.Heads;
        var labels = state.Labels;
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i].Head = heads[i] == tokens.Length ? -1 : heads[i];
            tokens[i].DepRel = _model.Labels[labels[i]];
        }

        ParseRepairs.Apply(tokens);
    }

    /// <summary>Parses one sentence in place.</summary>
    public void Parse(Token[] tokens) => Parse(tokens.AsSpan());

    /// <summary>Buffers of one thread, reused across sentences so that parsing does not allocate.</summary>
    private sealed class Workspace
    {
        private float[] _scores = [];

        public ParserState State { get; } = new();

        public uint[] Keys { get; } = new uint[ParserFeatures.Count];

        public Span<float> Scores(int classCount)
        {
            if (_scores.Length < classCount)
            {
                _scores = new float[classCount];
            }

            return _scores.AsSpan(0, classCount);
        }
    }
}
