using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using RegionalConsole.Features.Operations;

namespace RegionalConsole.Features.Api;

/// <summary>
/// The one place where what a service answered becomes HTTP: a <see cref="Refusal"/> becomes problem details (RFC 9457;
/// 400 with <c>errors</c> by field, otherwise <c>detail</c>) worded in the request's culture, a value 200, a created
/// resource 201, and a replayed Idempotency-Key the stored answer as it was first given (SPEC §10).
/// </summary>
public static class ApiAnswers
{
    public static IResult ToHttp(this Refusal refusal) => new RefusalResult(refusal ?? throw new ArgumentNullException(nameof(refusal)));

    public static IResult ToHttp<T>(this Outcome<T> outcome)
        where T : class => outcome.Refusal is { } refusal ? refusal.ToHttp() : TypedResults.Ok(outcome.Value);

    public static IResult ToHttp(this PartnerWriteResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result switch
        {
            { Refusal: { } refusal } => refusal.ToHttp(),
            { Replay: { } replay } => new ReplayResult(replay),
            { Answer: { Kind: WriteKind.Created, Location: { } location } answer } => TypedResults.Created(location, answer.Body),
            { Answer: { Kind: WriteKind.Created } answer } => TypedResults.Json(answer.Body, statusCode: StatusCodes.Status201Created),
            { Answer: { } answer } => TypedResults.Ok(answer.Body),
            _ => throw new InvalidOperationException("A partner write answers, refuses or replays."),
        };
    }

    /// <summary>The problem details <paramref name="refusal"/> reads as, in the current UI culture.</summary>
    public static ProblemDetails Problem(Refusal refusal) => ProblemResult(refusal).ProblemDetails;

    private static ProblemHttpResult ProblemResult(Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        ProblemDetails details = refusal.Fields.Count > 0
            ? new HttpValidationProblemDetails(refusal.Fields.GroupBy(f => f.Field)
                .ToDictionary(g => g.Key, g => g.Select(f => f.Message.Render()).ToArray()))
            : new ProblemDetails();
        details.Status = refusal.Status;
        details.Title = refusal.Title.Render();
        details.Detail = refusal.Detail?.Render();
        if (refusal.Missing.Count > 0)
        {
            details.Extensions["missing"] = refusal.Missing.Select(m => m.Render()).ToList();
        }

        foreach (var (name, value) in refusal.Extensions)
        {
            details.Extensions[name] = value;
        }

        // Sets the RFC 9110 "type" for the status, as Results.Problem does.
        return TypedResults.Problem(details);
    }

    /// <summary>Worded when written, not when made: the request's culture is known then, whoever built the refusal.</summary>
    private sealed class RefusalResult(Refusal refusal) : IResult, IStatusCodeHttpResult
    {
        public int? StatusCode => refusal.Status;

        public Task ExecuteAsync(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            httpContext.RequestServices.GetService<ConsoleInstruments>()?.Refused(refusal.Status, refusal.Code);
            return ProblemResult(refusal).ExecuteAsync(httpContext);
        }
    }

    private sealed class ReplayResult(StoredAnswer answer) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = answer.Status;
            if (answer.Location is not null)
            {
                httpContext.Response.Headers.Location = answer.Location;
            }

            httpContext.Response.Headers["Idempotent-Replayed"] = "true";
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            return httpContext.Response.WriteAsync(answer.Body);
        }
    }
}
