using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Entente.Actors;
using Entente.Cli.Exporting;
using Entente.Documents;
using Entente.Events;
using Entente.Pipeline;
using Entente.Places;
using Entente.Storage;
using Entente.Tests.Storage;
using Parquet;
using Parquet.Schema;

namespace Entente.Tests.Cli;

/// <summary>
/// <c>entente export</c> in every format, read back with the tools the formats are meant for, over a store of
/// each provider. Each provider runs all of it through a one-line sealed subclass.
/// </summary>
public abstract class ExportCommandTests(TestDatabase database) : IAsyncLifetime, IDisposable
{
    // A name with a tab, which would shift every later GDELT column if written as it is.
    private static readonly ActorRef Rebels = new() { Code = "SYRREB", Name = "Free\tSyrian Army", Country = "SYR", Sector = "REB", Kind = ActorKind.Group };

    private readonly TempFolder _folder = new();

    /// <summary>The --db value naming this test's database.</summary>
    protected abstract string Spec { get; }

    protected TestDatabase Database => database;

    public async Task InitializeAsync()
    {
        await using var store = await database.OpenAsync();
        (await store.SaveBatchAsync([Meeting(), Strike(), Talks(), Rebellion(), StrikeElsewhere()])).EventsAdded.ShouldBe(10);
    }

    public async Task DisposeAsync()
    {
        Dispose();
        await database.DisposeAsync();
    }

    public void Dispose()
    {
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }

    // Store order: met, praised, praised-again (10-11); struck, condemned (10-26); struck as told by another
    // outlet (10-27); shelled (11-01); then the Talks article's events, dated by their article (11-02) in GDELT
    // but undated in the store: meet (negated), visit (intended), sent (reported). Ten reports of eight events:
    // the praise is reported twice in one article, the strike by two outlets.
    private static Extraction Meeting() => Some.Article(
            "Russian President Vladimir Putin met Iranian President Masoud Pezeshkian in Ashgabat on Friday. " +
            "Putin praised the \"very close relationship\" between Russia and Iran. Putin praised Iran again.",
            "Putin meets Pezeshkian, \"again\"\nin Ashgabat",
            new DateOnly(2024, 10, 11))
        .Event("Vladimir Putin", Some.Putin, "met", "Masoud Pezeshkian", Some.Pezeshkian, "044", 1, 1.0, "2024-10-11",
            e => e with { Location = Some.Ashgabat, Plover = new PloverCode("CONSULT", "third-party"), DateText = "on Friday" })
        .Event("Putin", Some.Putin, "praised", "Iran", Some.Iran, "051", 1, 3.4, "2024-10-11")
        .With(x => x.Events.Add(x.Events[1] with
        {
            Id = x.Article.Id[..12] + "-again",
            Sentence = 2,
            Trigger = new TextSpan("praised", x.Article.Text.LastIndexOf("praised", StringComparison.Ordinal), x.Article.Text.LastIndexOf("praised", StringComparison.Ordinal) + 7),
            Source = x.Events[1].Source with { Start = x.Article.Text.LastIndexOf("Putin", StringComparison.Ordinal), End = x.Article.Text.LastIndexOf("Putin", StringComparison.Ordinal) + 5 },
            Target = x.Events[1].Target! with { Start = x.Article.Text.LastIndexOf("Iran", StringComparison.Ordinal), End = x.Article.Text.LastIndexOf("Iran", StringComparison.Ordinal) + 4 },
            Goldstein = 3.5,
        }))
        .Build();

    private static Extraction Strike() => Some.Article(
            "Israeli jets struck military targets in Iran on October 26. Iran condemned Israel for the strikes.",
            "Israel strikes Iran",
            new DateOnly(2024, 10, 26))
        .Event("Israeli jets", Some.IsraeliMilitary, "struck", "Iran", Some.Iran, "195", 4, -10, "2024-10-26",
            e => e with { Location = new Place { Name = "Iran", Country = "IRN", Lat = 32, Lon = 53, Precision = "country" } })
        .Event("Iran", Some.Iran, "condemned", "Israel", Some.Israel, "111", 3, -2, "2024-10-26")
        .Build();

