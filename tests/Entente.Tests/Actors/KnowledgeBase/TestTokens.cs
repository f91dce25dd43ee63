using System.Text.RegularExpressions;
using Entente.Language;

namespace Entente.Tests.Actors.KnowledgeBase;

/// <summary>
/// Splits text into tokens the way a UD-style tokenizer does for these tests: abbreviations with full stops
/// ("U.S.") stay whole, possessives split off ("Iran's" → "Iran" "'s"), punctuation stands alone.
/// </summary>
internal static partial class TestTokens
{
    public static Token[] Of(string text)
    {
        var tokens = new List<Token>();
        foreach (Match m in Word().Matches(text))
        {
            var value = m.Value;
            if (value.Length > 2 && (value.EndsWith("'s", StringComparison.Ordinal) || value.EndsWith("\u2019s", StringComparison.Ordinal)))
            {
                tokens.Add(new Token(value[..^2], m.Index, m.Index + value.Length - 2));
                tokens.Add(new Token(value[^2..], m.Index + value.Length - 2, m.Index + value.Length));
            }
            else
            {
                tokens.Add(new Token(value, m.Index, m.Index + value.Length));
            }
        }

        return [.. tokens];
    }

    [GeneratedRegex(@"(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['\u2019\-][\p{L}\p{N}]+)*|\S")]
    private static partial Regex Word();
}
