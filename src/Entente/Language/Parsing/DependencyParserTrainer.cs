using System.Diagnostics;
using System.Globalization;
using Entente.Language.Conllu;

namespace Entente.Language.Parsing;

/// <summary>
/// Trains the arc-hybrid parser with the dynamic oracle of Goldberg and Nivre (2013): at each step the
/// perceptron is updated towards the best-scoring zero-cost transition, and from <see
/// cref="DependencyParserTrainingOptions.ExploreFromEpoch"/> on the trainer often follows the model's own
/// mistakes so it learns to recover from them. The oracle's costs are defined for any tree, so
/// non-projective training trees are used as they are (the parser learns the best projective approximation).
/// Single-threaded and seeded: the same options give a byte-identical model.
/// </summary>
public static class DependencyParserTrainer
{
    /// <summary>Trains a parser; see <see cref="DependencyParserTrainingOptions"/>.</summary>
    /// <exception cref="InvalidDataException">When a training sentence has a head out of range.</exception>
    public static DependencyParserTrainingResult Train(DependencyParserTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var stopwatch = Stopwatch.StartNew();
        var sentences = new List<ConlluSentence>();
        foreach (var file in options.TrainFiles)
        {
            sentences.AddRange(ConlluReader.ReadFile(file).Where(s => s.Tokens.Count > 0));
        }

        if (options.MaxSentences is { } max && sentences.Count > max)
        {
            sentences.RemoveRange(max, sentences.Count - max);
        }

        var labels = sentences.SelectMany(s => s.Tokens).Select(t => t.DepRel).Append("root")
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var labelIds = labels.Select((label, id) => (label, id)).ToDictionary(p => p.label, p => p.id, StringComparer.Ordinal);
        var rootLabel = labelIds["root"];
        var tokens = sentences.Select(DependencyEvaluator.ToTokens).ToArray();
        if (options.JackknifeFolds > 1)
        {
            JackknifeTagging.Tag(sentences, tokens, options.JackknifeFolds, options.JackknifeTaggerEpochs, options.Seed, options.JackknifeTaggerPrune, options.Log);
        }

        var examples = sentences.Select((s, i) => Example.From(s, tokens[i], labelIds, i)).ToArray();
        var dev = options.DevFile is null ? null : ConlluReader.ReadFile(options.DevFile).ToList();

        var session = new Session(labels.Length, rootLabel);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, examples.Length).ToArray();
        DependencyParser? best = null;
        AttachmentScores? bestScores = null;
        var bestEpoch = 0;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var explore = epoch >= options.ExploreFromEpoch;
            var mistakes = 0;
            var steps = 0;
            foreach (var index in order)
            {
                session.Learn(examples[index], explore ? options.ExploreProbability : 0, random, ref mistakes, ref steps);
            }

