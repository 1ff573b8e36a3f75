namespace Cake.Docker;

/// <summary>Settings for <c>docker rm [OPTIONS] CONTAINER [CONTAINER...]</c>.</summary>
public sealed class DockerContainerRmSettings : AutoToolSettings
{
    /// <summary>--force: remove a running container (it is killed).</summary>
    public bool? Force { get; set; }

    /// <summary>--link: remove the named link.</summary>
    public bool? Link { get; set; }

    /// <summary>--volumes: remove the container's anonymous volumes.</summary>
    public bool? Volumes { get; set; }
}
