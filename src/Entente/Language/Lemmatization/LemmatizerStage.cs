using Entente.Pipeline;

namespace Entente.Language.Lemmatization;

/// <summary>Fills <see cref="Token.Lemma"/> from each token's form and part of speech (run after the tagger).</summary>
public sealed class LemmatizerStage : IDocumentStage
{
    private readonly Lemmatizer _lemmatizer;

    /// <summary>Creates the stage over a lemmatizer.</summary>
    public LemmatizerStage(Lemmatizer lemmatizer) => _lemmatizer = lemmatizer;

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