    private static Extraction Talks() => Some.Article(
            "Iran did not meet Israeli officials in Vienna. Pezeshkian plans to visit Moscow next month. " +
            "Officials said Russia sent drones to Iran.",
            "Iran rejects talks",
            new DateOnly(2024, 11, 2))
        .Event("Iran", Some.Iran, "meet", "Israeli officials", Some.Israel, "040", 1, 1.0, change: e => e with { Negated = true })
        .Event("Pezeshkian", Some.Pezeshkian, "visit", "Moscow", Some.Russia, "042", 1, 1.9, change: e => e with { Modality = Modality.Intended })
        .Event("Russia", Some.Russia, "sent", "Iran", Some.Iran, "0721", 2, 7.4, change: e => e with { Modality = Modality.Reported })
        .Build();

    private static Extraction StrikeElsewhere() => new ExtractionBuilder(new Article("Israeli jets struck Iran overnight.")
        {
            Title = "Israel hits Iran",
            PublishedOn = new DateOnly(2024, 10, 27),
            Url = "https://other.example/israel-hits-iran",
            Source = "other.example",
        })
        .Event("Israeli jets", Some.IsraeliMilitary, "struck", "Iran", Some.Iran, "195", 4, -10, "2024-10-27")
        .Build();

    private static Extraction Rebellion() => Some.Article(
            "Rebels shelled the outskirts of Aleppo on Friday.",
            "Shelling near Aleppo",
            new DateOnly(2024, 11, 1))
        .Event("Rebels", Rebels, "shelled", null, null, "190", 4, -10, "2024-11-01")
        .Build();

