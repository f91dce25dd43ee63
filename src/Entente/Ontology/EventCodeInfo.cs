namespace Entente.Ontology;

/// <summary>One CAMEO event code with its weights and its PLOVER equivalent.</summary>
/// <param name="Code">The CAMEO code, two to four digits ("042").</param>
/// <param name="Name">The CAMEO name ("Make a visit").</param>
/// <param name="Root">The two-digit root the code belongs to ("04").</param>
/// <param name="QuadClass">1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</param>
/// <param name="Goldstein">The Goldstein conflict–cooperation weight, −10 to +10.</param>
/// <param name="PloverType">The PLOVER type (CONSULT, ASSAULT, …), or null for statements, which PLOVER does not code.</param>
/// <param name="PloverMode">The PLOVER mode ("visit"), or null when the CAMEO code does not pin one.</param>
public sealed record EventCodeInfo(string Code, string Name, string Root, int QuadClass, double Goldstein, string? PloverType, string? PloverMode)
{
    /// <summary>Notes from the source tables (ICEWS wording, borrowed weights), or null.</summary>
    public string? Description { get; init; }
}
