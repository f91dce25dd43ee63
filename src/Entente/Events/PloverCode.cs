namespace Entente.Events;

/// <summary>A PLOVER event type and, where the CAMEO code pins it, its mode.</summary>
/// <param name="Type">One of the 16 PLOVER types (CONSULT, ASSAULT, …).</param>
/// <param name="Mode">The mode within the type (visit, aerial, …), or null.</param>
public sealed record PloverCode(string Type, string? Mode);
