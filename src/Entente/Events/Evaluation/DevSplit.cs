using System.Text;

namespace Entente.Events.Evaluation;

/// <summary>
/// A fixed split of a dev gold file into a tune half (whose errors may be studied) and a check half (only
/// scored), by a hash of each record's key, so the halves never change between runs or machines.
/// </summary>
public static class DevSplit
{
    /// <summary>The half a record with this key (record id, or sentence text) falls in: "tune" or "check".</summary>
    public static string Of(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        // FNV-1a over UTF-8: string.GetHashCode is randomised per process and would move records between halves.
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(key))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (hash & 1) == 0 ? "tune" : "check";
    }

    /// <summary>Keeps the records of one half ("tune" or "check"); null or "all" keeps everything.</summary>
    /// <exception cref="ArgumentException">The half is not tune, check or all.</exception>
    public static IReadOnlyList<T> Filter<T>(IReadOnlyList<T> records, Func<T, string> key, string? half)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(key);
        if (half is null or "all")
        {
            return records;
        }

        if (half is not ("tune" or "check"))
        {
            throw new ArgumentException($"split '{half}' is not tune, check or all", nameof(half));
        }

        return records.Where(r => Of(key(r)) == half).ToList();
    }
}
