namespace Entente.Actors.KnowledgeBase;

/// <summary>A role an actor of the knowledge base holds or held, as <see cref="ActorKnowledgeBase.RolesOf"/> gives it.</summary>
/// <param name="Code">The CAMEO code the actor has in the role ("IRNGOV").</param>
/// <param name="Title">The office ("President of Iran"), when the knowledge base names it.</param>
/// <param name="From">First day, when known.</param>
/// <param name="To">Last day, when known; null while it lasts.</param>
public sealed record KnownRole(string Code, string? Title, DateOnly? From, DateOnly? To);
