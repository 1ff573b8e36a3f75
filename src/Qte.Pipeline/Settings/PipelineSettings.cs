using Qte.Pipeline.Timing;
using Qte.Pipeline.Versioning;

namespace Qte.Pipeline.Settings;

/// <summary>
/// The pipeline's settings, read once and validated before any task runs.
/// </summary>
public sealed record PipelineSettings(TimeBudget TimeBudget, string Configuration, SemanticVersion? VersionOverride = null)
{
    public const string FileDisplayPath = "build/config/build.json";

    public static readonly SettingKey TimeBudgetKey = new("time-budget", "QTE_TIME_BUDGET", "timeBudgetSeconds");
    public static readonly SettingKey ConfigurationKey = new("configuration", "QTE_CONFIGURATION", "configuration");
    public static readonly SettingKey VersionOverrideKey = new("version-override", "QTE_VERSION_OVERRIDE", "versionOverride");

    public static IReadOnlyCollection<string> FileKeys { get; } = [TimeBudgetKey.FileKey, ConfigurationKey.FileKey, VersionOverrideKey.FileKey];

    private static readonly string[] Configurations = ["Release", "Debug"];

    /// <exception cref="SettingsException">A value is not allowed; the message names where it came from.</exception>
    public static PipelineSettings Read(LayeredSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var budget = settings.Get(TimeBudgetKey) is { } rawBudget ? TimeBudget.Parse(rawBudget) : TimeBudget.Default;
        var configuration = settings.Get(ConfigurationKey) is { } rawConfiguration
            ? ParseConfiguration(rawConfiguration)
            : "Release";
        var versionOverride = settings.Get(VersionOverrideKey) is { } rawVersion ? ParseVersion(rawVersion) : null;
        return new PipelineSettings(budget, configuration, versionOverride);
    }

    private static string ParseConfiguration(SettingValue value) =>
        Configurations.FirstOrDefault(c => c.Equals(value.Raw.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new SettingsException(
            $"{value.Source}: '{value.Raw}' is not a build configuration. Allowed: {string.Join(", ", Configurations)}.");

    private static SemanticVersion ParseVersion(SettingValue value) =>
        SemanticVersion.TryParse(value.Raw, out var version)
            ? version
            : throw new SettingsException(
                $"{value.Source}: '{value.Raw}' is not a SemVer version. Allowed: MAJOR.MINOR.PATCH[-PRERELEASE][+METADATA], e.g. 1.4.0 or 2.0.0-rc.1.");
}
