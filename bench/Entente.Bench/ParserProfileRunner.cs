using System.Diagnostics;
using System.Globalization;
using Entente.Language;
using Entente.Language.Conllu;
using Entente.Language.Parsing;
using Entente.Pipeline;

namespace Entente.Bench;

/// <summary>Splits the parser's time into feature extraction, weight look-ups and the rest, on EWT dev with gold tags.</summary>
internal static class ParserProfileRunner
{
    public static int Run(string[] args)
    {
        if (args is ["ablate", var ablatedModel])
        {
            return Ablate(ablatedModel);
        }

        if (args is ["prune", .. var thresholds])
        {
            return Prune(thresholds);
        }

        var modelPath = args.Length > 0 ? args[0] : EntenteFiles.Resolve(DependencyParser.DefaultModelPath);
        var parser = DependencyParser.Load(modelPath);
        var devFile = Path.Combine(Path.GetDirectoryName(EntenteFiles.Resolve("Entente.slnx"))!, "..", "shared", "data", "train", "ud-english-ewt", "en_ewt-ud-dev.conllu");
        var sentences = ConlluReader.ReadFile(devFile).Select(DependencyEvaluator.ToTokens).ToArray();
        var words = sentences.Sum(s => s.Length);
        var model = parser.Model;

        // Key vectors of every scored transition, recorded once by following the parser's own decisions.
        var recorded = new List<uint[]>();
        var state = new ParserState();
        var keys = new uint[ParserFeatures.Count];
        var scores = new float[model.ClassCount];
        foreach (var tokens in sentences)
        {
            state.Reset(tokens);
            while (!state.IsTerminal)
            {
                if (state.ApplyForced(model.RootLabel))
                {
                    continue;
                }

                ParserFeatures.Extract(state, keys);
                recorded.Add((uint[])keys.Clone());
                Array.Clear(scores);
                model.Score(keys, scores);
                var best = ArcHybrid.BestLegal(state, scores, model.Labels.Length, model.RootLabel);
                state.Apply(ArcHybrid.TransitionOf(best, model.Labels.Length), ArcHybrid.LabelOf(best, model.Labels.Length));
            }
        }

        long found = 0, probes = 0, inline = 0, overflowEntries = 0, denseRows = 0;
        foreach (var vector in recorded)
        {
            var census = model.Census(vector);
            found += census.Found;
            probes += census.Probes;
            inline += census.Inline;
            overflowEntries += census.OverflowEntries;
            denseRows += census.DenseRows;
        }

        double n = recorded.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"per transition: {found / n:0.0} features found, {probes / n:0.0} probe steps, {inline / n:0.0} inline, {overflowEntries / n:0.0} overflow entries, {denseRows / n:0.0} dense rows"));
        for (var round = 0; round < 3; round++)
        {
            var full = Time(() =>
            {
                foreach (var tokens in sentences)
                {
                    parser.Parse(tokens);
                }
            });
            var scoring = Time(() =>
            {
                foreach (var vector in recorded)
                {
                    Array.Clear(scores);
                    model.Score(vector, scores);
                }
            });
            var hot = Time(() =>
            {
                var vector = recorded[recorded.Count / 2];
                for (var i = 0; i < recorded.Count; i++)
                {
                    Array.Clear(scores);
                    model.Score(vector, scores);
                }
            });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{words:N0} words, {recorded.Count:N0} scored transitions: parse {full * 1e9 / recorded.Count:0} ns/transition ({words / full:N0} words/s); score alone {scoring * 1e9 / recorded.Count:0} ns; score, one hot vector {hot * 1e9 / recorded.Count:0} ns"));
        }

        return 0;
    }

    /// <summary>
    /// Dev LAS with predicted tags when one template at a time is left out at parse time (its key looked up as
    /// absent): a cheap ranking of the templates a retrained model could do without.
    /// </summary>
    private static int Ablate(string modelPath)
    {
        var model = DependencyParser.Load(modelPath).Model;
        var (gold, sentences) = TaggedDev();
        for (var dropped = -1; dropped < ParserFeatures.Count; dropped++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"without {dropped}: LAS {DevLas(model, gold, sentences, dropped):F2}"));
        }

        return 0;
    }

    /// <summary>
    /// The shipped model pruned again at each threshold (weights of smaller magnitude dropped, as `train parser --prune`
    /// does when freezing): its size, dev LAS with the tagger's tags, and parse time per word on dev.
    /// </summary>
    private static int Prune(string[] thresholds)
    {
        var shipped = DependencyParser.Load(EntenteFiles.Resolve(DependencyParser.DefaultModelPath)).Model;
        var (gold, sentences) = TaggedDev();
        var words = sentences.Sum(s => s.Length);
        foreach (var text in thresholds)
        {
            var threshold = float.Parse(text, CultureInfo.InvariantCulture);
            var model = shipped.Pruned(threshold);
            var parser = new DependencyParser(model);
            var best = double.MaxValue;
            for (var round = 0; round < 5; round++)
            {
                best = Math.Min(best, Time(() =>
                {
                    foreach (var tokens in sentences)
                    {
                        parser.Parse(tokens);
                    }
                }));
            }

            if (Environment.GetEnvironmentVariable("ENTENTE_PRUNED_MODELS") is { Length: > 0 } folder)
            {
                parser.Save(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"parser-prune-{threshold}.bin")));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"prune {threshold}: {model.FeatureCount:N0} features, {model.WeightCount:N0} weights; dev LAS {DevLas(model, gold, sentences, -1):F2}; best of 5 parses {best * 1e9 / words:0} ns/word ({words / best:N0} words/s)"));
        }

        return 0;
    }

    private static (ConlluSentence[] Gold, Token[][] Tagged) TaggedDev()
    {
        var devFile = Path.Combine(Path.GetDirectoryName(EntenteFiles.Resolve("Entente.slnx"))!, "..", "shared", "data", "train", "ud-english-ewt", "en_ewt-ud-dev.conllu");
        var gold = ConlluReader.ReadFile(devFile).ToArray();
        var tagger = Entente.Language.Tagging.PosTagger.Default;
        var sentences = gold.Select(sentence =>
        {
            var tokens = DependencyEvaluator.ToTokens(sentence);
            tagger.Tag(tokens);
            return tokens;
        }).ToArray();
        return (gold, sentences);
    }

    // LAS of the greedy parse with the key of template `dropped` (-1: none) looked up as absent.
    private static double DevLas(ParserModel model, ConlluSentence[] gold, Token[][] sentences, int dropped)
    {
        var state = new ParserState();
        var keys = new uint[ParserFeatures.Count];
        var scores = new float[model.ClassCount];
        int words = 0, labelled = 0;
        for (var s = 0; s < sentences.Length; s++)
        {
            state.Reset(sentences[s]);
            while (!state.IsTerminal)
            {
                ParserFeatures.Extract(state, keys);
                if (dropped >= 0)
                {
                    keys[dropped] = 0;
                }

                Array.Clear(scores);
                model.Score(keys, scores);
                var best = ArcHybrid.BestLegal(state, scores, model.Labels.Length, model.RootLabel);
                state.Apply(ArcHybrid.TransitionOf(best, model.Labels.Length), ArcHybrid.LabelOf(best, model.Labels.Length));
            }

            for (var i = 0; i < state.Length; i++)
            {
                words++;
                var head = state.Heads[i] == state.Length ? -1 : state.Heads[i];
                if (head == gold[s].Tokens[i].Head
                    && DependencyEvaluator.UniversalPart(model.Labels[state.Labels[i]]).SequenceEqual(DependencyEvaluator.UniversalPart(gold[s].Tokens[i].DepRel)))
                {
                    labelled++;
                }
            }
        }

        return 100.0 * labelled / words;
    }

    private static double Time(Action action)
    {
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        action();
        return (Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds;
    }
}
