namespace Entente.Language.Tokenization;

/// <summary>Character tests shared by the word scanner and the sentence splitter.</summary>
internal static class CharClasses
{
    /// <summary>Quotes and brackets that open a phrase and stand as tokens of their own.</summary>
    public static bool IsOpening(char c) => c is '(' or '[' or '{' or '“' or '"' or '«' or '‹' or '„' or '`';

    /// <summary>Quotes and brackets that close a phrase.</summary>
    public static bool IsClosing(char c) => c is ')' or ']' or '}' or '”' or '"' or '’' or '\'' or '»' or '›';

    /// <summary>Apostrophes, straight and curly; they may be quotes or part of a word.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ';

    /// <summary>Em, en, figure and horizontal-bar dashes.</summary>
    public static bool IsDash(char c) => c is '—' or '–' or '―' or '‒' or '⸺';

    /// <summary>Currency symbols that UD EWT splits from the amount ("$5" → "$" "5").</summary>
    public static bool IsCurrency(char c) => c is '$' or '£' or '€' or '¥' or '₹' or '₽';

    /// <summary>Characters that end a sentence.</summary>
    public static bool IsTerminal(char c) => c is '.' or '!' or '?';

    /// <summary>Characters always cut out of a word as tokens of their own.</summary>
    public static bool IsAlwaysSeparate(char c) =>
        c is '(' or ')' or '[' or ']' or '{' or '}' or '"' or '“' or '”' or '«' or '»' or '‹' or '›' or '„'
            or '…' or ';' or '•' or '·' or '∙' or '|' or '%' or '‰' or '©' or '®' or '™' or '°' || IsDash(c);

    /// <summary>Symbols whose runs UD keeps as one token ("***", "====", ">>").</summary>
    public static bool IsRepeatable(char c) => c is '*' or '=' or '~' or '^' or '_' or '<' or '>' or '+' or '#';
}
