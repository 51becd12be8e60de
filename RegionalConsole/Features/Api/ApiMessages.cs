namespace RegionalConsole.Features.Api;

/// <summary>
/// Every sentence the partner API answers with, one method per key of <c>Resources/ApiMessages.resx</c> (the method's
/// name is the key, so a renamed key fails the build or <c>ApiMessagesTests</c>, never silently).
/// </summary>
public static class ApiMessages
{
    /// <summary>Several sentences read as one (not a key of its own: each part is).</summary>
    internal static ApiMessage Joined(IReadOnlyList<ApiMessage> parts) => ApiMessage.Join(parts);

    // Problem titles (RFC 9457 "title").
    public static ApiMessage TitleInvalid() => new(nameof(TitleInvalid));
    public static ApiMessage TitleForbidden() => new(nameof(TitleForbidden));
    public static ApiMessage TitleNotFound() => new(nameof(TitleNotFound));
    public static ApiMessage TitleConflict() => new(nameof(TitleConflict));
    public static ApiMessage TitleCalendarMissing() => new(nameof(TitleCalendarMissing));
    public static ApiMessage TitleNoticeMissing() => new(nameof(TitleNoticeMissing));
    public static ApiMessage TitleTooManyRequests() => new(nameof(TitleTooManyRequests));
    public static ApiMessage TitleApiKeyInvalid() => new(nameof(TitleApiKeyInvalid));
    public static ApiMessage TitleApiKeyFailures() => new(nameof(TitleApiKeyFailures));

    // The API key itself (SPEC §10, §13.3).
    public static ApiMessage ApiKeyInvalid(string header) => new(nameof(ApiKeyInvalid), header);
    public static ApiMessage ApiKeyFailures() => new(nameof(ApiKeyFailures));
    public static ApiMessage ApiKeyForbidden() => new(nameof(ApiKeyForbidden));

    // Any body (SPEC §10, §13.3).
    public static ApiMessage BodyNotJson() => new(nameof(BodyNotJson));
    public static ApiMessage BodyMissing() => new(nameof(BodyMissing));
    public static ApiMessage BodyMalformed(string field) => new(nameof(BodyMalformed), field);
    public static ApiMessage Required() => new(nameof(Required));
    public static ApiMessage NotNull() => new(nameof(NotNull));
    public static ApiMessage NotNegative() => new(nameof(NotNegative));
    public static ApiMessage TooLong(int maxLength) => new(nameof(TooLong), maxLength);
    public static ApiMessage ControlCharacters() => new(nameof(ControlCharacters));
    public static ApiMessage ControlCharactersInLine() => new(nameof(ControlCharactersInLine));
    public static ApiMessage ControlCharactersBeyondLineBreaks() => new(nameof(ControlCharactersBeyondLineBreaks));
    public static ApiMessage UnknownValue(string value, string allowed) => new(nameof(UnknownValue), value, allowed);
    public static ApiMessage EmailTooLong(int maxLength) => new(nameof(EmailTooLong), maxLength);
    public static ApiMessage EmailControlCharacters() => new(nameof(EmailControlCharacters));
    public static ApiMessage EmailInvalid(string shown) => new(nameof(EmailInvalid), shown);
    public static ApiMessage DateRequired() => new(nameof(DateRequired));
    public static ApiMessage DateUnreadable(string value) => new(nameof(DateUnreadable), value);
    public static ApiMessage DateOutOfRange(string earliest, string latest) => new(nameof(DateOutOfRange), earliest, latest);
    public static ApiMessage NationalIdInvalid() => new(nameof(NationalIdInvalid));
    public static ApiMessage NationalIdDuplicate() => new(nameof(NationalIdDuplicate));
    public static ApiMessage IdempotencyKeyTooLong(int maxLength) => new(nameof(IdempotencyKeyTooLong), maxLength);
    public static ApiMessage IdempotencyKeyReused(string key, string request) => new(nameof(IdempotencyKeyReused), key, request);
    public static ApiMessage RateLimited(int perMinute) => new(nameof(RateLimited), perMinute);
    public static ApiMessage CalendarMissing(int year) => new(nameof(CalendarMissing), year);

