using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Entente.Server.Tests;

/// <summary>
/// The HTTP API against a real server over the sample corpus. One sealed subclass per store provider runs every
/// test on SQLite and on PostgreSQL.
/// </summary>
public abstract class ApiTests(ServerFixture server)
{
    private HttpClient Client => server.Client;

    [Fact]
    public async Task EventsOfADyadAreBetweenItsSidesAndCarryTheirEvidence()
    {
        var page = await GetJsonAsync("/api/events?dyad=RUS:IRN&pageSize=100");

        var items = page["items"]!.AsArray();
        items.Count.ShouldBeGreaterThan(5);
        foreach (var item in items)
        {
            var sides = new[] { Country(item!["source"]), Country(item["target"]) };
            sides.ShouldContain("RUS");
            sides.ShouldContain("IRN");
            var evidence = item["evidence"]!;
            var text = evidence["text"]!.GetValue<string>();
            var trigger = evidence["spans"]!.AsArray().Single(span => span!["role"]!.GetValue<string>() == "trigger")!;
            text[trigger["start"]!.GetValue<int>()..trigger["end"]!.GetValue<int>()].ShouldBe(item["trigger"]!["text"]!.GetValue<string>());
            item["article"]!["id"]!.GetValue<string>().Length.ShouldBe(32);
        }
    }

    [Fact]
    public async Task PagesFollowOneAnotherWithoutOverlap()
    {
        var first = await GetJsonAsync("/api/events?pageSize=7&page=1");
        var second = await GetJsonAsync("/api/events?pageSize=7&page=2");
        var both = await GetJsonAsync("/api/events?pageSize=14&page=1");

        first["hasMore"]!.GetValue<bool>().ShouldBeTrue();
        var ids = Ids(first).Concat(Ids(second)).ToList();
        ids.Count.ShouldBe(14);
        ids.ShouldBe(Ids(both));
        var far = await GetJsonAsync("/api/events?pageSize=500&page=1000");
        far["items"]!.AsArray().Count.ShouldBe(0);
        far["hasMore"]!.GetValue<bool>().ShouldBeFalse();
    }

    [Fact]
    public async Task DatesAndCodesFilterTheEvents()
    {
        var page = await GetJsonAsync("/api/events?since=2024-10-11&until=2024-10-11&code=04&pageSize=200");

        var items = page["items"]!.AsArray();
        items.Count.ShouldBeGreaterThan(0);
        foreach (var item in items)
        {
            item!["date"]!.GetValue<string>().ShouldBe("2024-10-11");
            item["cameo"]!.GetValue<string>().ShouldStartWith("04");
        }
    }

    [Fact]
    public async Task AQuadClassFilterReturnsOnlyEventsOfThoseClasses()
    {
        var all = (await GetJsonAsync("/api/events?pageSize=500"))["items"]!.AsArray();
        var conflict = (await GetJsonAsync("/api/events?quad=3,4&pageSize=500"))["items"]!.AsArray();

        conflict.Count.ShouldBeGreaterThan(0);
        conflict.Count.ShouldBeLessThan(all.Count);
        foreach (var item in conflict)
        {
            item!["quadClass"]!.GetValue<int>().ShouldBeGreaterThanOrEqualTo(3);
        }
    }

    [Theory]
    [InlineData("/api/events?quad=5", "quad")]
    [InlineData("/api/events?since=2024-13-01", "since")]
    [InlineData("/api/events?until=yesterday", "until")]
    [InlineData("/api/events?since=2024-12-01&until=2024-01-01", "after")]
    [InlineData("/api/events?pageSize=0", "pageSize")]
    [InlineData("/api/events?page=0", "page")]
    [InlineData("/api/events?dyad=RUS", "colon")]
    [InlineData("/api/events?code=abc", "CAMEO")]
    [InlineData("/api/dyads/RUS/IRN?interval=year", "interval")]
    [InlineData("/api/dyads?limit=0", "limit")]
    public async Task BadQueriesAreRefusedAsProblemJsonSayingWhy(string path, string reason)
    {
        using var response = await Client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        problem["status"]!.GetValue<int>().ShouldBe(400);
        problem["detail"]!.GetValue<string>().ShouldContain(reason);
    }

