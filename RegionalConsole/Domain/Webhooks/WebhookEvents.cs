using RegionalConsole.Domain.Changes;

namespace RegionalConsole.Domain.Webhooks;

/// <summary>The change types a subscription wants (SPEC §14.3: events omitted = all).</summary>
public static class WebhookEvents
{
    /// <summary>The names asked for, or every type when none; the names that are no change type are returned as unknown.</summary>
    public static IReadOnlyList<ChangeType> Read(IReadOnlyList<string?>? names, out IReadOnlyList<string> unknown)
    {
        var wrong = new List<string>();
        unknown = wrong;
        if (names is null || names.Count == 0)
        {
            return Enum.GetValues<ChangeType>();
        }

        var types = new List<ChangeType>();
        foreach (var name in names)
        {
            if (Enum.TryParse<ChangeType>(name, ignoreCase: false, out var type) && Enum.IsDefined(type) && !int.TryParse(name, out _))
            {
                if (!types.Contains(type))
                {
                    types.Add(type);
                }
            }
            else
            {
                wrong.Add(name ?? "null");
            }
        }

        return types;
    }
}
