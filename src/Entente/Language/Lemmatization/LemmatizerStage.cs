using Entente.Pipeline;

namespace Entente.Language.Lemmatization;

/// <summary>
/// Fills <see cref="Token.Lemma"/> of every token that has a part-of-speech tag; runs after the tagger.
/// Tokens without a UPOS tag are left alone.
/// </summary>
public sealed class LemmatizerStage : IDocumentStage
{
    private readonly Lemmatizer _lemmatizer;

    /// <summary>Creates the stage around <paramref name="lemmatizer"/>.</summary>
    public LemmatizerStage(Lemmatizer lemmatizer)
    {
        ArgumentNullException.ThrowIfNull(lemmatizer);
        _lemmatizer = lemmatizer;
    }

    /// <inheritdoc />
    public void Process(AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var sentence in document.Sentences)
        {
            var tokens = sentence.Tokens;
            for (var i = 0; i < tokens.Length; i++)
            {
                ref var token = ref tokens[i];
                if (token.Upos is { } upos)
                {
                    token.Lemma = _lemmatizer.Lemmatize(token.Text, upos, token.Xpos);
                }
            }
        }
    }
}
