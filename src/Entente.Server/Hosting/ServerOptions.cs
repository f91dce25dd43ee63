namespace Entente.Server.Hosting;

/// <summary>How <see cref="EntenteServer"/> is set up: where it listens, who may ingest, and its limits.</summary>
public sealed record ServerOptions
{
    /// <summary>The address bound when neither <see cref="Urls"/> nor ASPNETCORE_URLS says otherwise: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The environment variable that holds the API key when none is passed.</summary>
    public const string ApiKeyEnvironmentVariable = "ENTENTE_API_KEY";

    /// <summary>Addresses to listen on (";"-separated, as ASPNETCORE_URLS); null for ASPNETCORE_URLS, else <see cref="DefaultUrls"/>.</summary>
    public string? Urls { get; init; }

    /// <summary>The key that <c>POST /api/articles</c> requires; null or empty switches ingestion off.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Largest request body accepted, in bytes (default 4 MiB: long articles fit, floods do not).</summary>
    public long MaxRequestBodyBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Requests one client address may make per minute before it gets 429 (default 600).</summary>
    public int RequestsPerMinute { get; init; } = 600;

    /// <summary>Ingestion requests one client address may make per minute (default 60): coding an article costs CPU.</summary>
    public int IngestsPerMinute { get; init; } = 60;

    /// <summary>Folder of the web UI's static files; null for the <c>wwwroot</c> next to this assembly.</summary>
    public string? WebRoot { get; init; }
}
