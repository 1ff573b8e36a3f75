namespace Qte.Pipeline.Settings;

/// <summary>
/// The three names of one setting: the command-line option (without dashes), the environment variable
/// and the key in the build's config file.
/// </summary>
public sealed record SettingKey(string Option, string EnvironmentVariable, string FileKey);
