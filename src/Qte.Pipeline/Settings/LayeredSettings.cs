namespace Qte.Pipeline.Settings;

/// <summary>
/// Finds a setting's value in order of precedence: command line, then environment variable, then config file.
/// </summary>
public sealed class LayeredSettings(
    Func<string, string?> commandLine,
    Func<string, string?> environment,
    Func<string, SettingValue?> file)
{
    public LayeredSettings(Func<string, string?> commandLine, Func<string, string?> environment, SettingsFile file)
        : this(commandLine, environment, (Func<string, SettingValue?>)file.Get)
    {
    }

    public SettingValue? Get(SettingKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (commandLine(key.Option) is { } fromCommandLine)
        {
            return new SettingValue(fromCommandLine, $"--{key.Option}");
        }

        if (environment(key.EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return new SettingValue(fromEnvironment, $"environment variable {key.EnvironmentVariable}");
        }

        return file(key.FileKey);
    }
}
