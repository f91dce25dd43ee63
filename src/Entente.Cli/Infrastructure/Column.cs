namespace Entente.Cli.Infrastructure;

/// <summary>One column of a query result in table and CSV form.</summary>
/// <typeparam name="T">The row type.</typeparam>
/// <param name="Header">Column header (CSV uses it as the field name).</param>
/// <param name="Value">The cell text of a row, or null for an empty cell.</param>
internal sealed record Column<T>(string Header, Func<T, string?> Value);
