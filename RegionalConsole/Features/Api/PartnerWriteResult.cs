namespace RegionalConsole.Features.Api;

public enum WriteKind
{
    /// <summary>Something new was stored (a course, a cancellation, a roster): 201.</summary>
    Created,

    /// <summary>Something stored was changed, or a batch was judged: 200.</summary>
    Changed,
}

/// <summary>What a partner write answers when it is not refused: the body, and for a new course where it lives.</summary>
public sealed record WriteAnswer(WriteKind Kind, object Body, string? Location = null)
{
    public int Status => Kind == WriteKind.Created ? StatusCodes.Status201Created : StatusCodes.Status200OK;

    public static WriteAnswer Created(object body, string? location = null) => new(WriteKind.Created, body, location);

    public static WriteAnswer Changed(object body) => new(WriteKind.Changed, body);
}

/// <summary>The answer an Idempotency-Key holds: given again as it was first given, byte for byte (SPEC §10).</summary>
public sealed record StoredAnswer(int Status, string? Location, string Body);

/// <summary>How a partner write ended: answered, refused, or a repeat of an earlier request answered as it was then.</summary>
public sealed record PartnerWriteResult(WriteAnswer? Answer, Refusal? Refusal, StoredAnswer? Replay)
{
    public static implicit operator PartnerWriteResult(WriteAnswer answer) => new(answer, null, null);

    public static implicit operator PartnerWriteResult(Refusal refusal) => new(null, refusal, null);

    public static implicit operator PartnerWriteResult(StoredAnswer replay) => new(null, null, replay);

    public static PartnerWriteResult From(Outcome<WriteAnswer> outcome) =>
        outcome.Refusal is { } refusal ? refusal : (PartnerWriteResult)outcome.Value!;
}
