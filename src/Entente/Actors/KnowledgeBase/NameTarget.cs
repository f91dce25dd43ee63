namespace Entente.Actors.KnowledgeBase;

/// <summary>What a surface name points at: the actor and how the name refers to it (the match's rule).</summary>
internal sealed class NameTarget(KbActor actor, string rule)
{
    public KbActor Actor { get; } = actor;

    public string Rule { get; } = rule;
}
