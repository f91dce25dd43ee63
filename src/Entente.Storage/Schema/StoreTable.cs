namespace Entente.Storage.Schema;

/// <summary>One column of a stored table and how its value is read from the record being stored.</summary>
/// <typeparam name="T">The record a row is made from.</typeparam>
/// <param name="Name">Column name, snake_case.</param>
/// <param name="Value">
/// The column value as a provider-neutral .NET value: string, int, long, double, bool, <see cref="DateOnly"/>,
/// <see cref="DateTimeOffset"/> or null. Each provider turns these into its own database types.
/// </param>
internal sealed record StoreColumn<T>(string Name, Func<T, object?> Value);

/// <summary>A table that rows are inserted into, with its columns in insert order.</summary>
/// <typeparam name="T">The record a row is made from.</typeparam>
/// <param name="Name">Table name.</param>
/// <param name="Columns">The columns written on insert.</param>
internal sealed record StoreTable<T>(string Name, IReadOnlyList<StoreColumn<T>> Columns);