    [Fact]
    public async Task OneEventIsServedByItsIdAndAnUnknownIdIsANotFoundProblem()
    {
        var listed = (await GetJsonAsync("/api/events?dyad=RUS:IRN&pageSize=1"))["items"]![0]!;
        var id = listed["id"]!.GetValue<string>();

        var fetched = await GetJsonAsync($"/api/events/{id}");
        fetched.ToJsonString().ShouldBe(listed.ToJsonString());

        using var missing = await Client.GetAsync("/api/events/no-such-event");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task ActorsListTheSeedArticlesLeaders()
    {
        var page = await GetJsonAsync("/api/actors?pageSize=500");
        var names = page["items"]!.AsArray().Select(actor => actor!["name"]?.GetValue<string>()).ToList();

        names.ShouldContain("Vladimir Putin");
        names.ShouldContain("Masoud Pezeshkian");
        var filtered = await GetJsonAsync("/api/actors?q=Pezeshkian");
        filtered["items"]!.AsArray().ShouldAllBe(actor => actor!["name"]!.GetValue<string>().Contains("Pezeshkian"));
    }

    [Fact]
    public async Task TheDyadReportCountsWhatTheTopDyadsCount()
    {
        var top = (await GetJsonAsync("/api/dyads?limit=50")).AsArray();
        var pair = top.Single(d => d!["countryA"]!.GetValue<string>() == "IRN" && d["countryB"]!.GetValue<string>() == "RUS")!;

        var report = await GetJsonAsync("/api/dyads/RUS/IRN?interval=day");

        var reports = report["reports"]!;
        reports["events"]!.GetValue<int>().ShouldBe(pair["events"]!.GetValue<int>());
        reports["quadClasses"]!.AsArray().Sum(q => q!.GetValue<int>()).ShouldBe(reports["events"]!.GetValue<int>());
        reports["series"]!.AsArray().Sum(p => p!["events"]!.GetValue<int>()).ShouldBe(reports["events"]!.GetValue<int>());
    }

    [Fact]
    public async Task TheDyadSeriesListsItsClustersOnlyWhenAskedTo()
    {
        var counts = await GetJsonAsync("/api/dyads/RUS/IRN");
        var withClusters = await GetJsonAsync("/api/dyads/RUS/IRN?clusters=true");

        var plain = counts["series"]!["points"]!.AsArray();
        var listed = withClusters["series"]!["points"]!.AsArray();
        plain.Select(p => p!["events"]!.GetValue<int>()).ShouldBe(listed.Select(p => p!["events"]!.GetValue<int>()));
        plain.ShouldAllBe(p => p!["clusterIds"]!.AsArray().Count == 0);
        listed.Sum(p => p!["clusterIds"]!.AsArray().Count).ShouldBe(listed.Sum(p => p!["events"]!.GetValue<int>()));
        listed.Sum(p => p!["events"]!.GetValue<int>()).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task AnArticleComesBackWithItsTextVerbatimAndItsEvents()
    {
        var id = ServerFixture.HostileArticle.Id;

        var article = await GetJsonAsync($"/api/articles/{id}");

        article["text"]!.GetValue<string>().ShouldBe(ServerFixture.HostileArticle.Text);
        article["title"]!.GetValue<string>().ShouldBe(ServerFixture.HostileArticle.Title);
        article["events"]!.AsArray().Count.ShouldBeGreaterThan(0);
        article["sentences"]![0]!["text"]!.GetValue<string>().ShouldContain("Vladimir Putin met Iranian President Masoud Pezeshkian");
        var list = await GetJsonAsync("/api/articles?pageSize=500");
        list["items"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()).ShouldContain(id);
    }

    [Fact]
    public async Task PostingArticlesNeedsTheKey()
    {
        var before = await ArticleCountAsync();
        const string body = """{"text": "Turkey and Greece signed a trade agreement in Ankara on Tuesday."}""";

        using var withoutKey = await Client.SendAsync(ServerFixture.Post("/api/articles", body, key: null));
        using var wrongKey = await Client.SendAsync(ServerFixture.Post("/api/articles", body, key: "not-the-key"));

        withoutKey.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        withoutKey.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        wrongKey.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        wrongKey.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await ArticleCountAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("""{"text": "unterminated""", "not valid JSON")]
    [InlineData("""{"title": "No body"}""", "no text")]
    [InlineData("""{"text": "   "}""", "no text")]
    [InlineData("""[{"text": "Fine."}, {"text": "Also fine.", "publishedOn": "05/11/2024"}]""", "Article 2")]
    [InlineData("""{"text": "Fine.", "url": "not a url"}""", "url")]
    [InlineData("""[]""", "no article")]
    [InlineData("""42""", "no article")]
    public async Task BadArticlesAreRefusedAndNothingOfTheRequestIsStored(string body, string reason)
    {
        var before = await ArticleCountAsync();

        using var response = await Client.SendAsync(ServerFixture.Post("/api/articles", body, ServerFixture.ApiKey));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>().ShouldContain(reason);
        (await ArticleCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task ABodyThatIsNotJsonOrTooLargeIsRefused()
    {
        using var text = await Client.SendAsync(ServerFixture.Post("/api/articles", "Putin met Pezeshkian.", ServerFixture.ApiKey, "text/plain"));
        text.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);

        var huge = JsonSerializer.Serialize(new { text = new string('a', 300 * 1024) });
        using var tooLarge = await Client.SendAsync(ServerFixture.Post("/api/articles", huge, ServerFixture.ApiKey));
        tooLarge.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        tooLarge.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task APostedArticleIsCodedStoredAndNotStoredTwice()
    {
        var unique = Guid.NewGuid().ToString("N")[..8];
        var body = JsonSerializer.Serialize(new
        {
            title = "Summit " + unique,
            text = "Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing on Thursday. The two leaders signed an agreement on energy.",
            publishedOn = "2025-05-09",
            source = "test.example",
        });

        using var first = await Client.SendAsync(ServerFixture.Post("/api/articles", body, ServerFixture.ApiKey));
        using var again = await Client.SendAsync(ServerFixture.Post("/api/articles", body, ServerFixture.ApiKey));

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = JsonNode.Parse(await first.Content.ReadAsStringAsync())![0]!;
        created["added"]!.GetValue<bool>().ShouldBeTrue();
        created["events"]!.GetValue<int>().ShouldBeGreaterThan(0);
        first.Headers.Location!.ToString().ShouldBe(created["location"]!.GetValue<string>());
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        JsonNode.Parse(await again.Content.ReadAsStringAsync())![0]!["added"]!.GetValue<bool>().ShouldBeFalse();

        var id = created["id"]!.GetValue<string>();
        var events = await GetJsonAsync($"/api/events?article={id}");
        events["items"]!.AsArray().ShouldContain(e => e!["source"]!["country"]!.GetValue<string>() == "CHN");
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheEndpoints()
    {
        var document = await GetJsonAsync("/openapi/v1.json");

        document["openapi"]!.GetValue<string>().ShouldStartWith("3.");
        var paths = document["paths"]!.AsObject();
        foreach (var path in new[] { "/api/events", "/api/events/{id}", "/api/actors", "/api/dyads", "/api/dyads/{a}/{b}", "/api/articles", "/api/articles/{id}", "/api/search", "/api/profiles/{name}", "/api/briefings/{subject}", "/api/blocs" })
        {
            paths.ContainsKey(path).ShouldBeTrue($"{path} is missing from the OpenAPI document");
        }

        paths["/api/articles"]!["post"].ShouldNotBeNull();
        paths["/api/events"]!["get"]!["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).ShouldContain("dyad");
    }

    [Fact]
    public async Task TheWebUiIsServedWithItsLibrariesFromThisServer()
    {
        var page = await Client.GetStringAsync("/");

        page.ShouldContain("js/app.js");
        page.ShouldNotContain("https://");
        foreach (var library in new[] { "lib/echarts.min.js", "lib/cytoscape.min.js", "lib/topojson-client.min.js", "lib/countries-110m.json" })
        {
            using var response = await Client.GetAsync("/" + library);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, library);
        }
    }

    [Fact]
    public async Task SearchFindsEvidenceSentencesWithTheirEvents()
    {
        var page = await GetJsonAsync("/api/search?q=Pezeshkian%20Ashgabat");

        var hits = page["items"]!.AsArray();
        hits.Count.ShouldBeGreaterThan(0);
        foreach (var hit in hits)
        {
            var sentence = hit!["sentenceText"]!.GetValue<string>();
            sentence.ShouldContain("Pezeshkian");
            sentence.ShouldContain("Ashgabat");
        }

        var eventId = hits.SelectMany(hit => hit!["eventIds"]!.AsArray()).First()!.GetValue<string>();
        var e = await GetJsonAsync($"/api/events/{eventId}");
        e["evidence"]!["text"]!.GetValue<string>().ShouldContain("Ashgabat");

        using var nothing = await Client.GetAsync("/api/search?q=%2C%2C%2C");
        nothing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task AnEventsClusterListsItsReports()
    {
        var e = (await GetJsonAsync("/api/events?dyad=RUS:IRN&pageSize=1"))["items"]![0]!;
        var cluster = e["cluster"]!;
        var clusterId = cluster["id"]!.GetValue<long>();

        var reports = (await GetJsonAsync($"/api/clusters/{clusterId}")).AsArray();

        reports.Select(r => r!["id"]!.GetValue<string>()).ShouldContain(e["id"]!.GetValue<string>());
        reports.Count.ShouldBe(cluster["numEvents"]!.GetValue<int>());
        using var missing = await Client.GetAsync("/api/clusters/987654321");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AProfileIsBuiltFromEvidence()
    {
        var profile = await GetJsonAsync("/api/profiles/Masoud%20Pezeshkian");

        profile["actorId"]!.GetValue<string>().ShouldBe("masoud-pezeshkian");
        profile["codes"]![0]!["value"]!.GetValue<string>().ShouldBe("IRNGOV");
        var evidence = profile["codes"]![0]!["evidence"]![0]!;
        var e = await GetJsonAsync($"/api/events/{evidence["eventId"]!.GetValue<string>()}");
        e["evidence"]!["text"]!.GetValue<string>().ShouldBe(evidence["sentence"]!.GetValue<string>());
        profile["topPartners"]!.AsArray().Select(p => p!["country"]?.GetValue<string>()).ShouldContain("RUS");

        using var unknown = await Client.GetAsync("/api/profiles/Nobody%20Atall%20Xyzzy");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ABriefingComesAsJsonMarkdownAndHtml()
    {
        var json = await GetJsonAsync("/api/briefings/RUS:IRN");
        json["sections"]!.AsArray().Count.ShouldBe(4);
        json["sections"]![0]!["lines"]!.AsArray().Count.ShouldBeGreaterThan(0);

        using var markdown = await Client.GetAsync("/api/briefings/RUS:IRN?format=markdown");
        markdown.Content.Headers.ContentType!.MediaType.ShouldBe("text/markdown");
        (await markdown.Content.ReadAsStringAsync()).ShouldStartWith("# ");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/briefings/RUS:IRN");
        request.Headers.Accept.ParseAdd("text/html");
        using var html = await Client.SendAsync(request);
        html.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var page = await html.Content.ReadAsStringAsync();
        page.ShouldContain("<article");

        // The hostile article's sentence is in the RUS–IRN briefing: its markup arrives escaped.
        page.ShouldContain("&lt;script&gt;");
        page.ShouldNotContain("<script>");
    }

    [Fact]
    public async Task BlocsPutRussiaAndIranTogether()
    {
        var report = await GetJsonAsync("/api/blocs");

        var blocs = report["blocs"]!.AsArray();
        blocs.Count.ShouldBeGreaterThan(1);
        blocs.ShouldContain(b => b!["members"]!.AsArray().Any(m => m!.GetValue<string>() == "RUS") && b["members"]!.AsArray().Any(m => m!.GetValue<string>() == "IRN"));
        report["edges"]!.AsArray().ShouldAllBe(e => e!["clusterIds"]!.AsArray().Count > 0);
    }

    private async Task<int> ArticleCountAsync() => (await server.Store.GetStatsAsync()).Articles;

    private async Task<JsonNode> GetJsonAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!;
    }

    private static IEnumerable<string> Ids(JsonNode page) => page["items"]!.AsArray().Select(item => item!["id"]!.GetValue<string>());

    private static string? Country(JsonNode? actor) => actor?["country"]?.GetValue<string>();
}

[Collection(SqliteServerCollection.Name)]
public sealed class SqliteApiTests(SqliteServerFixture server) : ApiTests(server);

public sealed class PostgresApiTests(PostgresServerFixture server) : ApiTests(server), IClassFixture<PostgresServerFixture>;