    // Institution and teacher sync (SPEC §10, §14.1).
    public static ApiMessage SyncBatchEmpty() => new(nameof(SyncBatchEmpty));
    public static ApiMessage SyncBatchTooLarge(int maxItems, int count) => new(nameof(SyncBatchTooLarge), maxItems, count);
    public static ApiMessage InstitutionCodeInvalid() => new(nameof(InstitutionCodeInvalid));
    public static ApiMessage SyncCountyUnknown(string? countyCode) => new(nameof(SyncCountyUnknown), countyCode);
    public static ApiMessage InstitutionOutOfScope(string? code) => new(nameof(InstitutionOutOfScope), code);
    public static ApiMessage InstitutionNotFound(string code) => new(nameof(InstitutionNotFound), code);
    public static ApiMessage TeacherNotFound(string maskedId) => new(nameof(TeacherNotFound), maskedId);
    public static ApiMessage ServingInstitutionUnknown(string? code) => new(nameof(ServingInstitutionUnknown), code);
    public static ApiMessage TeacherServingOutOfScope(string code) => new(nameof(TeacherServingOutOfScope), code);
    public static ApiMessage TeacherNewWithoutServingNeedsAdministrator() => new(nameof(TeacherNewWithoutServingNeedsAdministrator));
    public static ApiMessage TeacherOutOfScope() => new(nameof(TeacherOutOfScope));

    // Courses (SPEC §10, §13.2, §14.2).
    public static ApiMessage CourseNotFound(string courseNo) => new(nameof(CourseNotFound), courseNo);
    public static ApiMessage OrganiserOutOfScope(string organiserCode) => new(nameof(OrganiserOutOfScope), organiserCode);
    public static ApiMessage CourseReadOutOfScope(string courseNo) => new(nameof(CourseReadOutOfScope), courseNo);
    public static ApiMessage OrganiserCoursesOutOfScope(string? organiserCode) => new(nameof(OrganiserCoursesOutOfScope), organiserCode);
    public static ApiMessage ExternalIdNotFound(string? organiserCode, string? externalId) => new(nameof(ExternalIdNotFound), organiserCode, externalId);
    public static ApiMessage OrganiserUnknown(string? organiserCode) => new(nameof(OrganiserUnknown), organiserCode);
    public static ApiMessage OrganiserWithoutCentre(string organiserCode) => new(nameof(OrganiserWithoutCentre), organiserCode);
    public static ApiMessage OrganiserUnchangeable(string organiserCode) => new(nameof(OrganiserUnchangeable), organiserCode);
    public static ApiMessage ExternalIdTaken(string externalId, string courseNo) => new(nameof(ExternalIdTaken), externalId, courseNo);
    public static ApiMessage ExternalIdRepeatedInBatch(string externalId, int earlier) => new(nameof(ExternalIdRepeatedInBatch), externalId, earlier);
    public static ApiMessage BatchEmpty() => new(nameof(BatchEmpty));
    public static ApiMessage BatchTooLarge(int max, int sent) => new(nameof(BatchTooLarge), max, sent);
    public static ApiMessage CourseCancelledNotModifiable(string courseNo) => new(nameof(CourseCancelledNotModifiable), courseNo);
    public static ApiMessage EndBeforeStart() => new(nameof(EndBeforeStart));
    public static ApiMessage TagBlank() => new(nameof(TagBlank));
    public static ApiMessage HoursNotPositive() => new(nameof(HoursNotPositive));
    public static ApiMessage HoursTooMany(decimal max) => new(nameof(HoursTooMany), max);
    public static ApiMessage HoursOneDecimal() => new(nameof(HoursOneDecimal));
    public static ApiMessage ScheduleTooLong(int max) => new(nameof(ScheduleTooLong), max);

