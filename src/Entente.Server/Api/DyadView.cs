using Entente.Analysis;

namespace Entente.Server.Api;

/// <summary>What <c>GET /api/dyads/{a}/{b}</c> answers.</summary>
/// <param name="First">The first side.</param>
/// <param name="Second">The second side.</param>
/// <param name="Reports">Counts over stored reports (each article's event once), with a series and a fitted line.</param>
/// <param name="Series">The series over event clusters (each real-world event once), when the analytics provide it.</param>
/// <param name="Trend">The trend over event clusters with its evidence, when the analytics provide it.</param>
public sealed record DyadView(string First, string Second, DyadReport Reports, DyadSeries? Series, DyadTrend? Trend);
