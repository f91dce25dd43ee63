using System.CommandLine;
using Entente.Cli.Infrastructure;
using Entente.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Entente.Cli.Commands;

/// <summary><c>entente serve</c>: the HTTP API and the web UI over one store, in this process.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var db = CliOptions.Database();
        var urls = UrlsOption();
        var apiKey = new Option<string?>("--api-key")
        {
            Description = $"Key that POST /api/articles requires (default ${ServerOptions.ApiKeyEnvironmentVariable}); without one the server takes no articles",
            HelpName = "KEY",
        };
        var demo = new Option<bool>("--demo")
        {
            Description = $"Ingest the bundled sample corpus first (into --db, default {DemoCommand.DefaultDatabase}) and serve it",
        };
        var command = new Command("serve", "Serve the web UI and the HTTP API (OpenAPI at /openapi/v1.json) over the event database");
        command.Options.Add(db);
        command.Options.Add(urls);
        command.Options.Add(apiKey);
        command.Options.Add(demo);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            string database;
            if (parseResult.GetValue(demo))
            {
                database = parseResult.GetValue(db) ?? DemoCommand.DefaultDatabase;
                var exitCode = await DemoCommand.IngestSamplesAsync(database, cancellationToken);
                if (exitCode != 0)
                {
                    return exitCode;
                }
            }
            else
            {
                database = DatabaseLocation.Resolve(parseResult.GetValue(db));
            }

            return await ServeAsync(database, parseResult.GetValue(urls), ApiKey(parseResult.GetValue(apiKey)), cancellationToken);
        });
        return command;
    }

    /// <summary>The --urls option, shared with <c>entente demo --serve</c>.</summary>
    public static Option<string?> UrlsOption() => new("--urls")
    {
        Description = $"Addresses to listen on, ';'-separated (default $ASPNETCORE_URLS, else {ServerOptions.DefaultUrls}: this machine only)",
        HelpName = "URLS",
    };

    /// <summary>The API key: the option, else the environment variable, else none.</summary>
    public static string? ApiKey(string? option) =>
        option is { Length: > 0 } ? option : Environment.GetEnvironmentVariable(ServerOptions.ApiKeyEnvironmentVariable) is { Length: > 0 } key ? key : null;

    /// <summary>Serves <paramref name="database"/> until the process is stopped (Ctrl+C).</summary>
    public static async Task<int> ServeAsync(string database, string? urls, string? apiKey, CancellationToken cancellationToken)
    {
        var streams = CliStreams.Current;
        await using var store = await DatabaseLocation.OpenAsync(database, streams, "serve", cancellationToken, mustExist: true);
        if (store is null)
        {
            return 1;
        }

        await using var app = EntenteServer.Build(new ServerOptions { Urls = urls, ApiKey = apiKey }, store, () => DefaultPipeline.Instance);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException exception)
        {
            // Kestrel reports a port in use or an address it cannot bind as an IOException.
            await streams.Error.WriteLineAsync($"entente serve: cannot listen: {exception.Message}");
            return 1;
        }

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        await streams.Out.WriteLineAsync($"Serving {database}");
        foreach (var address in addresses)
        {
            await streams.Out.WriteLineAsync($"  web UI   {address}/");
            await streams.Out.WriteLineAsync($"  API      {address}/api/events   (OpenAPI: {address}/openapi/v1.json)");
        }

        await streams.Out.WriteLineAsync(apiKey is null
            ? $"Ingestion over HTTP is off (no --api-key or ${ServerOptions.ApiKeyEnvironmentVariable}). Press Ctrl+C to stop."
            : "POST /api/articles takes articles with the API key (X-Api-Key header). Press Ctrl+C to stop.");
        await streams.Out.FlushAsync(cancellationToken);
        try
        {
            await app.WaitForShutdownAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: a normal way to stop a server.
        }

        return 0;
    }
}
