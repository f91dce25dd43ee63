using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Entente.Events;
using Entente.Storage;

namespace Entente.Cli.Exporting;

/// <summary>
/// The GDELT 2.0 event table (codebook V2.0, 2015): 61 tab-separated columns, no header, one event per line.
/// Columns Entente has no value for stay empty rather than carry a guess; docs/exports.md has the mapping.
/// </summary>
/// <remarks>
/// A GDELT row is one event however many articles report it, with NumMentions, NumSources and NumArticles
/// saying how many, and SOURCEURL the first report. So an event cluster is written once, as its head (first
/// stored report), and its other reports are skipped: GDELT tools that count rows count events, not reports.
/// </remarks>
internal static class GdeltExport
{
    /// <summary>The 61 column names, in the codebook's order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
        .. ActorColumns("Actor1"),
        .. ActorColumns("Actor2"),
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
        .. GeoColumns("Actor1Geo"),
        .. GeoColumns("Actor2Geo"),
        .. GeoColumns("ActionGeo"),
        "DATEADDED", "SOURCEURL",
    ];

    /// <summary>Writes every event as one line; returns how many were written.</summary>
    public static async Task<long> WriteAsync(IAsyncEnumerable<StoredEvent> events, TextWriter output, CancellationToken cancellationToken)
    {
        var line = new StringBuilder(512);
        var fields = new string?[Columns.Count];
        long count = 0;
        await foreach (var stored in events.WithCancellation(cancellationToken))
        {
            if (stored.Cluster is { } cluster && cluster.HeadEventId != stored.Event.Id)
            {
                continue;
            }

            Fill(stored, fields);
            line.Clear();
            for (var i = 0; i < fields.Length; i++)
            {
                if (i > 0)
                {
                    line.Append('\t');
                }

                AppendField(line, fields[i]);
            }

            // GDELT files end lines with a bare newline, whatever the platform.
            line.Append('\n');
            await output.WriteAsync(line, cancellationToken);
            count++;
        }

        return count;
    }

    /// <summary>The 61 fields of one event, null where Entente has no value.</summary>
    public static string?[] Fields(StoredEvent stored)
    {
        var fields = new string?[Columns.Count];
        Fill(stored, fields);
        return fields;
    }

    /// <summary>
    /// A positive 63-bit number from the event's id: GDELT tools read GlobalEventID as an integer, and a hash keeps
    /// it stable across exports and stores (a collision needs about three billion events to become likely).
    /// </summary>
    public static long GlobalEventId(string eventId)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(eventId), hash);
        return (long)(System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(hash) & long.MaxValue);
    }

    private static void Fill(StoredEvent stored, string?[] fields)
    {
        Array.Clear(fields);
        var e = stored.Event;
        var i = 0;
        fields[i++] = Number(GlobalEventId(e.Id));

        // GDELT dates every event; an event whose date the text does not give takes its article's date, as
        // GDELT does with the publication date.
        DateOnly? day = e.Date is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : stored.ArticlePublished;
        if (day is { } d)
        {
            fields[i] = d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            fields[i + 1] = d.ToString("yyyyMM", CultureInfo.InvariantCulture);
            fields[i + 2] = d.Year.ToString(CultureInfo.InvariantCulture);
            var fraction = d.Year + ((d.DayOfYear - 1) / (double)(DateTime.IsLeapYear(d.Year) ? 366 : 365));
            fields[i + 3] = fraction.ToString("0.0000", CultureInfo.InvariantCulture);
        }

        i += 4;
        i = FillActor(fields, i, e.Source);
        i = FillActor(fields, i, e.Target);

        // GDELT's IsRootEvent marks events of the lead paragraph; the first sentence is Entente's nearest equivalent.
        fields[i++] = e.Sentence == 0 ? "1" : "0";
        fields[i++] = e.Cameo;
        fields[i++] = e.Cameo.Length > 3 ? e.Cameo[..3] : e.Cameo;
        fields[i++] = e.Root;
        fields[i++] = Number(e.QuadClass);
        fields[i++] = e.Goldstein.ToString("0.0", CultureInfo.InvariantCulture);

        // Reports of the event (stored events of its cluster), the outlets and the articles they came from.
        fields[i++] = Number(stored.Cluster?.NumEvents ?? 1);
        fields[i++] = Number(stored.Cluster?.NumSources ?? 1);
        fields[i++] = Number(stored.Cluster?.NumArticles ?? 1);
        i++; // AvgTone: Entente measures no tone.
        i += 8; // Actor1Geo: actors are not geocoded.
        i += 8; // Actor2Geo.
        if (e.Location is { } place)
        {
            fields[i] = GeoType(place.Precision, place.Country);
            fields[i + 1] = place.Name;

            // GDELT's country codes here are FIPS 10-4, which Entente does not hold; the ISO code is in the other formats.
            fields[i + 5] = place.Lat?.ToString("0.####", CultureInfo.InvariantCulture);
            fields[i + 6] = place.Lon?.ToString("0.####", CultureInfo.InvariantCulture);
        }

        i += 8;
        fields[i++] = stored.ArticleIngestedAt?.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        fields[i++] = stored.ArticleUrl;
        System.Diagnostics.Debug.Assert(i == fields.Length, "every GDELT column is filled in order");
    }

    private static int FillActor(string?[] fields, int i, EventActor? actor)
    {
        if (actor is not null)
        {
            fields[i] = actor.Code;
            fields[i + 1] = actor.Name;
            fields[i + 2] = actor.Country;

            // KnownGroup, Ethnic, Religion1, Religion2: not coded. Type1 is the CAMEO agent (GOV, MIL, …).
            fields[i + 7] = actor.Sector;
        }

        return i + 10;
    }

    // GDELT geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
    private static string? GeoType(string precision, string? country) => precision switch
    {
        "country" => "1",
        "city" => country == "USA" ? "3" : "4",
        _ => null,
    };

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    // A tab or line break inside a value would shift every later column, so they become spaces.
    private static void AppendField(StringBuilder line, string? value)
    {
        if (value is null)
        {
            return;
        }

        foreach (var c in value)
        {
            line.Append(c is '\t' or '\r' or '\n' ? ' ' : c);
        }
    }

    private static string[] ActorColumns(string actor) =>
    [
        $"{actor}Code", $"{actor}Name", $"{actor}CountryCode", $"{actor}KnownGroupCode", $"{actor}EthnicCode",
        $"{actor}Religion1Code", $"{actor}Religion2Code", $"{actor}Type1Code", $"{actor}Type2Code", $"{actor}Type3Code",
    ];

    private static string[] GeoColumns(string geo) =>
    [
        $"{geo}_Type", $"{geo}_FullName", $"{geo}_CountryCode", $"{geo}_ADM1Code", $"{geo}_ADM2Code",
        $"{geo}_Lat", $"{geo}_Long", $"{geo}_FeatureID",
    ];
}
