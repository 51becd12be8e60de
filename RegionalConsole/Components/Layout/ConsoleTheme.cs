using MudBlazor;

namespace RegionalConsole.Components.Layout;

internal static class ConsoleTheme
{
    public static MudTheme Theme { get; } = new()
    {
        // WCAG 2.1 AA (1.4.3): every colour reaches 4.5:1 both as text on white and under white text (a filled chip or
        // button). MudBlazor's defaults do not: warning #ff9800 2.2:1, success #00c853 2.2:1, error #f44336 3.7:1,
        // info #2196f3 3.1:1. Here: primary 7.2, secondary 5.3, info 5.8, success 5.1, warning 5.4, error 5.6,
        // secondary text 6.2 (5.7 on a grey row).
        PaletteLight = new PaletteLight
        {
            Primary = "#1b5e7a",
            Secondary = "#1e7a52",
            Info = "#1565c0",
            Success = "#2e7d32",
            Warning = "#9a5b00",
            Error = "#c62828",
            TextSecondary = "#616161",
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
