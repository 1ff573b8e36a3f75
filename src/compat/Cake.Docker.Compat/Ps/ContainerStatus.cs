namespace Cake.Docker;

/// <summary>
/// A container's state, as the STATUS column of <c>docker ps</c> begins.
/// </summary>
public enum ContainerStatus
{
    /// <summary>Created, never started.</summary>
    Created,

    /// <summary>Running ("Up ...").</summary>
    Running,

    /// <summary>Restarting.</summary>
    Restarting,

    /// <summary>Paused.</summary>
    Paused,

    /// <summary>Exited, with an exit code.</summary>
    Exited,
}
