namespace Entente.Tools.Actors;

/// <summary>
/// One actor record of a TABARI/PETRARCH actor dictionary: the phrases that name it and its codes, some of
/// them restricted to dates.
/// </summary>
internal sealed class DictionaryEntry
{
    public required string SourceFile { get; init; }

    public required int Line { get; init; }

    /// <summary>Phrases as written in the dictionary ("VLADIMIR_V._PUTIN"); the first is the primary phrase.</summary>
    public List<string> Phrases { get; } = [];

    /// <summary>Comments found on the entry's lines ("CountryInfo.txt", "kkl 21 Mar 13").</summary>
    public List<string> Comments { get; } = [];

    public List<CodeRestriction> Codes { get; } = [];
}
