using System.Diagnostics;
using Entente.Language.Conllu;
using Entente.Language.Evaluation;
using Entente.Language.Perceptron;
using Entente.Language.Tagging;

namespace Entente.Language.Ner;

/// <summary>Trains and scores <see cref="NerTagger"/> models.</summary>
public static class NerTrainer
{
    /// <summary>Path of the Universal NER English-EWT files under the data root.</summary>
    public static string UnerDirectory(string dataRoot) => Path.Combine(dataRoot, "train", "ner", "uner-english-ewt");

    /// <summary>Path of the GUM training file (CC BY subset) under the data root.</summary>
    public static string GumTrainFile(string dataRoot) => Path.Combine(dataRoot, "train", "ud-english-gum-ccby", "en_gum-ud-train.ccby-subset.conllu");

    /// <summary>Path of a CrossNER politics file ("train.txt", "dev.txt") under the data root.</summary>
    public static string CrossNerFile(string dataRoot, string name) => Path.Combine(dataRoot, "eval-dev", "crossner-politics-train-dev", name);

    /// <summary>The gazetteer built from the Phoenix dictionaries under the data root and the project tables.</summary>
    public static Gazetteer BuildGazetteer(string dataRoot, string? gazetteerDirectory) =>
        Gazetteer.Build(Path.Combine(dataRoot, "ontology", "petrarch2-dictionaries"), gazetteerDirectory);

    /// <summary>Trains a recogniser; deterministic given the seed and data.</summary>
    public static NerTagger Train(NerTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var log = options.Log;
        var clock = Stopwatch.StartNew();
        var gazetteer = BuildGazetteer(options.DataRoot, options.GazetteerDirectory);
        log?.Invoke($"gazetteer: {gazetteer.Count} phrases");
        var tagger = options.Tagger ?? PosTagger.Default;

        var sentences = Limit(NerCorpus.Read(Path.Combine(UnerDirectory(options.DataRoot), "en_ewt-ud-train.EARLY-0c7ce0de.iob2"), NerCorpus.UnerType), options.MaxSentences)
            .Select(s => Silver(s, gazetteer))
            .ToList();
        if (options.UseWikigold)
        {
            sentences.AddRange(Limit(NerCorpus.Read(Path.Combine(options.DataRoot, "train", "ner", "wikigold", "wikigold.conll.txt"), NerCorpus.ConllType), options.MaxSentences)
                .Select(s => Silver(s, gazetteer)));
        }

        if (options.UseGum)
        {
            sentences.AddRange(Limit(GumEntities.Read(GumTrainFile(options.DataRoot)), options.MaxSentences).Select(s => Silver(s, gazetteer)));
        }

        // CrossNER politics (both its splits) is kept for evaluation only: it is the out-of-domain dev set.
        var jackknifed = options.JackknifeFolds > 1 ? JackknifeTags(options, log) : [];
        var pos = sentences.Select(s => s.Id is { } id && jackknifed.TryGetValue(id, out var tags) && tags.Length == s.Words.Length ? tags : TagsOf(tagger, s.Words)).ToList();
        log?.Invoke($"{sentences.Count} training sentences, {jackknifed.Count} with jack-knifed tags, {clock.Elapsed.TotalSeconds:F0} s");

        var labelIds = EntityTypes.BioLabels.Select((label, id) => (label, id)).ToDictionary(p => p.label, p => p.id, StringComparer.Ordinal);
        var labelCount = labelIds.Count;
        var emissions = new AveragedPerceptron(labelCount);
        var transitions = new AveragedPerceptron(labelCount);
        var learner = new NerTagger(emissions, transitions, gazetteer);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var transitionRows = new int[labelCount + 1];
        for (var previous = -1; previous < labelCount; previous++)
        {
            transitionRows[previous + 1] = transitions.RowOf(NerTagger.TransitionFeature(previous));
        }

        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var wrongSentences = 0;
            foreach (var index in order)
            {
                var sentence = sentences[index];
                var n = sentence.Words.Length;
                var rows = new int[n * NerFeatures.MaxFeatures];
                var counts = new int[n];
                var predicted = new int[n];
                learner.Decode(sentence.Words, pos[index], rows, counts, predicted);
                var wrong = false;
                for (var i = 0; i < n; i++)
                {
                    var truth = labelIds[sentence.Labels[i]];
                    var previousTruth = i > 0 ? labelIds[sentence.Labels[i - 1]] : -1;
                    var previousGuess = i > 0 ? predicted[i - 1] : -1;
                    if (truth != predicted[i])
                    {
                        emissions.Update(truth, predicted[i], rows.AsSpan(i * NerFeatures.MaxFeatures, counts[i]));
                        wrong = true;
                    }

                    if (truth != predicted[i] || previousTruth != previousGuess)
                    {
                        transitions.Update(truth, transitionRows.AsSpan(previousTruth + 1, 1), 1f);
                        transitions.Update(predicted[i], transitionRows.AsSpan(previousGuess + 1, 1), -1f);
                    }
                }

                wrongSentences += wrong ? 1 : 0;
                emissions.NextExample();
                transitions.NextExample();
            }

            log?.Invoke($"epoch {epoch}/{options.Epochs}: {wrongSentences} sentences with errors, {emissions.FeatureCount} features, {clock.Elapsed.TotalSeconds:F0} s");
        }

