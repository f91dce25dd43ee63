namespace Entente.Tools.Actors;

/// <summary>A code of an actor, valid from/to the given dates (inclusive), or the default when both are null.</summary>
internal sealed record CodeRestriction(string Code, DateOnly? From, DateOnly? To)
{
    public bool IsDefault => From is null && To is null;
}
