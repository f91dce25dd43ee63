using System.Net;
using System.Reflection;
using System.Text.Json.Nodes;
using Entente.Server.Hosting;
using Entente.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Server.Tests;

/// <summary>The rate limiter, the loopback default and the key switch, each on a small server of its own.</summary>
public sealed class LimitsTests
{
    [Fact]
    public async Task AClientOverItsRateGetsATooManyRequestsProblem()
    {
        await using var server = await SmallServer.StartAsync(new ServerOptions { Urls = "http://127.0.0.1:0", RequestsPerMinute = 3 });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await server.Client.GetAsync("/api/actors");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
                JsonNode.Parse(await response.Content.ReadAsStringAsync())!["status"]!.GetValue<int>().ShouldBe(429);
            }
        }

        statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests]);
    }

    [Fact]
    public async Task WithoutAConfiguredKeyTheServerTakesNoArticles()
    {
        await using var server = await SmallServer.StartAsync(new ServerOptions { Urls = "http://127.0.0.1:0" });

        using var response = await server.Client.SendAsync(ServerFixture.Post("/api/articles", """{"text": "Putin met Pezeshkian."}""", key: "anything"));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>().ShouldContain("--api-key");
        (await server.Store.GetStatsAsync()).Articles.ShouldBe(0);
    }

    [Fact]
    public async Task ByDefaultTheServerListensOnLoopbackOnly()
    {
        // The default address is the documented port; the test binds it only to read the address back.
        var previous = Environment.GetEnvironmentVariable("ASPNETCORE_URLS");
        Environment.SetEnvironmentVariable("ASPNETCORE_URLS", null);
        try
        {
            ServerOptions.DefaultUrls.ShouldStartWith("http://127.0.0.1:");
            await using var server = await SmallServer.StartAsync(new ServerOptions { Urls = null });
            server.Address.Host.ShouldBe("127.0.0.1");
        }
        catch (IOException)
        {
            // Port 5080 taken by a developer's own `entente serve`: the default is still checked above.
        }
        finally
        {
            Environment.SetEnvironmentVariable("ASPNETCORE_URLS", previous);
        }
    }

    [Theory]
    [InlineData("/api/search", "q is required")]
    [InlineData("/api/briefings/RUS:IRN?format=pdf", "format")]
    [InlineData("/api/blocs?since=soon", "since")]
    [InlineData("/api/dyads/RU$/IRN", "actor codes")]
    public async Task AnalysisQueriesAreCheckedBeforeAnyAnalysisRuns(string path, string reason)
    {
        await using var server = await SmallServer.StartAsync(new ServerOptions { Urls = "http://127.0.0.1:0" });

        using var response = await server.Client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>().ShouldContain(reason);
    }

    [Fact]
    public async Task AnUnknownRouteIsANotFoundProblem()
    {
        await using var server = await SmallServer.StartAsync(new ServerOptions { Urls = "http://127.0.0.1:0" });

        using var response = await server.Client.GetAsync("/api/no-such-thing");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task AFailingStoreGivesAServerErrorProblemWithoutItsInsides()
    {
        var store = DispatchProxy.Create<IEventStore, FailingStore>();
        await using var app = EntenteServer.Build(new ServerOptions { Urls = "http://127.0.0.1:0" }, store, () => ServerFixture.Pipeline);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        using var response = await client.GetAsync("/api/actors");

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain(FailingStore.Secret);
        await app.StopAsync();
    }

    /// <summary>A store whose every call fails, as a broken database would.</summary>
#pragma warning disable CA1852 // DispatchProxy needs a type it can derive from.
    public class FailingStore : DispatchProxy
#pragma warning restore CA1852
    {
        public const string Secret = "connection string with password hunter2";

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            throw new EventStoreException(Secret);
    }

    private sealed class SmallServer : IAsyncDisposable
    {
        private readonly string _folder;
        private readonly Microsoft.AspNetCore.Builder.WebApplication _app;

        private SmallServer(string folder, IEventStore store, Microsoft.AspNetCore.Builder.WebApplication app, Uri address)
        {
            _folder = folder;
            Store = store;
            _app = app;
            Address = address;
            Client = new HttpClient { BaseAddress = address };
        }

        public IEventStore Store { get; }

        public Uri Address { get; }

        public HttpClient Client { get; }

        public static async Task<SmallServer> StartAsync(ServerOptions options)
        {
            var folder = Directory.CreateTempSubdirectory("entente-limits-").FullName;
            var store = await SqliteEventStore.OpenAsync(Path.Combine(folder, "events.db"));
            var app = EntenteServer.Build(options, store, () => ServerFixture.Pipeline);
            try
            {
                await app.StartAsync();
            }
            catch
            {
                await app.DisposeAsync();
                await store.DisposeAsync();
                Directory.Delete(folder, recursive: true);
                throw;
            }

            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new SmallServer(folder, store, app, new Uri(address));
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await _app.StopAsync();
            await _app.DisposeAsync();
            await Store.DisposeAsync();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
