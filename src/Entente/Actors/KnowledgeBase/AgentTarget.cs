namespace Entente.Actors.KnowledgeBase;

/// <summary>An agent phrase's sector and title.</summary>
internal sealed class AgentTarget(string sector, string title)
{
    public string Sector { get; } = sector;

    public string Title { get; } = title;
}