    private static string[] GdeltCodebookColumns { get; } =
    [
        "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
        "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
        "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
        "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
        "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
        "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ];

    private async Task<CliRun> ExportAsync(params string[] args) => await CliRun.RunAsync(["export", "--db", Spec, .. args]);

    private static Dictionary<string, string> GdeltRow(string line)
    {
        var fields = line.Split('\t');
        fields.Length.ShouldBe(61, line);
        return GdeltCodebookColumns.Zip(fields).ToDictionary(pair => pair.First, pair => pair.Second);
    }

    [Fact]
    public void TheGdeltColumnsAreThe61OfTheCodebookInItsOrder()
    {
        GdeltExport.Columns.ShouldBe(GdeltCodebookColumns);
        GdeltCodebookColumns.Length.ShouldBe(61);
    }

    [Fact]
    public async Task GdeltRowsHave61TabSeparatedFieldsWithTheEventsCodesActorsDatesAndPlace()
    {
        var run = await ExportAsync("--format", "gdelt");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldNotContain("\r");
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // One row per event: the second report of the praise and of the strike are counted in their events' rows.
        lines.Length.ShouldBe(8);
        var rows = lines.Select(GdeltRow).ToList();
        rows.Select(row => row["GlobalEventID"]).Distinct().Count().ShouldBe(8);
        rows.ShouldAllBe(row => long.Parse(row["GlobalEventID"], CultureInfo.InvariantCulture) > 0);

        var met = rows[0];
        met["GlobalEventID"].ShouldBe(GdeltExport.GlobalEventId(Meeting().Events[0].Id).ToString(CultureInfo.InvariantCulture));
        met["Day"].ShouldBe("20241011");
        met["MonthYear"].ShouldBe("202410");
        met["Year"].ShouldBe("2024");
        met["FractionDate"].ShouldBe("2024.7760"); // day 285 of a leap year: 284 / 366
        met["Actor1Code"].ShouldBe("RUSGOV");
        met["Actor1Name"].ShouldBe("Vladimir Putin");
        met["Actor1CountryCode"].ShouldBe("RUS");
        met["Actor1Type1Code"].ShouldBe("GOV");
        met["Actor2Code"].ShouldBe("IRNGOV");
        met["Actor2CountryCode"].ShouldBe("IRN");
        met["IsRootEvent"].ShouldBe("1");
        met["EventCode"].ShouldBe("044");
        met["EventBaseCode"].ShouldBe("044");
        met["EventRootCode"].ShouldBe("04");
        met["QuadClass"].ShouldBe("1");
        met["GoldsteinScale"].ShouldBe("1.0");
        met["NumMentions"].ShouldBe("1");
        met["NumSources"].ShouldBe("1");
        met["NumArticles"].ShouldBe("1");
        met["AvgTone"].ShouldBe("");
        met["Actor1Geo_Type"].ShouldBe("");
        met["ActionGeo_Type"].ShouldBe("4");
        met["ActionGeo_FullName"].ShouldBe("Ashgabat");
        met["ActionGeo_Lat"].ShouldBe("37.95");
        met["ActionGeo_Long"].ShouldBe("58.3833");
        met["DATEADDED"].ShouldMatch("^20[0-9]{12}$");
        met["SOURCEURL"].ShouldBe(Meeting().Article.Url);

        rows[1]["IsRootEvent"].ShouldBe("0");
        rows[1]["ActionGeo_Type"].ShouldBe("");
        (rows[1]["NumMentions"], rows[1]["NumSources"], rows[1]["NumArticles"]).ShouldBe(("2", "1", "1"));
        var struck = rows[2];
        struck["EventCode"].ShouldBe("195");
        struck["ActionGeo_Type"].ShouldBe("1");
        (struck["NumMentions"], struck["NumSources"], struck["NumArticles"]).ShouldBe(("2", "2", "2"));
        struck["SOURCEURL"].ShouldBe(Strike().Article.Url, "the first report's article");

        // An undated event takes its article's date; a four-digit code has a three-digit base.
        var sent = rows.Single(row => row["EventCode"] == "0721");
        sent["Day"].ShouldBe("20241102");
        sent["EventBaseCode"].ShouldBe("072");
        sent["EventRootCode"].ShouldBe("07");

        // A one-actor event leaves Actor2 empty; a tab inside a value becomes a space.
        var shelled = rows.Single(row => row["EventCode"] == "190");
        shelled["Actor1Name"].ShouldBe("Free Syrian Army");
        shelled["Actor2Code"].ShouldBe("");
    }

    [Fact]
    public async Task CsvHasAHeaderAndQuotesCommasQuotesAndLineBreaks()
    {
        var path = _folder["events.csv"];
        var run = await ExportAsync("--format", "csv", "--out", path);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Error.ShouldContain("10 events written");
        var text = await File.ReadAllTextAsync(path);
        text.ShouldContain("\"Putin meets Pezeshkian, \"\"again\"\"\nin Ashgabat\"");
        var rows = Csv.Parse(text);
        rows.Count.ShouldBe(11);
        var header = rows[0];
        rows.ShouldAllBe(row => row.Count == header.Count);
        var title = header.IndexOf("articleTitle");
        var evidence = header.IndexOf("evidence");
        rows[1][header.IndexOf("id")].ShouldBe(Meeting().Events[0].Id);
        rows[1][title].ShouldBe("Putin meets Pezeshkian, \"again\"\nin Ashgabat");
        rows[2][evidence].ShouldBe("Putin praised the \"very close relationship\" between Russia and Iran.");
        rows[1][header.IndexOf("locationLat")].ShouldBe("37.95");
        rows[1][header.IndexOf("goldstein")].ShouldBe("1");
    }

    [Fact]
    public async Task JsonLinesHoldOneEventRecordPerLineInStoreOrder()
    {
        var run = await ExportAsync("--format", "jsonl");

        run.ExitCode.ShouldBe(0, run.ToString());
        var records = run.OutLines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        records.Select(r => r.GetProperty("trigger").GetProperty("text").GetString())
            .ShouldBe(["met", "praised", "praised", "struck", "condemned", "struck", "shelled", "meet", "visit", "sent"]);
        records[0].GetProperty("location").GetProperty("geonamesId").GetInt64().ShouldBe(162183);
        records[0].GetProperty("article").GetProperty("title").GetString().ShouldBe("Putin meets Pezeshkian, \"again\"\nin Ashgabat");
        records[7].GetProperty("negated").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task TheFiltersOfEventsNarrowTheExport()
    {
        (await ExportAsync("--format", "jsonl", "--dyad", "RUS:IRN")).OutLines.Length.ShouldBe(5);
        (await ExportAsync("--format", "jsonl", "--code", "19")).OutLines.Length.ShouldBe(3);
        (await ExportAsync("--format", "jsonl", "--actor", "ISR")).OutLines.Length.ShouldBe(4);
        (await ExportAsync("--format", "jsonl", "--since", "2024-10-12", "--until", "2024-10-31")).OutLines.Length.ShouldBe(3);
        (await ExportAsync("--format", "gdelt", "--dyad", "ISR:IRN", "--code", "11")).OutLines.ShouldHaveSingleItem().ShouldContain("\t111\t");
    }

    [Fact]
    public async Task ParquetReadsBackWithTypedColumnsAndNulls()
    {
        var path = _folder["events.parquet"];
        var run = await ExportAsync("--format", "parquet", "--out", path);

        run.ExitCode.ShouldBe(0, run.ToString());
        // Dates are Parquet DATE columns: read back as DateOnly when asked, as DateTime by default.
        await using var reader = await ParquetReader.CreateAsync(path, new ParquetOptions { UseDateOnlyTypeForDates = true });
        reader.RowGroupCount.ShouldBe(1);
        var fields = reader.Schema.GetDataFields().ToDictionary(field => field.Name);
        fields["date"].ClrType.ShouldBe(typeof(DateOnly));
        fields["goldstein"].ClrType.ShouldBe(typeof(double));
        fields["quadClass"].ClrType.ShouldBe(typeof(int));
        fields["negated"].ClrType.ShouldBe(typeof(bool));
        fields["locationGeonamesId"].ClrType.ShouldBe(typeof(long));

        using var group = reader.OpenRowGroupReader(0);
        group.RowCount.ShouldBe(10);
        var ids = new string?[10];
        await group.ReadAsync(fields["id"], ids.AsMemory());
        ids[0].ShouldBe(Meeting().Events[0].Id);
        var dates = new DateOnly?[10];
        await group.ReadAsync<DateOnly>(fields["date"], dates.AsMemory());
        dates[0].ShouldBe(new DateOnly(2024, 10, 11));
        dates[9].ShouldBeNull();
        var goldstein = new double[10];
        await group.ReadAsync<double>(fields["goldstein"], goldstein.AsMemory());
        goldstein.ShouldBe([1.0, 3.4, 3.5, -10, -2, -10, -10, 1.0, 1.9, 7.4]);
        var negated = new bool[10];
        await group.ReadAsync<bool>(fields["negated"], negated.AsMemory());
        negated.Count(flag => flag).ShouldBe(1);
        negated[7].ShouldBeTrue();
        var targets = new string?[10];
        await group.ReadAsync(fields["targetCode"], targets.AsMemory());
        targets[6].ShouldBeNull();
        targets[0].ShouldBe("IRNGOV");
        var lats = new double?[10];
        await group.ReadAsync<double>(fields["locationLat"], lats.AsMemory());
        lats[0].ShouldBe(37.95);
        lats[1].ShouldBeNull();
    }

    [Fact]
    public async Task ParquetSplitsLargeExportsIntoRowGroupsThatTogetherHoldEveryEvent()
    {
        await using var store = await Database.OpenAsync();
        using var file = new MemoryStream();
        var count = await ParquetExport.WriteAsync(store.StreamEventsAsync(new EventQuery()), file, CancellationToken.None, rowGroupSize: 4);

        count.ShouldBe(10);
        file.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(file);
        reader.RowGroupCount.ShouldBe(3);
        var field = reader.Schema.GetDataFields().Single(f => f.Name == "trigger");
        var triggers = new List<string>();
        for (var i = 0; i < reader.RowGroupCount; i++)
        {
            using var group = reader.OpenRowGroupReader(i);
            var values = new string?[group.RowCount];
            await group.ReadAsync(field, values.AsMemory());
            triggers.AddRange(values.Select(value => value!));
        }

        triggers.ShouldBe(["met", "praised", "praised", "struck", "condemned", "struck", "shelled", "meet", "visit", "sent"]);
    }

    [Fact]
    public async Task GraphMlIsValidXmlWithActorsAsNodesAndCountedDyadsAsEdges()
    {
        var path = _folder["network.graphml"];
        var run = await ExportAsync("--format", "graphml", "--out", path);

        run.ExitCode.ShouldBe(0, run.ToString());
        XNamespace g = GraphMlExport.Namespace;
        var document = XDocument.Load(path);
        document.Root!.Name.ShouldBe(g + "graphml");
        var keys = document.Root.Elements(g + "key").ToDictionary(key => (string)key.Attribute("id")!);
        var graph = document.Root.Element(g + "graph")!;
        graph.Attribute("edgedefault")!.Value.ShouldBe("directed");

        string? Data(XElement element, string key) => element.Elements(g + "data").SingleOrDefault(d => (string)d.Attribute("key")! == key)?.Value;

        // Counted: the events met, praised (two reports), struck (two reports), condemned, sent. Not: the negated
        // meeting, the intended visit, the one-actor shelling.
        run.Error.ShouldContain("5 events counted");
        var nodes = graph.Elements(g + "node").ToDictionary(node => (string)node.Attribute("id")!);
        nodes.Keys.Order(StringComparer.Ordinal).ShouldBe(["IRN", "IRNGOV", "ISR", "ISRMIL", "RUS", "RUSGOV"]);
        Data(nodes["RUSGOV"], "names").ShouldBe("Vladimir Putin");
        Data(nodes["RUSGOV"], "country").ShouldBe("RUS");
        Data(nodes["IRN"], "nodeEvents").ShouldBe("4");

        var edges = graph.Elements(g + "edge").ToDictionary(edge => ((string)edge.Attribute("source")!, (string)edge.Attribute("target")!));
        edges.Count.ShouldBe(5);
        edges.Values.ShouldAllBe(edge => nodes.ContainsKey((string)edge.Attribute("source")!) && nodes.ContainsKey((string)edge.Attribute("target")!));
        edges.Values.Select(edge => (string)edge.Attribute("id")!).Distinct().Count().ShouldBe(5);
        var praise = edges[("RUSGOV", "IRN")];
        Data(praise, "events").ShouldBe("1");
        Data(praise, "reports").ShouldBe("2");
        Data(praise, "verbalCooperation").ShouldBe("1");
        Data(praise, "materialConflict").ShouldBe("0");
        // One score per event: its head's, the first report by date then id (here the "-again" one, 3.5).
        double.Parse(Data(praise, "goldsteinSum")!, CultureInfo.InvariantCulture).ShouldBe(3.5);
        var strikes = edges[("ISRMIL", "IRN")];
        (Data(strikes, "events"), Data(strikes, "reports"), Data(strikes, "materialConflict")).ShouldBe(("1", "2", "1"));
        Data(edges[("RUS", "IRN")], "materialCooperation").ShouldBe("1");
        Data(edges[("IRN", "ISR")], "events").ShouldBe("1", "the condemnation counts, the meeting that did not happen does not");
        Data(edges[("IRN", "ISR")], "verbalCooperation").ShouldBe("0");
        var meetings = edges[("RUSGOV", "IRNGOV")];
        double.Parse(Data(meetings, "goldsteinMean")!, CultureInfo.InvariantCulture).ShouldBe(1.0);
        keys["goldsteinSum"].Attribute("attr.type")!.Value.ShouldBe("double");
    }

    [Fact]
    public async Task ParquetToStandardOutputIsRefusedWithTheFix()
    {
        var run = await ExportAsync("--format", "parquet");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--out FILE");
    }

    [Fact]
    public async Task AnUnknownFormatIsAUsageError()
    {
        var run = await ExportAsync("--format", "xlsx");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("xlsx");
    }

    [Fact]
    public async Task AnExportThatCannotBeWrittenSaysWhyAndLeavesThePreviousFileAlone()
    {
        var path = _folder["events.gdelt"];
        await File.WriteAllTextAsync(path, "previous export");
        Directory.CreateDirectory(path + ".partial");

        var run = await ExportAsync("--format", "gdelt", "--out", path);

        run.ExitCode.ShouldBe(1, run.ToString());
        run.Error.ShouldContain("cannot write");
        (await File.ReadAllTextAsync(path)).ShouldBe("previous export");
    }
}

public sealed class SqliteExportCommandTests() : ExportCommandTests(new SqliteTestDatabase())
{
    protected override string Spec => ((SqliteTestDatabase)Database).Path;

    [Fact]
    public async Task AnEmptyDateRangeIsAUsageErrorAndWritesNoFile()
    {
        using var folder = new TempFolder();
        var run = await CliRun.RunAsync("export", "--db", Spec, "--format", "csv", "--since", "2024-12-01", "--until", "2024-01-01", "--out", folder["x.csv"]);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--since 2024-12-01 is after --until 2024-01-01");
        File.Exists(folder["x.csv"]).ShouldBeFalse();
    }

    [Fact]
    public async Task AMissingSqliteDatabaseIsNamedInTheError()
    {
        var run = await CliRun.RunAsync("export", "--format", "csv", "--db", Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.db"));

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("no database at");
    }
}

public sealed class PostgresExportCommandTests() : ExportCommandTests(new PostgresTestDatabase())
{
    protected override string Spec => ((PostgresTestDatabase)Database).Url;
}

/// <summary>A strict RFC 4180 reader for the tests: quoted fields may hold commas, doubled quotes and line breaks.</summary>
internal static class Csv
{
    public static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                field.Length.ShouldBe(0, "a quote may only open a field");
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                (c is '\r' or '\n').ShouldBeFalse("an unquoted line break must be CRLF");
                field.Append(c);
            }
        }

        quoted.ShouldBeFalse("the last quoted field is closed");
        row.Count.ShouldBe(0, "the file ends with a line break");
        return rows;
    }
}
