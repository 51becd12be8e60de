using Microsoft.AspNetCore.Mvc;
using RegionalConsole.Auth;
using RegionalConsole.Features.Api;

namespace RegionalConsole.Features.Courses;

// POST /api/v1/courses/batch: many course bodies of SPEC §10 in one request, for partner systems that submit in bulk.

public sealed record CourseBatchBody(List<CourseBody?>? Courses);

/// <summary>One answer per course, in the order sent; <see cref="Created"/> + <see cref="Refused"/> = courses sent.</summary>
public sealed record CourseBatchAnswer(int Created, int Refused, IReadOnlyList<CourseBatchResult> Results);

/// <summary>
/// A course of the batch: <see cref="Status"/> is what POST /api/v1/courses would have answered for it alone — 201 with
/// <see cref="Course"/> and <see cref="Location"/>, or 400/403/409/503 with <see cref="Problem"/>.
/// </summary>
public sealed record CourseBatchResult(int Index, int Status, string? Location, CourseAnswer? Course, CourseBatchProblem? Problem);

/// <summary>Problem details (RFC 9457) of one course; <see cref="Errors"/> names fields as <c>courses[3].title</c>.</summary>
public sealed record CourseBatchProblem(string? Type, string? Title, int? Status, string? Detail, IDictionary<string, string[]>? Errors);

public sealed partial class CourseIntakeService
{
    /// <summary>
    /// The most courses one batch request may carry: about 1 MB of JSON and one transaction of a few seconds at most,
    /// short enough not to hold SQLite's single writer for long.
    /// </summary>
    public const int MaxBatchSize = 1_000;

    /// <summary>
    /// POST /api/v1/courses/batch: each course is judged exactly as POST /api/v1/courses would judge it, the refused
    /// ones store nothing, and every admitted course is stored in one transaction.
    /// </summary>
    public async Task<PartnerWriteResult> SubmitBatchAsync(ApiCaller caller, CourseBatchBody body, string? idempotencyKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        switch (body.Courses?.Count ?? 0)
        {
            case 0:
                return Refusal.Invalid("courses", ApiMessages.BatchEmpty());
            case > MaxBatchSize:
                return Refusal.Invalid("courses", ApiMessages.BatchTooLarge(MaxBatchSize, body.Courses!.Count));
        }

        return await StoreAsync(new PartnerRequest(caller, "POST /api/v1/courses/batch", idempotencyKey), body.Courses!,
            outcomes => WriteAnswer.Changed(BatchAnswer(outcomes)), ct);
    }

    private static CourseBatchAnswer BatchAnswer(IReadOnlyList<IntakeOutcome> outcomes)
    {
        var results = outcomes.Select((o, i) => o.Answer is { } answer
            ? new CourseBatchResult(i, StatusCodes.Status201Created, o.Location, answer, null)
            : new CourseBatchResult(i, o.Refusal!.Status, null, null, Problem(o.Refusal, i))).ToList();
        var created = results.Count(r => r.Course is not null);
        return new CourseBatchAnswer(created, results.Count - created, results);
    }

    /// <summary>The refusal a single POST would answer, with its fields named within the batch.</summary>
    private static CourseBatchProblem Problem(Refusal refusal, int index)
    {
        var details = ApiAnswers.Problem(refusal);
        var errors = (details as HttpValidationProblemDetails)?.Errors
            .ToDictionary(e => e.Key.Length == 0 ? $"courses[{index}]" : $"courses[{index}].{e.Key}", e => e.Value);
        return new CourseBatchProblem(details.Type, details.Title, details.Status, details.Detail, errors);
    }
}
