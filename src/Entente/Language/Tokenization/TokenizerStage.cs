using Entente.Pipeline;

namespace Entente.Language.Tokenization;

/// <summary>
/// The first language stage: fills <see cref="AnalyzedDocument.Sentences"/> by splitting the article text,
/// skipping the <see cref="AnalyzedDocument.Boilerplate"/> ranges an earlier stage marked.
/// </summary>
public sealed class TokenizerStage : IDocumentStage
{
    private readonly Tokenizer _tokenizer;

    /// <summary>Creates the stage with a tokenizer following UD English-EWT conventions.</summary>
    public TokenizerStage()
        : this(new Tokenizer())
    {
    }

    /// <summary>Creates the stage around <paramref name="tokenizer"/>.</summary>
    public TokenizerStage(Tokenizer tokenizer)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        _tokenizer = tokenizer;
    }

    /// <inheritdoc />
    public void Process(AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Sentences.AddRange(_tokenizer.Split(document.Text, document.Boilerplate, document.Sentences.Count));
    }
}
