using Cake.Common;
using Cake.Common.Build;
using Cake.Core.IO;
using Qte.Pipeline.Ci;

namespace Qte.Build.Ci;

/// <summary>Where the build runs, for build-info.json: the CI run (or a local build) and the .NET SDK.</summary>
public static class BuildMachine
{
    public static CiRun CiRunOf(BuildContext context)
    {
        var buildSystem = context.BuildSystem();
        if (buildSystem.IsRunningOnGitHubActions)
        {
            var workflow = buildSystem.GitHubActions.Environment.Workflow;
            return new CiRun("GitHubActions", workflow.RunId, workflow.RunNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return buildSystem.IsLocalBuild ? CiRun.Local : new CiRun(buildSystem.Provider.ToString(), null, null);
    }

    /// <summary>What `dotnet --version` says, or "unknown".</summary>
    public static string SdkVersion(BuildContext context)
    {
        var exitCode = context.StartProcess(
            "dotnet",
            new ProcessSettings { Arguments = "--version", RedirectStandardOutput = true, WorkingDirectory = context.Paths.Root },
            out var output);
        return exitCode == 0 ? output.FirstOrDefault()?.Trim() ?? "unknown" : "unknown";
    }
}
