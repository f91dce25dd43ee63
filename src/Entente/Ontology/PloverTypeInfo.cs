namespace Entente.Ontology;

/// <summary>One of the 16 PLOVER event types.</summary>
/// <param name="Type">The type name (CONSULT).</param>
/// <param name="Modes">The modes the PLOVER codebook lists for it (visit, phone, …); empty when it has none.</param>
/// <param name="Description">The codebook's definition.</param>
public sealed record PloverTypeInfo(string Type, IReadOnlyList<string> Modes, string Description);
