using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Entente.Actors.KnowledgeBase;
using Entente.Analysis;
using Entente.Pipeline;
using Entente.Server.Api;
using Entente.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Entente.Server.Hosting;

/// <summary>
/// The Entente web app: the HTTP API under <c>/api</c>, its OpenAPI document at <c>/openapi/v1.json</c>, and the
/// web UI from <c>wwwroot</c>, all in one process over one store.
/// </summary>
public static class EntenteServer
{
    /// <summary>The rate-limiter policy of the ingestion endpoint.</summary>
    internal const string IngestPolicy = "ingest";

    /// <summary>
    /// Builds the app over <paramref name="store"/> (which the caller keeps and disposes). The pipeline is made
    /// on the first ingestion only, since loading the models is slow and a read-only server never needs them.
    /// </summary>
    public static WebApplication Build(ServerOptions options, IEventStore store, Func<EntentePipeline> pipeline)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(pipeline);

        var webRoot = options.WebRoot ?? Path.Combine(AppContext.BaseDirectory, "wwwroot");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Directory.Exists(webRoot) ? webRoot : null,
        });

        // A line per request drowns the addresses `entente serve` prints; warnings and errors still show.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // Loopback unless told otherwise: an analyst's database is not for the whole network by accident.
        var urls = options.Urls
            ?? builder.Configuration["urls"]
            ?? ServerOptions.DefaultUrls;
        builder.WebHost.UseUrls(urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });

        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(new ApiKeyCheck(options.ApiKey));
        builder.Services.AddSingleton(new ArticleIngest(store, pipeline));
        builder.Services.AddSingleton(_ => new RelationsAnalyzer(store, ActorKnowledgeBase.Default));
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            json.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Entente API";
            document.Info.Description = "Political events coded from news, with the sentences that are their evidence.";
            return Task.CompletedTask;
        }));
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => Window(options.RequestsPerMinute)));
            limiter.AddPolicy(IngestPolicy, context =>
                RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => Window(options.IngestsPerMinute)));
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    rejected.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                await TypedResults.Problem(
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many requests",
                    detail: "This client has made too many requests in the last minute; try again shortly.")
                    .ExecuteAsync(rejected.HttpContext);
            };
        });

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(async (context, next) =>
        {
            // The UI renders article text as text; this policy is the second wall should anything slip.
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            await next(context);
        });
        app.UseRateLimiter();

        if (app.Environment.WebRootPath is { } root)
        {
            var files = new PhysicalFileProvider(root);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }

        app.MapOpenApi();
        var api = app.MapGroup("/api");
        api.MapEventsApi();
        api.MapActorsApi();
        api.MapDyadsApi();
        api.MapArticlesApi();
        api.MapQuotesApi();
        api.MapAnalysisApi();
        return app;
    }

    // Requests are counted per client address; behind no proxy that is the peer's IP.
    private static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static FixedWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    };
}
