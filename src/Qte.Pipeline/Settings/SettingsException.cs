namespace Qte.Pipeline.Settings;

/// <summary>
/// A setting with a bad value. The message names where the value came from (option, environment
/// variable or file and key), what was wrong and what is allowed.
/// </summary>
public sealed class SettingsException(string message) : Exception(message);
