namespace Entente.Language.Tokenization;

/// <summary>What a line of an article is, which decides how it is cut into sentences.</summary>
internal enum LineKind
{
    /// <summary>Running prose: split into sentences at terminal punctuation.</summary>
    Prose,

    /// <summary>A title or sub-heading: one sentence.</summary>
    Heading,

    /// <summary>A bullet or numbered item: one sentence.</summary>
    ListItem,

    /// <summary>A row of a table ("Role | President of Iran |"): one sentence.</summary>
    TableRow,
}
