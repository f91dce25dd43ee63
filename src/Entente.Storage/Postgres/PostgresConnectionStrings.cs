using System.Globalization;
using Npgsql;

namespace Entente.Storage.Postgres;

/// <summary>
/// Reads the two ways a PostgreSQL database is named: libpq-style URLs ("postgres://user:pass@host:port/db?sslmode=require")
/// and Npgsql connection strings ("Host=…;Database=…").
/// </summary>
internal static class PostgresConnectionStrings
{
    // libpq URL parameters and the Npgsql keywords that mean the same.
    private static readonly Dictionary<string, string> UrlParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sslmode"] = "SSL Mode",
        ["connect_timeout"] = "Timeout",
        ["application_name"] = "Application Name",
        ["target_session_attrs"] = "Target Session Attributes",
        ["options"] = "Options",
        ["sslrootcert"] = "Root Certificate",
        ["sslcert"] = "SSL Certificate",
        ["sslkey"] = "SSL Key",
    };

    /// <summary>
    /// The Npgsql connection settings of <paramref name="spec"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The spec is not a well-formed URL or connection string.</exception>
    public static NpgsqlConnectionStringBuilder Parse(string spec)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(spec);
        spec = spec.Trim();
        return spec.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || spec.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            ? FromUrl(spec)
            : FromConnectionString(spec);
    }

    /// <summary>How the database is named in messages: the URL form without the password.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder settings)
    {
        var user = string.IsNullOrEmpty(settings.Username) ? "" : Uri.EscapeDataString(settings.Username) + "@";
        var port = settings.Port.ToString(CultureInfo.InvariantCulture);
        var database = settings.Database is { Length: > 0 } name ? "/" + Uri.EscapeDataString(name) : "";
        return $"postgres://{user}{settings.Host}:{port}{database}";
    }

    private static NpgsqlConnectionStringBuilder FromConnectionString(string spec)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(spec);
        }
        catch (ArgumentException exception)
        {
            throw new ArgumentException($"\"{Redact(spec)}\" is not a valid PostgreSQL connection string: {exception.Message}", nameof(spec), exception);
        }
    }

    private static NpgsqlConnectionStringBuilder FromUrl(string spec)
    {
        if (!Uri.TryCreate(spec, UriKind.Absolute, out var url) || url.Host.Length == 0)
        {
            throw new ArgumentException(
                $"\"{Redact(spec)}\" is not a valid PostgreSQL URL; write postgres://user:password@host:port/database.", nameof(spec));
        }

        var settings = new NpgsqlConnectionStringBuilder { Host = url.DnsSafeHost };
        if (!url.IsDefaultPort && url.Port > 0)
        {
            settings.Port = url.Port;
        }

        if (url.UserInfo.Length > 0)
        {
            var colon = url.UserInfo.IndexOf(':', StringComparison.Ordinal);
            settings.Username = Uri.UnescapeDataString(colon < 0 ? url.UserInfo : url.UserInfo[..colon]);
            if (colon >= 0)
            {
                settings.Password = Uri.UnescapeDataString(url.UserInfo[(colon + 1)..]);
            }
        }

        var database = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            settings.Database = database;
        }

        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            try
            {
                settings[UrlParameters.GetValueOrDefault(name, name)] = value;
            }
            catch (Exception exception) when (exception is ArgumentException or FormatException)
            {
                throw new ArgumentException($"The PostgreSQL URL parameter \"{name}={value}\" is not understood: {exception.Message}", nameof(spec), exception);
            }
        }

        return settings;
    }

    // Passwords must not reach logs through error messages.
    private static string Redact(string spec)
    {
        if (spec.Contains("://", StringComparison.Ordinal))
        {
            var at = spec.LastIndexOf('@');
            var start = spec.IndexOf("://", StringComparison.Ordinal) + 3;
            var colon = spec.IndexOf(':', start);
            return at > start && colon > 0 && colon < at ? spec[..(colon + 1)] + "***" + spec[at..] : spec;
        }

        return string.Join(';', spec.Split(';').Select(part =>
            part.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase) ? "Password=***" : part));
    }
}
