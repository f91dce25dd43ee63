using System.Text.RegularExpressions;
using Entente.Documents;
using Entente.Language;

namespace Entente.Tests.Language.Tagging;

/// <summary>
/// A stand-in tokenizer for tests of the tagger and NER (the real one lives in another part of the project):
/// one sentence per line, words and punctuation split UD-style ("Iran's" → "Iran" "'s").
/// </summary>
internal static partial class SimpleTokenizer
{
    public static AnalyzedDocument Analyze(string text)
    {
        var document = new AnalyzedDocument(new Article(text));
        var offset = 0;
        foreach (var line in text.Split('\n'))
        {
            var tokens = TokenPattern().Matches(line).Select(m => new Token(m.Value, offset + m.Index, offset + m.Index + m.Length)).ToArray();
            if (tokens.Length > 0)
            {
                document.Sentences.Add(new Sentence(document.Sentences.Count, offset, offset + line.Length, tokens));
            }

            offset += line.Length + 1;
        }

        return document;
    }

    [GeneratedRegex(@"(?:[A-Z]\.){2,}|\w+(?=['’]s\b)|['’]s\b|\w+(?:[-'’.]\w+)*|[^\w\s]")]
    private static partial Regex TokenPattern();
}
