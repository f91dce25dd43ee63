namespace Entente.Server.Api;

/// <summary>One page of a listing.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageSize">Items per page.</param>
/// <param name="HasMore">True when a next page has items.</param>
/// <param name="Items">The items of this page.</param>
public sealed record ResultPage<T>(int Page, int PageSize, bool HasMore, IReadOnlyList<T> Items);
