namespace Entente.Language.Ner;

/// <summary>A sentence of NER data: words and BIO labels, with its id when the file gives one.</summary>
/// <param name="Words">The words.</param>
/// <param name="Labels">One BIO label per word.</param>
/// <param name="Id">The sentence id ("# sent_id = …"), or null.</param>
public sealed record NerSentence(string[] Words, string[] Labels, string? Id = null);
