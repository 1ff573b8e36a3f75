namespace Qte.Pipeline.Settings;

/// <summary>
/// A raw setting value and where it came from, e.g. "--time-budget" or "build/config/build.json: timeBudgetSeconds".
/// </summary>
public sealed record SettingValue(string Raw, string Source);
