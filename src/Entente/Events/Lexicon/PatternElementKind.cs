namespace Entente.Events.Lexicon;

/// <summary>Kinds of pattern elements.</summary>
public enum PatternElementKind
{
    /// <summary>A literal word.</summary>
    Word,

    /// <summary>Any word of a synonym set (&amp;WEAPON).</summary>
    SynonymSet,

    /// <summary>The target actor's position (+).</summary>
    Target,

    /// <summary>The source actor's position ($).</summary>
    Source,
}
