namespace Entente.Server.Api;

/// <summary>One interval of a dyad's series.</summary>
/// <param name="Start">First day of the interval.</param>
/// <param name="End">Last day of the interval (use both as since/until to list its events).</param>
/// <param name="Events">Counted events in it.</param>
/// <param name="QuadClasses">Events per quad class 1–4 (index 0 is quad class 1).</param>
/// <param name="GoldsteinSum">Sum of Goldstein scores.</param>
/// <param name="GoldsteinMean">Mean Goldstein score.</param>
public sealed record DyadPoint(DateOnly Start, DateOnly End, int Events, IReadOnlyList<int> QuadClasses, double GoldsteinSum, double GoldsteinMean);
