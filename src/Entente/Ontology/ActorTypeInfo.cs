namespace Entente.Ontology;

/// <summary>A CAMEO actor code that is not a named actor: a sector (GOV, MIL), a region (MEA) or a country (IRN).</summary>
/// <param name="Code">The three-letter code (six for a dependent territory such as USAPRI).</param>
/// <param name="Name">Its English name ("Government", "Middle East", "Iran").</param>
/// <param name="Kind">"sector", "region", "country" or "territory".</param>
public sealed record ActorTypeInfo(string Code, string Name, string Kind);