    // Enrolment (SPEC §13.2).
    public static ApiMessage EnrolmentNotOpen(string courseNo, string status) => new(nameof(EnrolmentNotOpen), courseNo, status);
    public static ApiMessage EnrolledNegative() => new(nameof(EnrolledNegative));
    public static ApiMessage EnrolledMissing() => new(nameof(EnrolledMissing));
    public static ApiMessage EnrolledMismatch(int teachers) => new(nameof(EnrolledMismatch), teachers);
    public static ApiMessage TeachersTooMany(int max, int sent) => new(nameof(TeachersTooMany), max, sent);

    // Cancellation and postponement (SPEC §5.5, §13.2).
    public static ApiMessage CourseAlreadyCancelled(string courseNo) => new(nameof(CourseAlreadyCancelled), courseNo);
    public static ApiMessage SentAtInFuture() => new(nameof(SentAtInFuture));
    public static ApiMessage SentAtUnreadable() => new(nameof(SentAtUnreadable));
    public static ApiMessage NoticeNone(int enrolled) => new(nameof(NoticeNone), enrolled);
    public static ApiMessage NoticeChannelMissing() => new(nameof(NoticeChannelMissing));
    public static ApiMessage NoticeSentAtMissing() => new(nameof(NoticeSentAtMissing));
    public static ApiMessage NoticeRecipientsMissing() => new(nameof(NoticeRecipientsMissing));
    public static ApiMessage NoticeTooFewRecipients(int recipients, int enrolled) => new(nameof(NoticeTooFewRecipients), recipients, enrolled);
    public static ApiMessage PostponementChangeMissing(int enrolled) => new(nameof(PostponementChangeMissing), enrolled);

    // Rosters (SPEC §3, §5.6).
    public static ApiMessage RosterEmpty() => new(nameof(RosterEmpty));
    public static ApiMessage RosterCourseCancelled(string courseNo) => new(nameof(RosterCourseCancelled), courseNo);
    public static ApiMessage RosterCourseNotApproved(string courseNo, string status) => new(nameof(RosterCourseNotApproved), courseNo, status);
    public static ApiMessage RosterAttendeeRepeated(int first) => new(nameof(RosterAttendeeRepeated), first);
    public static ApiMessage RosterHoursOverDeclared(decimal hours, decimal declared) => new(nameof(RosterHoursOverDeclared), hours, declared);

    // The working-day calendar (SPEC §10).
    public static ApiMessage TitleCalendarNotImported() => new(nameof(TitleCalendarNotImported));
    public static ApiMessage SubmittedAtRequired() => new(nameof(SubmittedAtRequired));
    public static ApiMessage SubmittedAtUnreadable(string value) => new(nameof(SubmittedAtUnreadable), value);
    public static ApiMessage CentreRequired() => new(nameof(CentreRequired));
    public static ApiMessage CentreUnknown(string centre) => new(nameof(CentreUnknown), centre);
    public static ApiMessage CalendarImportAdministratorsOnly() => new(nameof(CalendarImportAdministratorsOnly));
    public static ApiMessage CalendarNotCsv() => new(nameof(CalendarNotCsv));
    public static ApiMessage CalendarFileInvalid() => new(nameof(CalendarFileInvalid));
    public static ApiMessage CalendarYearNotImported(int year, int rocYear) => new(nameof(CalendarYearNotImported), year, rocYear);

    // Accounts, centres and API keys (SPEC §10, §13.1).
    public static ApiMessage AccountsAdministratorsOnly() => new(nameof(AccountsAdministratorsOnly));
    public static ApiMessage AccountNotFound(int id) => new(nameof(AccountNotFound), id);
    public static ApiMessage ApiClientsAdministratorsOnly() => new(nameof(ApiClientsAdministratorsOnly));
    public static ApiMessage CountyUnknown(string county) => new(nameof(CountyUnknown), county);
    public static ApiMessage PartnerScopeRequired() => new(nameof(PartnerScopeRequired));
    public static ApiMessage InstitutionUnknown(string code) => new(nameof(InstitutionUnknown), code);
}
