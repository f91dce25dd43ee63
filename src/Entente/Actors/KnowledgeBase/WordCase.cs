namespace Entente.Actors.KnowledgeBase;

/// <summary>What case a text token must have to match a word of a name, read from how the name is written.</summary>
internal enum WordCase : byte
{
    /// <summary>Any case: the name writes the word in lower case ("the West", "Houthi rebels").</summary>
    Any,

    /// <summary>Starts with a capital, so "turkey" the bird and "chad" do not match Turkey and Chad.</summary>
    Capitalised,

    /// <summary>All capitals: short acronyms (UN, US, IS) that are ordinary words in lower or title case.</summary>
    AllCapitals,
}
