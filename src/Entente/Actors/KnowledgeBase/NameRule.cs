namespace Entente.Actors.KnowledgeBase;

/// <summary>How a surface name refers to its actor.</summary>
internal enum NameRule
{
    /// <summary>The actor's own name or a spelling of it.</summary>
    Name,

    /// <summary>An adjective or noun for a state's people ("Russian", "Iranians").</summary>
    Demonym,

    /// <summary>A place inside a state standing for it (PETRARCH lists provinces and cities under their country).</summary>
    Place,

    /// <summary>A capital or seat of government standing for the government ("Moscow", "White House").</summary>
    Capital,
}
