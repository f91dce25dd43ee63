using System.Collections.Frozen;
using System.Reflection;
using Dapper;

namespace Entente.Storage.Schema;

/// <summary>
/// Tells Dapper that the row types' PascalCase properties read snake_case columns. Registered per type rather
/// than through Dapper's global underscore switch, so that the store changes nothing for other Dapper users.
/// </summary>
internal static class SnakeCaseColumns
{
    private static readonly Lazy<bool> Registered = new(() =>
    {
        Register<EventRow>();
        Register<QuoteRow>();
        Register<ArticleRow>();
        Register<SentenceRow>();
        Register<ActorRow>();
        Register<DyadRow>();
        Register<StatsRow>();
        Register<DyadDayRow>();
        Register<ClusterEdgeRow>();
        Register<EvidenceRow>();
        Register<UnclusteredRow>();
        Register<CandidateRow>();
        return true;
    });

    /// <summary>Registers the maps once per process.</summary>
    public static void EnsureRegistered() => _ = Registered.Value;

    private static void Register<T>()
    {
        var properties = typeof(T)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .ToFrozenDictionary(property => property.Name, StringComparer.OrdinalIgnoreCase);
        SqlMapper.SetTypeMap(typeof(T), new CustomPropertyTypeMap(
            typeof(T),
            (_, column) => properties.GetValueOrDefault(column.Replace("_", "", StringComparison.Ordinal))!));
    }
}
