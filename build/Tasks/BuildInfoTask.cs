using System.Diagnostics;
using System.Runtime.InteropServices;
using Cake.Common;
using Cake.Common.Build;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Frosting;
using Qte.Pipeline.Ci;

namespace Qte.Build.Tasks;

[TaskName("BuildInfo")]
[TaskDescription("Checks that every assembly of ours that ships (found in the publish output of the service and the router) carries the version, names each, and writes artifacts/build-info.json (version, commit, branch, build time, CI run, OS, SDK).")]
[IsDependentOn(typeof(PublishTask))]
public sealed class BuildInfoTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var version = context.Version ?? throw new CakeException("BuildInfo: the Version task has not run; run BuildInfo with its dependencies.");
        var stamped = StampedAssemblies(context);
        var wrong = stamped.Where(a => a.Value != version.InformationalVersion).ToList();
        if (wrong.Count > 0)
        {
            throw new CakeException(
                $"BuildInfo: {wrong.Count} assemblies do not carry the version {version.InformationalVersion}: " +
                string.Join(", ", wrong.Select(a => $"{a.Key} has '{a.Value}'")) + ". Were they built by this run's Build task?");
        }

        var repository = context.Repository;
        var info = new BuildInfo(
            version.InformationalVersion,
            version.PackageVersion,
            version.AssemblyVersion,
            version.FileVersion,
            version.Source,
            repository?.Sha ?? string.Empty,
            repository?.Branch,
            repository?.Dirty ?? false,
            context.Time.GetUtcNow(),
            CiRunOf(context),
            $"{RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture})",
            SdkVersion(context),
            stamped);
        info.Write(context.Paths.BuildInfo.FullPath);
        context.Log.Information(
            "Build info: {0} from {1} on {2}; every shipped assembly carries the version: {3}; {4}",
            info.Version,
            info.Commit.Length > 0 ? info.Commit[..Math.Min(7, info.Commit.Length)] : "no commit",
            info.Branch ?? "no branch",
            string.Join(", ", stamped.Keys),
            context.Paths.BuildInfo.FullPath);
    }

    // What ships: each published app's folder, and in it every assembly built from a project of this repository. An
    // app's own assembly must be there; a library is checked where the app ships it.
    private static Dictionary<string, string> StampedAssemblies(BuildContext context)
    {
        var ours = context.Globber.GetFiles($"{context.Paths.Root.FullPath}/src/**/*.csproj")
            .Select(p => p.GetFilenameWithoutExtension().FullPath)
            .Concat(PublishTask.Apps.Select(a => System.IO.Path.GetFileNameWithoutExtension(a.Project)))
            .ToHashSet(StringComparer.Ordinal);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (project, folder) in PublishTask.Apps)
        {
            var directory = context.Paths.Publish.Combine(folder).FullPath;
            var app = System.IO.Path.GetFileNameWithoutExtension(project);
            if (!File.Exists(System.IO.Path.Combine(directory, app + ".dll")))
            {
                throw new CakeException($"BuildInfo: {app}.dll is missing from {directory}; the Publish task did not publish {project}.");
            }

            foreach (var assembly in Directory.EnumerateFiles(directory, "*.dll").Where(f => ours.Contains(System.IO.Path.GetFileNameWithoutExtension(f))).Order(StringComparer.Ordinal))
            {
                result[$"{folder}/{System.IO.Path.GetFileName(assembly)}"] = FileVersionInfo.GetVersionInfo(assembly).ProductVersion ?? string.Empty;
            }
        }

        return result;
    }

    private static CiRun CiRunOf(BuildContext context)
    {
        var buildSystem = context.BuildSystem();
        if (buildSystem.IsRunningOnGitHubActions)
        {
            var workflow = buildSystem.GitHubActions.Environment.Workflow;
            return new CiRun("GitHubActions", workflow.RunId, workflow.RunNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return buildSystem.IsLocalBuild ? CiRun.Local : new CiRun(buildSystem.Provider.ToString(), null, null);
    }

    private static string SdkVersion(BuildContext context)
    {
        var exitCode = context.StartProcess(
            "dotnet",
            new ProcessSettings { Arguments = "--version", RedirectStandardOutput = true, WorkingDirectory = context.Paths.Root },
            out var output);
        return exitCode == 0 ? output.FirstOrDefault()?.Trim() ?? "unknown" : "unknown";
    }
}
