using MudBlazor;

namespace RegionalConsole.Components.Layout;

internal static class ConsoleTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1b5e7a",
            Secondary = "#2e9e6b",
            AppbarBackground = "#1b5e7a",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Noto Sans TC", "Noto Sans CJK TC", "PingFang TC", "Microsoft JhengHei", "Roboto", "sans-serif"],
            },
        },
    };
}
