namespace Cake.Docker;

/// <summary>
/// Docker's built-in network drivers, for a network option's value.
/// </summary>
public static class DockerBridge
{
    /// <summary>The default bridge network.</summary>
    public const string Bridge = "bridge";

    /// <summary>No network.</summary>
    public const string None = "none";

    /// <summary>The host's network stack.</summary>
    public const string Host = "host";
}
