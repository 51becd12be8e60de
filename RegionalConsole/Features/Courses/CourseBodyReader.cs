using System.Globalization;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Domain.Schedule;
using RegionalConsole.Features.Api;

namespace RegionalConsole.Features.Courses;

/// <summary>
/// Turns an API course body into a <see cref="CourseDraft"/>, naming every field that is missing or malformed.
/// What the checks judge (a weak outline, an unreadable schedule time) is not refused here: it becomes a check result.
/// </summary>
public static class CourseBodyReader
{
    private const decimal MaxDeclaredHours = 300;

    /// <param name="today">Today in Taipei: a course's dates lie between 1912-01-01 and ten years after it (SPEC §13.3).</param>
    public static CourseDraft? Read(CourseBody body, ApiErrors errors, DateOnly today)
    {
        errors.Text("organiserCode", body.OrganiserCode, 20, required: true);
        if (body.Title is null)
        {
            errors.Add("title", ApiMessages.Required());
        }
        else
        {
            // An empty title is judged by the checks (TITLE_INCOMPLETE), not refused.
            errors.Text("title", body.Title, InputBounds.Title);
        }

        errors.Text("externalId", body.ExternalId, 60);
        errors.Text("outline", body.Outline, InputBounds.Outline, multiLine: true);
        errors.Text("approvalDocNo", body.ApprovalDocNo, InputBounds.ApprovalDocNo);
        var start = ReadCourseDate(errors, "startDate", body.StartDate, today);
        var end = ReadCourseDate(errors, "endDate", body.EndDate, today);
        if (start is { } s && end is { } e && e < s)
        {
            errors.Add("endDate", ApiMessages.EndBeforeStart());
        }

        var hours = ReadHours(errors, body.DeclaredHours);
        var delivery = ReadDelivery(errors, body.Delivery);
        var audience = ReadList<Audience>(errors, "audience", body.Audience);
        var schedule = ReadSchedule(errors, body.Schedule, today);
        errors.Text("scheduleText", body.ScheduleText, InputBounds.ScheduleText, multiLine: true);
        for (var i = 0; i < (body.Tags?.Count ?? 0); i++)
        {
            if (string.IsNullOrWhiteSpace(body.Tags![i]))
            {
                errors.Add($"tags[{i}]", ApiMessages.TagBlank());
            }
            else
            {
                errors.Text($"tags[{i}]", body.Tags[i], InputBounds.TagName);
            }
        }

        var contact = ReadContact(errors, body.Contact);
        if (errors.Any)
        {
            return null;
        }

        return new CourseDraft
        {
            ExternalId = body.ExternalId,
            OrganiserCode = body.OrganiserCode,
            Title = body.Title,
            Tags = body.Tags ?? [],
            Outline = body.Outline,
            ApprovalDocNo = body.ApprovalDocNo,
            Delivery = delivery!,
            StartDate = start!.Value,
            EndDate = end!.Value,
            DeclaredHours = hours!.Value,
            Audience = audience,
            Schedule = schedule,
            ScheduleText = body.ScheduleText,
            Contact = contact,
        };
    }

    /// <summary>研習承辦人 (SPEC §13.2, §13.3): a name ≤ 120, one e-mail address, a phone ≤ 40, no control characters.</summary>
    private static CourseContact? ReadContact(ApiErrors errors, ContactBody? body)
    {
        if (body is null)
        {
            return null;
        }

        var name = ReadLine(errors, "contact.name", body.Name, CourseContact.MaxNameLength);
        var email = ApiEmail.Read(errors, "contact.email", body.Email);
        var phone = ReadLine(errors, "contact.phone", body.Phone, CourseContact.MaxPhoneLength);
        var contact = new CourseContact(name, email, phone);
        return contact.IsEmpty ? null : contact;
    }

