namespace RegionalConsole.Features.Api;

/// <summary>
/// Something a partner should know about a request that succeeded (SPEC §13.1), e.g. <c>CENTRE_WITHOUT_REVIEWER</c>:
/// the item was routed to a centre where nobody reads the queue yet.
/// </summary>
public sealed record ApiWarning(string Code, string Centre, string Message);
