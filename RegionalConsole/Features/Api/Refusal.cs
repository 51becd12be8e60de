using RegionalConsole.Domain;
using RegionalConsole.Domain.Cancellations;

namespace RegionalConsole.Features.Api;

/// <summary>
/// Why the partner API refuses a request (SPEC §10): the HTTP status it stands for, a stable code (the detail's message
/// key, or <c>Invalid</c> for bad fields), the bad fields with what is wrong with each, and the words as message keys.
/// Services return it; <see cref="ApiAnswers"/> turns it into problem details (RFC 9457) in the request's language.
/// </summary>
public sealed record Refusal(int Status, string Code, ApiMessage Title, ApiMessage? Detail, IReadOnlyList<FieldProblem> Fields)
{
    public const string InvalidCode = "Invalid";

    /// <summary>What a postponement or cancellation still lacks (the problem's <c>missing</c> member, 共同研討一 提案三).</summary>
    public IReadOnlyList<ApiMessage> Missing { get; init; } = [];

    /// <summary>Further members of the problem, as they are (e.g. <c>missingYear</c>, the <c>lines</c> of a bad file).</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = new Dictionary<string, object?>();

    /// <summary>400 naming one bad field.</summary>
    public static Refusal Invalid(string field, ApiMessage message) =>
        new(StatusCodes.Status400BadRequest, InvalidCode, ApiMessages.TitleInvalid(), null, [new FieldProblem(field, message)]);

    /// <summary>400 naming every bad field of the request at once.</summary>
    public static Refusal Invalid(ApiErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return new(StatusCodes.Status400BadRequest, InvalidCode, ApiMessages.TitleInvalid(), null, errors.Problems);
    }

    /// <summary>403: the key may not act for what it named; nothing read further (SPEC §10).</summary>
    public static Refusal Forbidden(ApiMessage detail) => Of(StatusCodes.Status403Forbidden, ApiMessages.TitleForbidden(), detail);

    public static Refusal NotFound(ApiMessage detail) => Of(StatusCodes.Status404NotFound, ApiMessages.TitleNotFound(), detail);

    public static Refusal Conflict(ApiMessage detail) => Of(StatusCodes.Status409Conflict, ApiMessages.TitleConflict(), detail);

    /// <summary>503: no review due date can be computed before the year's office calendar is imported (第11條第8款).</summary>
    public static Refusal CalendarMissing(DateTime nowUtc) =>
        Of(StatusCodes.Status503ServiceUnavailable, ApiMessages.TitleCalendarMissing(), ApiMessages.CalendarMissing(RocDate.TaipeiDate(nowUtc).Year));

    /// <summary>409 when enrolled teachers were not (all) told: nothing changed, and <c>missing</c> says what to add (共同研討一 提案三).</summary>
    public static Refusal NoticeMissing(IReadOnlyList<NoticeGap> missing)
    {
        ArgumentNullException.ThrowIfNull(missing);
        ApiMessage[] messages = [.. missing.Select(NoticeMessage)];
        return new Refusal(StatusCodes.Status409Conflict, "NoticeMissing", ApiMessages.TitleNoticeMissing(), ApiMessages.Joined(messages), [])
        {
            Missing = messages,
        };
    }

    private static ApiMessage NoticeMessage(NoticeGap gap) => gap.Kind switch
    {
        NoticeGapKind.NoNotice => ApiMessages.NoticeNone(gap.Enrolled),
        NoticeGapKind.ChannelMissing => ApiMessages.NoticeChannelMissing(),
        NoticeGapKind.SentAtMissing => ApiMessages.NoticeSentAtMissing(),
        NoticeGapKind.RecipientsMissing => ApiMessages.NoticeRecipientsMissing(),
        NoticeGapKind.TooFewRecipients => ApiMessages.NoticeTooFewRecipients(gap.Recipients ?? 0, gap.Enrolled),
        _ => ApiMessages.PostponementChangeMissing(gap.Enrolled),
    };

    private static Refusal Of(int status, ApiMessage title, ApiMessage detail) => new(status, detail.Key, title, detail, []);
}

/// <summary>One bad field of a body, named as the API names it (<c>schedule[2].activity</c>).</summary>
public sealed record FieldProblem(string Field, ApiMessage Message);

/// <summary>A service's answer: the value asked for, or the <see cref="Api.Refusal"/> that stands instead.</summary>
public readonly record struct Outcome<T>
    where T : class
{
    private Outcome(T? value, Refusal? refusal)
    {
        Value = value;
        Refusal = refusal;
    }

    public T? Value { get; }

    public Refusal? Refusal { get; }

    public static implicit operator Outcome<T>(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), null);

    public static implicit operator Outcome<T>(Refusal refusal) => new(null, refusal ?? throw new ArgumentNullException(nameof(refusal)));
}
