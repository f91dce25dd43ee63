namespace Entente.Analysis;

/// <summary>Renders briefings as Markdown and HTML.</summary>
internal static class BriefingRenderer
{
    public static string Markdown(Briefing briefing) => throw new NotImplementedException();

    public static string Html(Briefing briefing) => throw new NotImplementedException();
}
