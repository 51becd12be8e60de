namespace RegionalConsole;

/// <summary>Marker for the UI strings: Resources/Ui.resx (zh-TW, the default) and Ui.en.resx (English).</summary>
public sealed class Ui;
