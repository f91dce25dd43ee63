namespace Entente.Language.Tagging;

/// <summary>Coarse spelling facts about a word, combined into one feature value.</summary>
[Flags]
public enum WordFlags
{
    /// <summary>None of the flags.</summary>
    None = 0,

    /// <summary>First character is upper case.</summary>
    Capitalised = 1,

    /// <summary>Every letter is upper case (and there is at least one).</summary>
    AllCaps = 2,

    /// <summary>Contains a digit.</summary>
    HasDigit = 4,

    /// <summary>Contains a hyphen or en dash.</summary>
    HasHyphen = 8,

    /// <summary>Contains no letter (numbers, punctuation).</summary>
    NoLetters = 16,

    /// <summary>The word opens its sentence (set by feature extractors, not by <see cref="WordShape.Flags"/>).</summary>
    SentenceInitial = 32,
}
