namespace Cake.Docker;

/// <summary>
/// One row of <c>docker ps</c>.
/// </summary>
public class DockerPsResult
{
    /// <summary>Gets or sets the container id.</summary>
    public string Id { get; set; } = null!;

    /// <summary>Gets or sets the image.</summary>
    public string Image { get; set; } = null!;

    /// <summary>Gets or sets the command, without its quotes.</summary>
    public string Command { get; set; } = null!;

    /// <summary>Gets or sets when it was created, as docker writes it ("2 minutes ago").</summary>
    public string Created { get; set; } = null!;

    /// <summary>Gets or sets the state.</summary>
    public ContainerStatus Status { get; set; }

    /// <summary>Gets or sets the exit code of an exited container; otherwise null.</summary>
    public int? ExitCode { get; set; }

    /// <summary>Gets or sets the name.</summary>
    public string Name { get; set; } = null!;

    /// <summary>Gets or sets the size of the container's writable layer in bytes, with <c>--size</c>.</summary>
    public long? Size { get; set; }

    /// <summary>Gets or sets the size including the image in bytes, with <c>--size</c>.</summary>
    public long? VirtualSize { get; set; }
}
