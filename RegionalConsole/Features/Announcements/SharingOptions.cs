using RegionalConsole.Domain.Sharing;

namespace RegionalConsole.Features.Announcements;

/// <summary>The <c>Sharing</c> configuration section: <c>Sharing:MaxFileBytes</c> (default 10 MB).</summary>
public sealed record SharingOptions(long MaxFileBytes)
{
    public static SharingOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var max = configuration.GetValue("Sharing:MaxFileBytes", SharedFileType.DefaultMaxBytes);
        return max > 0 ? new SharingOptions(max) : throw new InvalidOperationException("Sharing:MaxFileBytes must be a positive number of bytes.");
    }
}
