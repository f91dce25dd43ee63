namespace Entente.Analysis;

/// <summary>
/// What the store knows of one actor — the seed article's "Key Personal Data" table built from evidence: name,
/// country, roles with dates (from the knowledge base and from the text), top partners and latest events.
/// </summary>
/// <param name="Query">What was asked for (a name, actor id or code).</param>
/// <param name="ActorId">Knowledge-base id, when the actor has one.</param>
/// <param name="Name">Display name (the query when no stored event names the actor).</param>
/// <param name="Codes">CAMEO codes the actor was coded with, most frequent first, each with its evidence.</param>
/// <param name="Country">Country, when known.</param>
/// <param name="Roles">Roles with dates: knowledge-base roles first (by start date), then roles read in the text.</param>
/// <param name="Events">Event clusters the actor took part in.</param>
/// <param name="Reports">Stored reports of those clusters naming the actor.</param>
/// <param name="TopPartners">Partners by number of shared clusters, most first.</param>
/// <param name="LatestEvents">The latest event clusters, newest first.</param>
/// <param name="Quotes">How many stored quotes the actor is the speaker of.</param>
public sealed record ActorProfile(
    string Query,
    string? ActorId,
    string Name,
    IReadOnlyList<ProfileFact> Codes,
    ProfileFact? Country,
    IReadOnlyList<ProfileRole> Roles,
    int Events,
    int Reports,
    IReadOnlyList<Partner> TopPartners,
    IReadOnlyList<Evidence> LatestEvents,
    int Quotes);

/// <summary>One cell of a profile with the reports it was read from.</summary>
/// <param name="Value">The value ("RUSGOV", "RUS").</param>
/// <param name="Count">How many reports carry it.</param>
/// <param name="Evidence">Some of those reports (the latest first), at most a handful.</param>
public sealed record ProfileFact(string Value, int Count, IReadOnlyList<Evidence> Evidence);

/// <summary>Where a role of a profile comes from.</summary>
public enum RoleOrigin
{
    /// <summary>The actor knowledge base (data/actors), with its dates.</summary>
    KnowledgeBase,

    /// <summary>The stored text: the role the extraction resolved in the articles, dated by them.</summary>
    Text,
}

/// <summary>A role an actor held.</summary>
/// <param name="Title">The office ("President of Iran"); the code when the source gives no title.</param>
/// <param name="Code">The CAMEO code of the role, when known.</param>
/// <param name="From">First day, when known.</param>
/// <param name="To">Last day, when known (null while it lasts).</param>
/// <param name="Origin">Knowledge base or text.</param>
/// <param name="Evidence">For text roles, the reports that show it (empty for knowledge-base roles seen in no report).</param>
public sealed record ProfileRole(string Title, string? Code, DateOnly? From, DateOnly? To, RoleOrigin Origin, IReadOnlyList<Evidence> Evidence);

/// <summary>Someone an actor has events with.</summary>
/// <param name="Key">The partner's actor id, else its code.</param>
/// <param name="Name">Display name, else the code.</param>
/// <param name="Country">Country, when known.</param>
/// <param name="Events">Shared event clusters.</param>
/// <param name="Cooperation">Of those, cooperation (quad 1–2).</param>
/// <param name="Conflict">Of those, conflict (quad 3–4).</param>
/// <param name="GoldsteinSum">Sum of the clusters' Goldstein scores.</param>
/// <param name="Evidence">The shared clusters, newest first.</param>
public sealed record Partner(string Key, string Name, string? Country, int Events, int Cooperation, int Conflict, double GoldsteinSum, IReadOnlyList<Evidence> Evidence);
