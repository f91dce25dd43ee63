namespace Entente.Analysis;

/// <summary>The sections of a briefing, read from CAMEO codes (see <see cref="BriefingTopics"/>).</summary>
public enum BriefingTopic
{
    /// <summary>Statements, appeals, consultations, diplomatic cooperation and concessions.</summary>
    Diplomatic,

    /// <summary>Military cooperation and aid, force posture and military intentions.</summary>
    Military,

    /// <summary>Economic cooperation and aid, trade, sanctions and embargoes.</summary>
    Economic,

    /// <summary>Disapproval, rejection, threats, protest, coercion and violence.</summary>
    Conflict,
}

/// <summary>
/// A briefing on an actor or a dyad: a headline summary and one section per topic, each line one event cluster
/// citing its evidence sentence and articles. Render with <see cref="ToMarkdown"/> or <see cref="ToHtml"/>.
/// </summary>
/// <param name="Subject">What the briefing is about ("RUS:IRN", "Masoud Pezeshkian").</param>
/// <param name="Title">The heading.</param>
/// <param name="Since">First day covered, when bounded.</param>
/// <param name="Until">Last day covered, when bounded.</param>
/// <param name="Summary">Counts: clusters, reports, articles, sources, cooperation/conflict and trend, one sentence each.</param>
/// <param name="Sections">The four topics in the order of <see cref="BriefingTopic"/>, empty ones included.</param>
public sealed record Briefing(
    string Subject,
    string Title,
    DateOnly? Since,
    DateOnly? Until,
    IReadOnlyList<string> Summary,
    IReadOnlyList<BriefingSection> Sections)
{
    /// <summary>The briefing as Markdown: a heading per section, a bullet per line, the evidence quoted under it with links to the articles.</summary>
    public string ToMarkdown() => BriefingRenderer.Markdown(this);

    /// <summary>The briefing as a self-contained HTML fragment (an <c>article</c> element); every text from the store is HTML-escaped.</summary>
    public string ToHtml() => BriefingRenderer.Html(this);
}

/// <summary>One section of a briefing.</summary>
/// <param name="Topic">The topic.</param>
/// <param name="Title">Its heading ("Diplomatic").</param>
/// <param name="Lines">Its lines, newest first.</param>
public sealed record BriefingSection(BriefingTopic Topic, string Title, IReadOnlyList<BriefingLine> Lines);

/// <summary>One line of a briefing: one event cluster.</summary>
/// <param name="Date">Event date, when known.</param>
/// <param name="Text">What happened ("Vladimir Putin met Masoud Pezeshkian (CAMEO 044, Goldstein 1.0)").</param>
/// <param name="NumArticles">Articles reporting it.</param>
/// <param name="NumSources">Distinct sources reporting it.</param>
/// <param name="Evidence">Its reports, one per article (the shown report first).</param>
public sealed record BriefingLine(DateOnly? Date, string Text, int NumArticles, int NumSources, IReadOnlyList<Evidence> Evidence);
