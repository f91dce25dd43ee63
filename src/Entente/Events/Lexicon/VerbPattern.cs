namespace Entente.Events.Lexicon;

/// <summary>
/// A verb pattern: words that must appear around the verb for a more specific code, e.g.
/// "supply * &amp;WEAPON" → 072. Seeded from the PETRARCH2 CAMEO verb dictionary.
/// </summary>
/// <param name="Text">The pattern as written in the table.</param>
/// <param name="Elements">Parsed elements in order.</param>
/// <param name="Code">CAMEO code for source → target; empty means "not an event" (PETRARCH's [---]).</param>
/// <param name="ReverseCode">CAMEO code for target → source when the pattern codes both ways ([042:043]); may be empty.</param>
/// <param name="Origin">Where the pattern came from: the PETRARCH verb it was written for, or "entente".</param>
public sealed record VerbPattern(string Text, IReadOnlyList<PatternElement> Elements, string Code, string ReverseCode, string Origin)
{
    /// <summary>How many word elements must match: more specific patterns win.</summary>
    public int Specificity { get; } = Elements.Count(e => e.Kind is PatternElementKind.Word or PatternElementKind.SynonymSet);

    /// <summary>Parses PETRARCH pattern text such as "* (with {joint statement}) +".</summary>
    public static IReadOnlyList<PatternElement> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var elements = new List<PatternElement>();
        var beforeVerb = text.Contains('*', StringComparison.Ordinal);
        foreach (var raw in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim('(', ')', '{', '}', ',');
            if (word.Length == 0)
            {
                continue;
            }

            switch (word)
            {
                case "*":
                    beforeVerb = false;
                    break;
                case "+":
                    elements.Add(new PatternElement(PatternElementKind.Target, word, beforeVerb));
                    break;
                case "$":
                    elements.Add(new PatternElement(PatternElementKind.Source, word, beforeVerb));
                    break;
                case "%" or "^" or "-":
                    break;
                default:
                    var kind = word[0] == '&' ? PatternElementKind.SynonymSet : PatternElementKind.Word;
                    elements.Add(new PatternElement(kind, word.TrimEnd('_').Replace('_', ' '), beforeVerb));
                    break;
            }
        }

        return elements;
    }
}
