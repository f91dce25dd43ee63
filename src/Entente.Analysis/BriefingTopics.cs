namespace Entente.Analysis;

/// <summary>Which briefing section a CAMEO code belongs in.</summary>
public static class BriefingTopics
{
    /// <summary>The topic of a CAMEO code (two to four digits).</summary>
    public static BriefingTopic Of(string cameo) => throw new NotImplementedException();
}
