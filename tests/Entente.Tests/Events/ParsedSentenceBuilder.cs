using Entente.Actors;
using Entente.Documents;
using Entente.Language;
using Entente.Pipeline;

namespace Entente.Tests.Events;

/// <summary>
/// Builds an extraction over one hand-parsed sentence, so the coder can be tested apart from the tagger and
/// parser. Rows are "form UPOS head deprel" with CoNLL-U's 1-based heads (0 = root).
/// </summary>
internal sealed class ParsedSentenceBuilder
{
    private readonly List<(string Form, string Upos, int Head, string DepRel, string? Lemma)> _rows = [];
    private readonly List<(int First, int Last, ActorRef Actor)> _mentions = [];

    public ParsedSentenceBuilder Word(string form, string upos, int head, string deprel, string? lemma = null)
    {
        _rows.Add((form, upos, head, deprel, lemma));
        return this;
    }

    /// <summary>Marks tokens first..last (1-based, inclusive) as a mention of a country-level actor code.</summary>
    public ParsedSentenceBuilder Actor(int first, int last, string code, ActorKind kind = ActorKind.State, string? name = null)
    {
        var country = code[..3];
        _mentions.Add((first - 1, last - 1, new ActorRef
        {
            Code = code,
            Country = country,
            Sector = code.Length > 3 ? code[3..] : null,
            Kind = kind,
            Name = name ?? code,
            ActorId = name is null ? null : "test:" + name,
        }));
        return this;
    }

    public Extraction Build(DateOnly? published = null)
    {
        var text = string.Join(' ', _rows.Select(r => r.Form));
        var article = new Article(text) { PublishedOn = published ?? new DateOnly(2024, 10, 12) };
        var tokens = new Token[_rows.Count];
        var offset = 0;
        for (var i = 0; i < _rows.Count; i++)
        {
            var (form, upos, head, deprel, lemma) = _rows[i];
            tokens[i] = new Token(form, offset, offset + form.Length) { Upos = upos, Head = head - 1, DepRel = deprel, Lemma = lemma ?? form.ToLowerInvariant() };
            offset += form.Length + 1;
        }

        var document = new AnalyzedDocument(article);
        document.Sentences.Add(new Sentence(0, 0, text.Length, tokens));
        var extraction = new Extraction(document);
        foreach (var (first, last, actor) in _mentions)
        {
            extraction.Mentions.Add(new Mention
            {
                Text = text[tokens[first].Start..tokens[last].End],
                Start = tokens[first].Start,
                End = tokens[last].End,
                Sentence = 0,
                FirstToken = first,
                LastToken = last,
                HeadToken = last,
                Actor = actor,
                Rule = "test",
            });
        }

        return extraction;
    }
}