    private static string? ReadLine(ApiErrors errors, string field, string? value, int maxLength)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length > maxLength)
        {
            errors.Add(field, ApiMessages.TooLong(maxLength));
            return null;
        }

        if (text.Any(char.IsControl))
        {
            errors.Add(field, ApiMessages.ControlCharactersInLine());
            return null;
        }

        return text;
    }

    private static DateOnly? ReadDate(ApiErrors errors, string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            errors.Add(field, ApiMessages.DateRequired());
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, ApiMessages.DateUnreadable(value));
        return null;
    }

    private static DateOnly? ReadCourseDate(ApiErrors errors, string field, string? value, DateOnly today)
    {
        if (ReadDate(errors, field, value) is not { } date)
        {
            return null;
        }

        if (!InputBounds.IsCourseDate(date, today))
        {
            errors.Add(field, ApiMessages.DateOutOfRange(InputBounds.EarliestCourseDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                InputBounds.LatestCourseDate(today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            return null;
        }

        return date;
    }

    private static decimal? ReadHours(ApiErrors errors, decimal? hours)
    {
        switch (hours)
        {
            case null:
                errors.Add("declaredHours", ApiMessages.Required());
                return null;
            case <= 0:
                errors.Add("declaredHours", ApiMessages.HoursNotPositive());
                return null;
            case > MaxDeclaredHours:
                errors.Add("declaredHours", ApiMessages.HoursTooMany(MaxDeclaredHours));
                return null;
        }

        if (decimal.Round(hours.Value, 1) != hours.Value)
        {
            errors.Add("declaredHours", ApiMessages.HoursOneDecimal());
            return null;
        }

        return hours;
    }

    private static CourseDelivery? ReadDelivery(ApiErrors errors, DeliveryBody? body)
    {
        if (body is null)
        {
            errors.Add("delivery", ApiMessages.Required());
            return null;
        }

        var mode = errors.Enum<DeliveryMode>("delivery.mode", body.Mode);
        var kind = errors.Enum<OnlineKind>("delivery.onlineKind", body.OnlineKind, required: false);
        var software = ReadList<DeliverySoftware>(errors, "delivery.software", body.Software);
        errors.Text("delivery.softwareOther", body.SoftwareOther, 100);

        return mode is null ? null : new CourseDelivery { Mode = mode.Value, OnlineKind = kind, Software = software, SoftwareOther = body.SoftwareOther };
    }

    private static List<TEnum> ReadList<TEnum>(ApiErrors errors, string field, List<string>? values)
        where TEnum : struct, Enum
    {
        var list = new List<TEnum>();
        for (var i = 0; i < (values?.Count ?? 0); i++)
        {
            if (errors.Enum<TEnum>($"{field}[{i}]", values![i]) is { } value && !list.Contains(value))
            {
                list.Add(value);
            }
        }

        return list;
    }

    private static List<ScheduleSegmentInput>? ReadSchedule(ApiErrors errors, List<SegmentBody?>? schedule, DateOnly today)
    {
        if (schedule is null)
        {
            return null;
        }

        if (schedule.Count > 500)
        {
            errors.Add("schedule", ApiMessages.ScheduleTooLong(500));
            return null;
        }

        var list = new List<ScheduleSegmentInput>(schedule.Count);
        for (var i = 0; i < schedule.Count; i++)
        {
            if (schedule[i] is not { } segment)
            {
                errors.Add($"schedule[{i}]", ApiMessages.NotNull());
                continue;
            }

            // An unreadable time is a check result (SCHEDULE_INVALID_TIME), not a refusal; a date must be a date.
            DateOnly? date = null;
            if (segment.Date is not null)
            {
                date = ReadCourseDate(errors, $"schedule[{i}].date", segment.Date, today);
            }

            errors.Text($"schedule[{i}].activity", segment.Activity, InputBounds.Activity);
            errors.Text($"schedule[{i}].start", segment.Start, 20);
            errors.Text($"schedule[{i}].end", segment.End, 20);

            list.Add(new ScheduleSegmentInput(date, segment.Start, segment.End, segment.Activity));
        }

        return list;
    }
}
