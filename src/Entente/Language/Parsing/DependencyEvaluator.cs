using Entente.Language.Conllu;
using Entente.Language.Tagging;

namespace Entente.Language.Parsing;

/// <summary>Scores a parser against gold CoNLL-U trees, feeding it the gold words and either the gold tags or a tagger's.</summary>
public static class DependencyEvaluator
{
    /// <summary>
    /// Parses every sentence from its gold words and compares heads and labels with the gold tree. Without
    /// <paramref name="tagger"/> the parser reads the gold tags; with it, the tagger's tags (scored too).
    /// </summary>
    public static AttachmentScores Evaluate(DependencyParser parser, IEnumerable<ConlluSentence> sentences, PosTagger? tagger = null)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(sentences);
        int sentenceCount = 0, words = 0, heads = 0, labelled = 0, fullLabelled = 0, upos = 0, xpos = 0;
        foreach (var sentence in sentences)
        {
            var tokens = ToTokens(sentence);
            if (tagger is not null)
            {
                // What the pipeline sees on new text: the tagger's tags replace the gold ones before parsing.
                tagger.Tag(tokens);
            }

            parser.Parse(tokens);
            sentenceCount++;
            for (var i = 0; i < tokens.Length; i++)
            {
                var gold = sentence.Tokens[i];
                words++;
                upos += tokens[i].Upos == gold.Upos ? 1 : 0;
                xpos += tokens[i].Xpos == gold.Xpos ? 1 : 0;
                if (tokens[i].Head != gold.Head)
                {
                    continue;
                }

                heads++;
                if (UniversalPart(tokens[i].DepRel).SequenceEqual(UniversalPart(gold.DepRel)))
                {
                    labelled++;
                }

                if (tokens[i].DepRel == gold.DepRel)
                {
                    fullLabelled++;
                }
            }
        }

        return tagger is null
            ? new AttachmentScores(sentenceCount, words, heads, labelled, fullLabelled)
            : new AttachmentScores(sentenceCount, words, heads, labelled, fullLabelled, upos, xpos);
    }

    /// <summary>The tokens of a CoNLL-U sentence with their text, lemma and gold tags; heads and labels left empty.</summary>
    public static Token[] ToTokens(ConlluSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var tokens = new Token[sentence.Tokens.Count];
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = sentence.Tokens[i];
            tokens[i] = new Token(word.Form, 0, 0)
            {
                Lemma = word.Lemma == "_" ? null : word.Lemma,
                Upos = word.Upos == "_" ? null : word.Upos,
                Xpos = word.Xpos == "_" ? null : word.Xpos,
            };
        }

        return tokens;
    }

    /// <summary>The universal part of a relation ("nmod:poss" → "nmod").</summary>
    public static ReadOnlySpan<char> UniversalPart(string? label)
    {
        if (label is null)
        {
            return [];
        }

        var colon = label.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? label : label.AsSpan(0, colon);
    }
}
