using Entente.Pipeline;

namespace Entente.Language.Parsing;

/// <summary>Pipeline stage that parses every sentence of a document (headings and list items too).</summary>
public sealed class DependencyParserStage : IDocumentStage
{
    private readonly DependencyParser _parser;

    /// <summary>Creates the stage with a parser; <see cref="DependencyParser.Default"/> when none is given.</summary>
    public DependencyParserStage(DependencyParser? parser = null) => _parser = parser ?? DependencyParser.Default;

    /// <inheritdoc />
    public void Process(AnalyzedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var sentence in document.Sentences)
        {
            _parser.Parse(sentence.Tokens);
        }
    }
}
