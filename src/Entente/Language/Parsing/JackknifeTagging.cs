using Entente.Language.Conllu;
using Entente.Language.Tagging;

namespace Entente.Language.Parsing;

/// <summary>
/// Jack-knifed part-of-speech tags for parser training: the training sentences are cut into K folds and each
/// fold is tagged by a tagger trained on the other K−1, so the parser learns from tags as wrong as the ones it
/// will see on new text rather than from gold tags it would learn to trust.
/// </summary>
public static class JackknifeTagging
{
    /// <summary>
    /// The fold (0 to <paramref name="folds"/>−1) of each of <paramref name="count"/> sentences: contiguous
    /// blocks in file order whose sizes differ by at most one. Contiguous, not round-robin, because EWT keeps a
    /// document's sentences together; round-robin would let each fold's tagger see the neighbouring sentences of
    /// the same document and tag its held-out fold better than it tags new text.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="folds"/> is below 2 or above <paramref name="count"/>.</exception>
    public static int[] Folds(int count, int folds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(folds, count);
        var result = new int[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = (int)((long)i * folds / count);
        }

        return result;
    }

    /// <summary>
    /// Replaces the UPOS and XPOS of <paramref name="tokens"/> (one array per sentence, parallel to
    /// <paramref name="sentences"/>, whose gold tags train the fold taggers) by jack-knifed predictions.
    /// Each fold tagger is trained as <c>entente train tagger</c> trains (<see cref="PosTaggerTrainer"/>), with
    /// the given epochs, seed and pruning; deterministic given those.
    /// </summary>
    public static void Tag(IReadOnlyList<ConlluSentence> sentences, IReadOnlyList<Token[]> tokens, int folds, int epochs, int seed, float prune, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(tokens);
        if (tokens.Count != sentences.Count)
        {
            throw new ArgumentException("One token array per sentence is needed.", nameof(tokens));
        }

        var foldOf = Folds(sentences.Count, folds);
        var gold = sentences.Select(s => new TaggedSentence(
            [.. s.Tokens.Select(t => t.Form)],
            [.. s.Tokens.Select(t => t.Upos + "|" + t.Xpos)])).ToArray();
        for (var fold = 0; fold < folds; fold++)
        {
            var training = gold.Where((_, i) => foldOf[i] != fold).ToList();
            var tagger = PosTaggerTrainer.Train(training, epochs, seed, prune);
            int words = 0, right = 0;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (foldOf[i] != fold)
                {
                    continue;
                }

                tagger.Tag(tokens[i]);
                for (var j = 0; j < tokens[i].Length; j++)
                {
                    words++;
                    right += tokens[i][j].Upos == sentences[i].Tokens[j].Upos ? 1 : 0;
                }
            }

            log?.Invoke(FormattableString.Invariant(
                $"jack-knife fold {fold + 1}/{folds}: tagger trained on {training.Count} sentences, held-out UPOS {100.0 * right / Math.Max(1, words):F2}%"));
        }
    }
}
