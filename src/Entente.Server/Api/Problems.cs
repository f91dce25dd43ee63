using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Server.Api;

/// <summary>The problem+json answers the endpoints give for bad requests and missing things.</summary>
internal static class Problems
{
    /// <summary>400: a query or body the server cannot act on, with the reason.</summary>
    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The request is not valid", detail: detail);

    /// <summary>404: nothing by that id or name.</summary>
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);
}
