namespace Cake.Docker;

/// <summary>Settings for <c>docker stop [OPTIONS] CONTAINER [CONTAINER...]</c>.</summary>
public sealed class DockerContainerStopSettings : AutoToolSettings
{
    /// <summary>--signal: the signal sent first (default the image's stop signal, SIGTERM).</summary>
    public string? Signal { get; set; }

    /// <summary>--time: seconds to wait for the container to stop before killing it (docker's default 10).</summary>
    public int? Time { get; set; }
}
