using Entente.Language.Tagging;
using Entente.Pipeline;

namespace Entente.Language.Ner;

/// <summary>
/// Pipeline stage labelling named entities: fills <see cref="Token.Ner"/> (B-PER, I-GPE, O, …) and appends
/// an <see cref="EntitySpan"/> with character offsets to <see cref="AnalyzedDocument.Entities"/> for each entity.
/// Sentences whose tokens lack POS tags are tagged first. After every sentence is decoded, the labels of the whole
/// document are made consistent (<see cref="DocumentConsistency"/>).
/// </summary>
public sealed class NerStage : IDocumentStage
{
    private readonly NerTagger _recogniser;
    private readonly PosTagger? _tagger;

    /// <summary>Creates the stage; null arguments mean the default models (the tagger is loaded only if needed).</summary>
    public NerStage(NerTagger? recogniser = null, PosTagger? tagger = null)
    {
        _recogniser = recogniser ?? NerTagger.Default;
        _tagger = tagger;
    }

    /// <inheritdoc />
    public void Process(AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var sentence in document.Sentences)
        {
            var tokens = sentence.Tokens;
            if (tokens.Length > 0 && Array.Exists(tokens, t => t.Xpos is null))
            {
                (_tagger ?? PosTagger.Default).Tag(tokens);
            }

            if (tokens.Length > 0)
            {
                _recogniser.Tag(tokens);
            }
        }

        DocumentConsistency.Apply(document.Sentences);
        foreach (var sentence in document.Sentences)
        {
            AddSpans(document, sentence);
        }
    }

    private static void AddSpans(AnalyzedDocument document, Sentence sentence)
    {
        var tokens = sentence.Tokens;
        var i = 0;
        while (i < tokens.Length)
        {
            var label = tokens[i].Ner;
            if (label is null || label.Length < 3 || label[0] != 'B')
            {
                i++;
                continue;
            }

            var type = label[2..];
            var last = i;
            while (last + 1 < tokens.Length && tokens[last + 1].Ner is { Length: > 2 } next && next[0] == 'I' && next.AsSpan(2).SequenceEqual(type))
            {
                last++;
            }

            var start = tokens[i].Start;
            var end = tokens[last].End;
            document.Entities.Add(new EntitySpan(document.Text[start..end], start, end, type, sentence.Index, i, last));
            i = last + 1;
        }
    }
}
