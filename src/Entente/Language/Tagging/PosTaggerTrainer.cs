using System.Diagnostics;
using Entente.Language.Perceptron;

namespace Entente.Language.Tagging;

/// <summary>Trains <see cref="PosTagger"/> models.</summary>
public static class PosTaggerTrainer
{
    /// <summary>Trains a tagger on the files of <paramref name="options"/>; deterministic given the seed.</summary>
    public static PosTagger Train(PosTaggerTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var sentences = options.TrainFiles.SelectMany(TaggedSentence.ReadConllu);
        if (options.MaxSentences is { } max)
        {
            sentences = sentences.Take(max);
        }

        var dev = options.DevFile is null ? null : TaggedSentence.ReadConllu(options.DevFile).ToList();
        return Train([.. sentences], options.Epochs, options.Seed, options.PruneThreshold, dev, options.Log);
    }

    /// <summary>Trains on sentences in memory (also used to tag NER training data by jack-knifing).</summary>
    public static PosTagger Train(IReadOnlyList<TaggedSentence> sentences, int epochs, int seed, float pruneThreshold, IReadOnlyList<TaggedSentence>? dev = null, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var labels = sentences.SelectMany(s => s.Labels).Distinct().Order(StringComparer.Ordinal).ToArray();
        var labelIds = labels.Select((label, id) => (label, id)).ToDictionary(p => p.label, p => p.id, StringComparer.Ordinal);
        var uposTags = labels.Select(l => l.Split('|')[0]).Distinct().Order(StringComparer.Ordinal).ToList();
        var lexicon = TagLexicon.Build(sentences, uposTags);
        var perceptron = new AveragedPerceptron(labels.Length);
        var learner = new PosTagger(perceptron, labels, lexicon);
        var random = new Random(seed);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var hashes = new ulong[PosFeatures.MaxFeatures];
        var rows = new int[PosFeatures.MaxFeatures];
        var scores = new float[labels.Length];
        var clock = Stopwatch.StartNew();
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            var correct = 0;
            var total = 0;
            foreach (var index in order)
            {
                var sentence = sentences[index];
                var predicted = new int[sentence.Words.Length];
                var ambiguity = new int[sentence.Words.Length];
                lexicon.ClassesOf(sentence.Words, ambiguity);
                for (var i = 0; i < predicted.Length; i++)
                {
                    var guess = learner.Predict(sentence.Words, ambiguity, i, predicted, hashes, rows, scores, out var count);
                    var truth = labelIds[sentence.Labels[i]];
                    perceptron.Update(truth, guess, rows.AsSpan(0, count));
                    perceptron.NextExample();

                    // Later words see the predicted history, as they will when tagging new text.
                    predicted[i] = guess;
                    correct += guess == truth ? 1 : 0;
                    total++;
                }
            }

            log?.Invoke($"epoch {epoch}/{epochs}: train accuracy {(double)correct / Math.Max(1, total):P2}, {perceptron.FeatureCount} features, {clock.Elapsed.TotalSeconds:F0} s");
        }

        perceptron.Average();
        var model = perceptron.Freeze(pruneThreshold);
        log?.Invoke($"frozen: {model.FeatureCount} features, {model.WeightCount} weights kept");
        var tagger = new PosTagger(model, labels, lexicon);
        if (dev is not null)
        {
            log?.Invoke($"dev: {Evaluate(tagger, dev)}");
        }

        return tagger;
    }

    /// <summary>Scores a tagger against gold sentences.</summary>
    public static TaggingScore Evaluate(PosTagger tagger, IEnumerable<TaggedSentence> gold)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(gold);
        int tokens = 0, upos = 0, xpos = 0;
        foreach (var sentence in gold)
        {
            var predicted = new int[sentence.Words.Length];
            tagger.Tag(sentence.Words, predicted);
            for (var i = 0; i < predicted.Length; i++)
            {
                var label = sentence.Labels[i];
                var bar = label.IndexOf('|', StringComparison.Ordinal);
                tokens++;
                upos += label.AsSpan(0, bar).SequenceEqual(tagger.UposOf(predicted[i])) ? 1 : 0;
                xpos += label.AsSpan(bar + 1).SequenceEqual(tagger.XposOf(predicted[i])) ? 1 : 0;
            }
        }

        return new TaggingScore(tokens, upos, xpos);
    }
}
