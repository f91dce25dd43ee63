using Entente.Documents;

namespace Entente.Language;

/// <summary>An article after the language core: sentences of tagged, parsed tokens and entity spans.</summary>
public sealed class AnalyzedDocument
{
    /// <summary>Creates an empty analysis of <paramref name="article"/>; stages fill it.</summary>
    public AnalyzedDocument(Article article) => Article = article;

    /// <summary>The article analysed.</summary>
    public Article Article { get; }

    /// <summary>The article text (shortcut).</summary>
    public string Text => Article.Text;

    /// <summary>Sentences in text order.</summary>
    public List<Sentence> Sentences { get; } = [];

    /// <summary>Entity spans in text order.</summary>
    public List<EntitySpan> Entities { get; } = [];

    /// <summary>Character ranges judged to be boilerplate (link lists, credits, calls to action); nothing is extracted from them.</summary>
    public List<(int Start, int End)> Boilerplate { get; } = [];
}
