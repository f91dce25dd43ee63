namespace Entente.Analysis;

/// <summary>
/// Which briefing section a CAMEO code belongs in. Economic and military come first, by the CAMEO codes that
/// name economic or military matters whatever their quad class (economic aid and sanctions; military aid,
/// force posture, threats of force and armed violence); every other code goes by its quad class: cooperation
/// is diplomatic, conflict is conflict.
/// </summary>
public static class BriefingTopics
{
    private static readonly string[] Economic =
        ["0211", "0231", "0311", "0331", "061", "071", "081", "085", "1011", "1031", "1211", "1311", "1312", "1621", "163"];

    private static readonly string[] Military =
        ["0212", "0232", "0312", "0332", "0334", "062", "072", "074", "087", "1012", "1032", "1212", "138", "1622", "15", "18", "19", "20"];

    /// <summary>The topic of a CAMEO code (two to four digits).</summary>
    /// <exception cref="ArgumentException">The code is not two to four digits with a root from 01 to 20.</exception>
    public static BriefingTopic Of(string cameo)
    {
        ArgumentNullException.ThrowIfNull(cameo);
        if (cameo.Length is < 2 or > 4 || !cameo.All(char.IsAsciiDigit) || int.Parse(cameo[..2], System.Globalization.CultureInfo.InvariantCulture) is < 1 or > 20)
        {
            throw new ArgumentException($"\"{cameo}\" is not a CAMEO code.", nameof(cameo));
        }

        if (Economic.Any(prefix => cameo.StartsWith(prefix, StringComparison.Ordinal)))
        {
            return BriefingTopic.Economic;
        }

        if (Military.Any(prefix => cameo.StartsWith(prefix, StringComparison.Ordinal)))
        {
            return BriefingTopic.Military;
        }

        // CAMEO's quad classes by root: 01–08 cooperation, 09–20 conflict.
        return int.Parse(cameo[..2], System.Globalization.CultureInfo.InvariantCulture) <= 8 ? BriefingTopic.Diplomatic : BriefingTopic.Conflict;
    }

    /// <summary>The heading of a topic's section.</summary>
    public static string Title(BriefingTopic topic) => topic switch
    {
        BriefingTopic.Diplomatic => "Diplomatic",
        BriefingTopic.Military => "Military",
        BriefingTopic.Economic => "Economic",
        BriefingTopic.Conflict => "Conflict",
        _ => throw new ArgumentOutOfRangeException(nameof(topic), topic, null),
    };
}
