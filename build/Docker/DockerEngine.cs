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
            var what = said.Contains("Could not locate executable", StringComparison.Ordinal)
                ? "the docker CLI is not installed (not on PATH)."
                : $"no Docker engine answers the docker CLI: {said}";
            throw new CakeException(
                $"{neededBy}: {what} Start an engine (sudo systemctl start docker, or sudo dockerd; apt-get install docker.io " +
                "where there is none), or run without docker (--deploy-target=process).");
        }
    }
}
