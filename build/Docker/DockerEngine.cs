using Cake.Core;
using Cake.Docker;

namespace Qte.Build.Docker;

/// <summary>Whether the docker CLI reaches an engine: asked once, before the first task, by runs that need one.</summary>
public static class DockerEngine
{
    /// <summary>Fails in one line, saying what docker answered and how to start an engine, unless one answers.</summary>
    public static string Require(ICakeContext context, string neededBy)
    {
        try
        {
            return context.DockerCustomCommand("version --format {{.Server.Version}}").FirstOrDefault() ?? "unknown";
        }
        catch (CakeException ex)
        {
            var said = ex.Message.StartsWith("docker: ", StringComparison.Ordinal) ? ex.Message["docker: ".Length..] : ex.Message;
            throw new CakeException(
                $"{neededBy}: no Docker engine answers the docker CLI: {said} Start one (sudo systemctl start docker, " +
                "or sudo dockerd), or run without docker (--deploy-target=process).");
        }
    }
}
