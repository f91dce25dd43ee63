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
        var devFile = Path.Combine(Path.GetDirectoryName(EntenteFiles.Resolve("Entente.slnx"))!, "..", "shared", "data", "train", "ud-english-ewt", "en_ewt-ud-dev.conllu");
        var gold = ConlluReader.ReadFile(devFile).ToArray();
        var tagger = Entente.Language.Tagging.PosTagger.Default;
        var sentences = gold.Select(sentence =>
        {
            var tokens = DependencyEvaluator.ToTokens(sentence);
            tagger.Tag(tokens);
            return tokens;
        }).ToArray();
        var state = new ParserState();
        var keys = new uint[ParserFeatures.Count];
        var scores = new float[model.ClassCount];
        for (var dropped = -1; dropped < ParserFeatures.Count; dropped++)
        {
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

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"without {dropped}: LAS {100.0 * labelled / words:F2}"));
        }

        return 0;
    }

    private static double Time(Action action)
    {
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        action();
        return (Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds;
    }
}