            var parser = new DependencyParser(session.Weights.ToModel(labels, session.Time, options.PruneBelow));
            var scores = dev is null ? null : DependencyEvaluator.Evaluate(parser, dev, options.DevTagger);
            var devText = scores is null ? "no dev" : string.Create(CultureInfo.InvariantCulture, $"dev UAS {scores.Uas:F2} LAS {scores.Las:F2}");
            options.Log?.Invoke(string.Create(CultureInfo.InvariantCulture,
                $"epoch {epoch}: {100.0 * mistakes / Math.Max(1, steps):F2}% wrong steps, {session.Weights.FeatureCount} features, {devText}, {stopwatch.Elapsed.TotalSeconds:F0}s"));
            if (best is null || scores is null || scores.Las > bestScores!.Las)
            {
                best = parser;
                bestScores = scores;
                bestEpoch = epoch;
            }
        }

        return new DependencyParserTrainingResult(
            best ?? throw new ArgumentException("At least one epoch is needed.", nameof(options)),
            bestEpoch, bestScores, examples.Length, stopwatch.Elapsed);
    }

    /// <summary>A training sentence: tokens with gold or jack-knifed tags, gold heads (root = sentence length) and label ids.</summary>
    private sealed record Example(Token[] Tokens, int[] Heads, int[] Labels)
    {
        public static Example From(ConlluSentence sentence, Token[] tokens, Dictionary<string, int> labelIds, int number)
        {
            var n = tokens.Length;
            var heads = new int[n];
            var labels = new int[n];
            for (var i = 0; i < n; i++)
            {
                var head = sentence.Tokens[i].Head;
                if (head < -1 || head >= n || head == i)
                {
                    throw new InvalidDataException($"Training sentence {number + 1} ({sentence.Id}): word {i + 1} has head {head + 1}, outside the sentence.");
                }

                heads[i] = head < 0 ? n : head;
                labels[i] = labelIds[sentence.Tokens[i].DepRel];
            }

            return new Example(tokens, heads, labels);
        }
    }

    /// <summary>Weights, the perceptron clock and reusable buffers of one training run.</summary>
    private sealed class Session(int labelCount, int rootLabel)
    {
        private readonly ParserState _state = new();
        private readonly uint[] _keys = new uint[ParserFeatures.Count];
        private readonly float[] _scores = new float[1 + (2 * labelCount)];
        private readonly int[] _costs = new int[3];
        private int _minimumCost;

        public AveragedWeights Weights { get; } = new(1 + (2 * labelCount));

        public int Time { get; private set; } = 1;

        public void Learn(Example example, double exploreProbability, Random random, ref int mistakes, ref int steps)
        {
            var state = _state;
            state.Reset(example.Tokens);
            while (!state.IsTerminal)
            {
                ParserFeatures.Extract(state, _keys);
                Array.Clear(_scores);
                Weights.Score(_keys, _scores);
                var predicted = ArcHybrid.BestLegal(state, _scores, labelCount, rootLabel);
                ComputeCosts(state, example.Heads);
                _minimumCost = MinimumLegalCost(state);
                var requiredLabel = state.Stack(0) >= 0 ? example.Labels[state.Stack(0)] : -1;
                var gold = BestCorrect(state, requiredLabel);
                Time++;
                steps++;
                var next = gold;
                if (!IsCorrect(state, predicted, requiredLabel))
                {
                    mistakes++;
                    Weights.Update(_keys, gold, 1, Time);
                    Weights.Update(_keys, predicted, -1, Time);
                    if (exploreProbability > 0 && random.NextDouble() < exploreProbability)
                    {
                        next = predicted;
                    }
                }
                else
                {
                    next = predicted;
                }

                state.Apply(ArcHybrid.TransitionOf(next, labelCount), ArcHybrid.LabelOf(next, labelCount));
            }
        }

        private int BestCorrect(ParserState state, int requiredLabel)
        {
            var best = -1;
            for (var classId = 0; classId < _scores.Length; classId++)
            {
                if (IsCorrect(state, classId, requiredLabel) && (best < 0 || _scores[classId] > _scores[best]))
                {
                    best = classId;
                }
            }

            return best;
        }

        /// <summary>Legal, of least cost among legal transitions, and with the gold label when that label is legal here.</summary>
        private bool IsCorrect(ParserState state, int classId, int requiredLabel)
        {
            if (!ArcHybrid.IsLegal(state, classId, labelCount, rootLabel))
            {
                return false;
            }

            var transition = ArcHybrid.TransitionOf(classId, labelCount);
            if (_costs[(int)transition] != _minimumCost)
            {
                return false;
            }

            if (transition == Transition.Shift)
            {
                return true;
            }

            var label = ArcHybrid.LabelOf(classId, labelCount);
            var toRoot = transition == Transition.Left && state.BufferFront == state.Length;

            // Only root is legal for the arc into the pseudo-root and root is illegal elsewhere; when the gold
            // label is not legal here, no label can be right and any legal one is accepted.
            return label == requiredLabel || toRoot != (requiredLabel == rootLabel);
        }

        private int MinimumLegalCost(ParserState state)
        {
            var minimum = int.MaxValue;
            for (var t = 0; t < 3; t++)
            {
                if (state.IsLegal((Transition)t))
                {
                    minimum = Math.Min(minimum, _costs[t]);
                }
            }

            return minimum;
        }

        /// <summary>
        /// Arc-hybrid costs: the number of gold arcs that are reachable now and would no longer be after the
        /// transition (Goldberg and Nivre 2013). The pseudo-root has index n and gold root words have head n.
        /// </summary>
        private void ComputeCosts(ParserState state, int[] gold)
        {
            var n = state.Length;
            var s0 = state.Stack(0);
            var s1 = state.Stack(1);
            var b0 = state.BufferFront;
            _costs[0] = _costs[1] = _costs[2] = 0;

            if (s0 >= 0)
            {
                var childrenInBuffer = 0;
                for (var k = b0; k < n; k++)
                {
                    if (gold[k] == s0)
                    {
                        childrenInBuffer++;
                    }
                }

                var head = gold[s0];
                _costs[(int)Transition.Left] = childrenInBuffer + (head != b0 && (head == s1 || head > b0) ? 1 : 0);
                _costs[(int)Transition.Right] = childrenInBuffer + (head != s1 && head >= b0 ? 1 : 0);
            }

            if (b0 < n)
            {
                var cost = 0;
                var head = gold[b0];
                if (head != s0 && head < b0 && state.IsOnStack(head))
                {
                    cost++;
                }

                for (var depth = 0; depth < state.StackCount; depth++)
                {
                    if (gold[state.Stack(depth)] == b0)
                    {
                        cost++;
                    }
                }

                _costs[(int)Transition.Shift] = cost;
            }
        }
    }
}
