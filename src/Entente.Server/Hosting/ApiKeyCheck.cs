using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Entente.Server.Hosting;

/// <summary>Checks the API key of a request that changes the store: 401 without a key, 403 with a wrong one.</summary>
internal sealed class ApiKeyCheck(string? apiKey)
{
    /// <summary>The header that carries the key; <c>Authorization: Bearer KEY</c> works too.</summary>
    public const string HeaderName = "X-Api-Key";

    private readonly byte[]? _key = string.IsNullOrEmpty(apiKey) ? null : Encoding.UTF8.GetBytes(apiKey);

    /// <summary>Null when the request may proceed, else the problem to answer with.</summary>
    public IResult? Refusal(HttpRequest request)
    {
        var given = Presented(request);
        if (given is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "An API key is required",
                detail: $"Send the server's API key in the {HeaderName} header (or as Authorization: Bearer KEY).");
        }

        // Without a configured key nobody may ingest; the same answer as a wrong key gives nothing away.
        if (_key is null || !CryptographicOperations.FixedTimeEquals(_key, Encoding.UTF8.GetBytes(given)))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "The API key is not accepted",
                detail: _key is null
                    ? $"This server takes no articles: start it with --api-key or {ServerOptions.ApiKeyEnvironmentVariable}."
                    : "The key sent does not match the server's API key.");
        }

        return null;
    }

    private static string? Presented(HttpRequest request)
    {
        if (request.Headers.TryGetValue(HeaderName, out var header) && header.ToString() is { Length: > 0 } key)
        {
            return key;
        }

        var authorization = request.Headers.Authorization.ToString();
        const string bearer = "Bearer ";
        return authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase) && authorization.Length > bearer.Length
            ? authorization[bearer.Length..].Trim()
            : null;
    }
}
