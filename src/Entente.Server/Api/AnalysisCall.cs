using Microsoft.AspNetCore.Http;

namespace Entente.Server.Api;

/// <summary>Runs an analysis and turns its refusals into problem+json: bad arguments are 400, a missing analytic 501.</summary>
internal static class AnalysisCall
{
    public static async Task<IResult> RunAsync(Func<Task<IResult>> analysis)
    {
        try
        {
            return await analysis();
        }
        catch (ArgumentException exception)
        {
            return Problems.BadRequest(exception.Message);
        }
        catch (NotImplementedException)
        {
            // The analytics library ships its surface before its insides; say so instead of a bare 500.
            return TypedResults.Problem(
                statusCode: StatusCodes.Status501NotImplemented,
                title: "Not available in this build",
                detail: "This analysis is not implemented in the Entente.Analysis library this server was built with.");
        }
    }
}