        emissions.Average();
        transitions.Average();
        var frozen = emissions.Freeze(options.PruneThreshold);
        log?.Invoke($"frozen: {frozen.FeatureCount} features, {frozen.WeightCount} weights kept");
        return new NerTagger(frozen, transitions.Freeze(), gazetteer);
    }

    /// <summary>
    /// Scores a recogniser on gold sentences (tokens given), tagging POS with <paramref name="tagger"/>;
    /// <paramref name="normalise"/> maps span labels of both sides before comparing (see <see cref="SpanScorer"/>).
    /// </summary>
    public static IReadOnlyList<LabelScore> Evaluate(NerTagger recogniser, PosTagger tagger, IEnumerable<NerSentence> gold, Func<string, string?>? normalise = null, bool documentConsistency = true)
    {
        ArgumentNullException.ThrowIfNull(recogniser);
        ArgumentNullException.ThrowIfNull(gold);
        var scorer = new SpanScorer(normalise);
        foreach (var (sentence, predicted) in Predict(recogniser, tagger, gold, documentConsistency))
        {
            scorer.Add(sentence.Labels, predicted);
        }

        return scorer.Scores();
    }

    /// <summary>
    /// The usual comparison with PER/ORG/LOC gold (issue 3's measure): GPE folded into LOC on both sides, types the
    /// gold never uses dropped. With <paramref name="keepGeoPolitical"/>, GPE stays its own label when the gold has it.
    /// </summary>
    public static Func<string, string?> FoldForGold(IReadOnlySet<string> goldTypes, bool keepGeoPolitical = false) => type =>
    {
        var keep = keepGeoPolitical && goldTypes.Contains(EntityTypes.GeoPolitical);
        var folded = type == EntityTypes.GeoPolitical && !keep ? EntityTypes.Location : type;
        var known = goldTypes.Contains(folded) || (folded == EntityTypes.Location && !keep && goldTypes.Contains(EntityTypes.GeoPolitical));
        return known ? folded : null;
    };

    /// <summary>
    /// Tags every gold sentence and returns the predicted BIO labels alongside it (for error listings and scores).
    /// With <paramref name="documentConsistency"/>, consecutive sentences of one document (by sentence id, see
    /// <see cref="DocumentOf"/>) go through <see cref="DocumentConsistency"/> as the pipeline's NER stage does.
    /// </summary>
    public static IEnumerable<(NerSentence Gold, string[] Predicted)> Predict(NerTagger recogniser, PosTagger tagger, IEnumerable<NerSentence> gold, bool documentConsistency = true)
    {
        ArgumentNullException.ThrowIfNull(recogniser);
        ArgumentNullException.ThrowIfNull(gold);
        var document = new List<(NerSentence Gold, string[] Predicted)>();
        foreach (var sentence in gold)
        {
            if (document.Count > 0 && (!documentConsistency || DocumentOf(document[0].Gold.Id) is not { } current || current != DocumentOf(sentence.Id)))
            {
                foreach (var done in Consistent(document, documentConsistency))
                {
                    yield return done;
                }

                document.Clear();
            }

            var labels = new int[sentence.Words.Length];
            recogniser.Tag(sentence.Words, TagsOf(tagger, sentence.Words), labels);
            document.Add((sentence, [.. labels.Select(l => recogniser.Labels[l])]));
        }

        foreach (var done in Consistent(document, documentConsistency))
        {
            yield return done;
        }
    }

    /// <summary>
    /// The document a sentence id belongs to: the id without its trailing "-N" sentence number (GUM
    /// "GUM_news_iodine-12", EWT "weblog-…-0003"), or null when the id has none.
    /// </summary>
    public static string? DocumentOf(string? sentenceId)
    {
        var dash = sentenceId?.LastIndexOf('-') ?? -1;
        return dash > 0 && dash < sentenceId!.Length - 1 && sentenceId.AsSpan(dash + 1).IndexOfAnyExceptInRange('0', '9') < 0 ? sentenceId[..dash] : null;
    }

    private static List<(NerSentence Gold, string[] Predicted)> Consistent(List<(NerSentence Gold, string[] Predicted)> document, bool apply)
    {
        if (apply)
        {
            DocumentConsistency.Apply([.. document.Select(d => d.Gold.Words)], [.. document.Select(d => d.Predicted)]);
        }

        return [.. document];
    }

    internal static string[] TagsOf(PosTagger tagger, string[] words)
    {
        var labels = new int[words.Length];
        tagger.Tag(words, labels);
        return [.. labels.Select(tagger.XposOf)];
    }

    private static IEnumerable<NerSentence> Limit(IEnumerable<NerSentence> sentences, int? max) => max is { } m ? sentences.Take(m) : sentences;

    /// <summary>
    /// Refines the gold types with the gazetteer: LOC spans naming a country or city become GPE, MISC spans and
    /// unlabelled capitalised words naming a nationality become NORP, other MISC spans are dropped.
    /// </summary>
    internal static NerSentence Silver(NerSentence sentence, Gazetteer gazetteer)
    {
        var labels = Enumerable.Repeat("O", sentence.Words.Length).ToArray();
        var gpe = EntityTypes.MaskOf(EntityTypes.GeoPolitical);
        var norp = EntityTypes.MaskOf(EntityTypes.Nationality);
        var covered = new bool[labels.Length];
        foreach (var (first, last, type) in BioSpans.Read(sentence.Labels))
        {
            var mask = gazetteer.Lookup(sentence.Words.AsSpan(first, last - first + 1));
            var refined = type switch
            {
                EntityTypes.Location when (mask & gpe) != 0 => EntityTypes.GeoPolitical,
                "MISC" when (mask & norp) != 0 => EntityTypes.Nationality,
                "MISC" => null,
                _ => type,
            };
            for (var i = first; i <= last; i++)
            {
                covered[i] = true;
                if (refined is not null)
                {
                    labels[i] = (i == first ? "B-" : "I-") + refined;
                }
            }
        }

        for (var i = 0; i < labels.Length; i++)
        {
            var word = sentence.Words[i];
            if (!covered[i] && word.Length > 2 && char.IsUpper(word[0]) && (gazetteer.Lookup(sentence.Words.AsSpan(i, 1)) & norp) != 0)
            {
                labels[i] = "B-" + EntityTypes.Nationality;
            }
        }

        return sentence with { Labels = labels };
    }

    private static Dictionary<string, string[]> JackknifeTags(NerTrainingOptions options, Action<string>? log)
    {
        var ewt = ConlluReader.ReadFile(Path.Combine(options.DataRoot, "train", "ud-english-ewt", "en_ewt-ud-train.conllu")).ToList();
        var tagged = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var folds = options.JackknifeFolds;
        for (var fold = 0; fold < folds; fold++)
        {
            var training = ewt.Where((_, i) => i % folds != fold).Select(ToTagged).ToList();
            var foldTagger = PosTaggerTrainer.Train(training, options.JackknifeTaggerEpochs, options.Seed, 0.05f);
            foreach (var sentence in ewt.Where((_, i) => i % folds == fold))
            {
                if (sentence.Id is { } id)
                {
                    tagged[id] = TagsOf(foldTagger, [.. sentence.Tokens.Select(t => t.Form)]);
                }
            }

            log?.Invoke($"jack-knife fold {fold + 1}/{folds} tagged");
        }

        return tagged;
    }

    private static TaggedSentence ToTagged(ConlluSentence sentence) =>
        new([.. sentence.Tokens.Select(t => t.Form)], [.. sentence.Tokens.Select(t => t.Upos + "|" + t.Xpos)]);
}
