using System.Net.Http.Headers;
using System.Text;
using Entente.Documents;
using Entente.Ingest;
using Entente.Pipeline;
using Entente.Server.Hosting;
using Entente.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Server.Tests;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (a free port) over a store holding the bundled sample corpus (the seed
/// article and the VOA stories, as <c>entente demo</c> ingests them) plus one hostile article posted through the API.
/// </summary>
public abstract class ServerFixture : IAsyncLifetime
{
    /// <summary>The API key the server is started with.</summary>
    public const string ApiKey = "test-key-7f3a";

    /// <summary>The hostile article: markup in the title and the text that must stay text.</summary>
    public static readonly Article HostileArticle = new(
        "Russian President Vladimir Putin met Iranian President Masoud Pezeshkian in Tehran on Monday. " +
        "<script>window.__entente_xss = 'script';</script> " +
        "<img src=x onerror=\"window.__entente_xss = 'img'\"> Both leaders praised the talks.")
    {
        Title = "Talks <script>window.__entente_xss = 'title'</script> in Tehran",
        PublishedOn = new DateOnly(2024, 11, 5),
        Source = "test.example",
    };

    private static readonly Lazy<EntentePipeline> SharedPipeline = new(() => new PipelineBuilder().UseDefaults().Build());
    private static readonly DateOnly SeedDate = new(2024, 10, 12);

    private IEventStore? _store;
    private WebApplication? _app;

    /// <summary>The server's address, such as http://127.0.0.1:40123.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A client for the server, without the API key.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>The store under the server.</summary>
    public IEventStore Store => _store ?? throw new InvalidOperationException("The fixture is not started.");

    /// <summary>The pipeline the server codes posted articles with.</summary>
    public static EntentePipeline Pipeline => SharedPipeline.Value;

    /// <summary>Opens the empty store of the provider under test.</summary>
    protected abstract Task<IEventStore> OpenStoreAsync();

    /// <summary>Removes the store's database.</summary>
    protected abstract ValueTask DropStoreAsync();

    public async Task InitializeAsync()
    {
        _store = await OpenStoreAsync();
        await IngestSamplesAsync(_store);
        _app = EntenteServer.Build(
            new ServerOptions { Urls = "http://127.0.0.1:0", ApiKey = ApiKey, RequestsPerMinute = 100_000, IngestsPerMinute = 1000, MaxRequestBodyBytes = 256 * 1024 },
            _store,
            () => Pipeline);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address);
        Client = new HttpClient { BaseAddress = BaseAddress };

        // The hostile article goes in the way a user's would: through POST /api/articles and the pipeline.
        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
        {
            Content = new StringContent(
                System.Text.Json.JsonSerializer.Serialize(new { text = HostileArticle.Text, title = HostileArticle.Title, publishedOn = "2024-11-05", source = HostileArticle.Source }),
                Encoding.UTF8,
                "application/json"),
        };
        post.Headers.Add(ApiKeyCheckHeader, ApiKey);
        using var response = await Client.SendAsync(post);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The header that carries the API key.</summary>
    public const string ApiKeyCheckHeader = "X-Api-Key";

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        await DropStoreAsync();
    }

    /// <summary>A request with the given API key header (or none).</summary>
    public static HttpRequestMessage Post(string path, string json, string? key, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        if (key is not null)
        {
            request.Headers.Add(ApiKeyCheckHeader, key);
        }

        return request;
    }

    private static async Task IngestSamplesAsync(IEventStore store)
    {
        var samples = RepoPaths.InRepo("samples");
        var seed = ArticleReader.Read([Path.Combine(samples, "putin-meets-iran.txt")], new IngestOptions { Date = SeedDate });
        var voa = ArticleReader.Read([Path.Combine(samples, "voa", "voa_stories.jsonl")], new IngestOptions());
        var articles = seed.Concat(voa).Where(result => result.IsArticle).Select(result => result.Article!).ToList();
        var extractions = new Extraction[articles.Count];
        Parallel.For(0, articles.Count, i => extractions[i] = Pipeline.Process(articles[i]));
        foreach (var batch in extractions.Chunk(50))
        {
            await store.SaveBatchAsync(batch);
        }
    }
}

/// <summary>The server over a SQLite file in a temp folder.</summary>
public sealed class SqliteServerFixture : ServerFixture
{
    private readonly string _folder = Directory.CreateTempSubdirectory("entente-server-").FullName;

    protected override async Task<IEventStore> OpenStoreAsync() => await SqliteEventStore.OpenAsync(Path.Combine(_folder, "events.db"));

    protected override ValueTask DropStoreAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}

/// <summary>The server over a PostgreSQL database of its own.</summary>
#pragma warning disable CA1001 // The database is dropped in DropStoreAsync, which DisposeAsync calls.
public sealed class PostgresServerFixture : ServerFixture
#pragma warning restore CA1001
{
    private readonly TestPostgres _database = new();

    protected override Task<IEventStore> OpenStoreAsync() => _database.OpenAsync();

    protected override ValueTask DropStoreAsync() => _database.DisposeAsync();
}

/// <summary>Tests that share the SQLite server (API and browser tests), one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class SqliteServerCollection : ICollectionFixture<SqliteServerFixture>
{
    public const string Name = "SQLite server";
}
