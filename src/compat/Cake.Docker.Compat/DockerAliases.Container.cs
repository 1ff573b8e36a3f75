using Cake.Core;
using Cake.Core.Annotations;

namespace Cake.Docker;

// Containers: run, stop, rm.
public static partial class DockerAliases
{
    /// <summary>Runs <paramref name="image"/> in a new container with default settings.</summary>
    /// <returns>The first line of the command's output: the container ID when detached.</returns>
    [CakeMethodAlias]
    public static string? DockerRun(this ICakeContext context, string image, string command, params string[] args) =>
        DockerRun(context, new DockerContainerRunSettings(), image, command, args);

    /// <summary>Runs <paramref name="image"/> in a new container (<c>docker run</c>), with an optional command and arguments.</summary>
    /// <returns>The first line of the command's output: the container ID when detached.</returns>
    [CakeMethodAlias]
    public static string? DockerRun(this ICakeContext context, DockerContainerRunSettings? settings, string image, string command, params string[] args)
    {
        ArgumentException.ThrowIfNullOrEmpty(image);
        string[] arguments = string.IsNullOrEmpty(command) ? [image] : [image, command, .. args];
        return Runner<DockerContainerRunSettings>(context).RunWithResult("run", settings ?? new DockerContainerRunSettings(), arguments).FirstOrDefault();
    }

    /// <summary>Stops containers with default settings (SIGTERM, then SIGKILL after 10 s).</summary>
    [CakeMethodAlias]
    public static void DockerStop(this ICakeContext context, params string[] containers) =>
        DockerStop(context, new DockerContainerStopSettings(), containers);

    /// <summary>Stops containers: the stop signal, then SIGKILL after <see cref="DockerContainerStopSettings.Time"/>.</summary>
    [CakeMethodAlias]
    public static void DockerStop(this ICakeContext context, DockerContainerStopSettings? settings, params string[] containers)
    {
        RequireSome(containers);
        Runner<DockerContainerStopSettings>(context).Run("stop", settings ?? new DockerContainerStopSettings(), containers);
    }

    /// <summary>Removes containers with default settings.</summary>
    [CakeMethodAlias]
    public static void DockerRm(this ICakeContext context, params string[] containers) =>
        DockerRm(context, new DockerContainerRmSettings(), containers);

    /// <summary>Removes containers.</summary>
    [CakeMethodAlias]
    public static void DockerRm(this ICakeContext context, DockerContainerRmSettings? settings, params string[] containers)
    {
        RequireSome(containers);
        Runner<DockerContainerRmSettings>(context).Run("rm", settings ?? new DockerContainerRmSettings(), containers);
    }

    private static void RequireSome(string[] containers)
    {
        if (containers is null || containers.Length == 0)
        {
            throw new ArgumentNullException(nameof(containers), "Name at least one container.");
        }
    }
}
