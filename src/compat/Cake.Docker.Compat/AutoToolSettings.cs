using Cake.Core.Tooling;

namespace Cake.Docker;

/// <summary>
/// Settings whose public properties become the command's options, as Cake.Docker writes them: <c>BuildArg</c> is
/// <c>--build-arg</c>; a true bool is a bare switch and false or null leaves it out; a number is <c>--name N</c>;
/// a non-empty string <c>--name "value"</c>; an array one option per item; a <see cref="TimeSpan"/> <c>--name 1h2m3s</c>.
/// <see cref="AutoPropertyAttribute"/> changes the form of one property.
/// </summary>
public abstract class AutoToolSettings : ToolSettings
{
    /// <summary>Properties whose values are never printed (Cake shows them as [REDACTED]).</summary>
    public readonly HashSet<string> SecretProperties;

    /// <summary>Collects the secret properties of the concrete settings.</summary>
    protected AutoToolSettings()
    {
        SecretProperties = new HashSet<string>(CollectSecretProperties() ?? [], StringComparer.Ordinal);
    }

    /// <summary>The names of the properties whose values are secrets.</summary>
    protected virtual string[]? CollectSecretProperties() => null;
}
