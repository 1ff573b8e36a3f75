using Cake.Core.Tooling;

namespace Cake.Docker;

/// <summary>
/// Settings whose public properties become the command's options: <c>BuildArg</c> is <c>--build-arg</c>, a
/// <see cref="bool"/> <c>true</c> a bare switch, <c>false</c> <c>--switch=false</c>, an array one option per item.
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
