namespace RegionalConsole.Domain.Checks;

/// <summary>
/// ONLINE_SOFTWARE_MISSING: online and blended courses name their remote-teaching software from the managed list,
/// and 「其他」 needs its name (共同研討二 提案二; SPEC §5.4).
/// </summary>
public sealed class DeliveryCheck : ICourseCheck
{
    public void Check(CourseUnderCheck course, ICollection<CheckResult> results)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(results);
        var delivery = course.Draft.Delivery;
        if (delivery.Mode == DeliveryMode.InPerson)
        {
            return;
        }

        var mode = delivery.Mode == DeliveryMode.Blended ? "混成課程" : "數位課程";
        if (delivery.Software.Count == 0)
        {
            results.Add(Missing($"{mode}須填寫遠距教學軟體（如 Google Meet、Microsoft Teams、Webex、Zoom、YouTube 直播、教師e學院）。", mode));
        }
        else if (delivery.Software.Contains(DeliverySoftware.Other) && string.IsNullOrWhiteSpace(delivery.SoftwareOther))
        {
            results.Add(Missing("遠距教學軟體選擇「其他」，但未填寫軟體名稱。", $"{mode}：其他"));
        }
    }

    private static CheckResult Missing(string message, string evidence) =>
        new(CheckCodes.OnlineSoftwareMissing, CheckSeverity.Error, message, CheckRules.Delivery, evidence);
}
