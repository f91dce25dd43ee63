namespace Entente.Tools.Actors;

/// <summary>Which PETRARCH dictionary an entry came from; each file holds a different sort of actor.</summary>
internal enum SourceFile
{
    Countries,
    International,
    MilNonState,
}
