using System.Runtime.InteropServices;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Qte.Build.Ci;
using Qte.Pipeline.Ci;

namespace Qte.Build.Tasks;

[TaskName("BuildInfo")]
[TaskDescription("Checks that every assembly of ours that ships (found in the publish output of the service and the router) carries the version, names each, and writes artifacts/build-info.json (version, commit, branch, build time, CI run, OS, SDK).")]
[IsDependentOn(typeof(PublishTask))]
public sealed class BuildInfoTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var version = context.Ci.Version ?? throw new CakeException("BuildInfo: the Version task has not run; run BuildInfo with its dependencies.");
        var stamped = ShippedAssemblies.Versions(context);
        var wrong = stamped.Where(a => a.Value != version.InformationalVersion).ToList();
        if (wrong.Count > 0)
        {
            throw new CakeException(
                $"BuildInfo: {wrong.Count} assemblies do not carry the version {version.InformationalVersion}: " +
                string.Join(", ", wrong.Select(a => $"{a.Key} has '{a.Value}'")) + ". Were they built by this run's Build task?");
        }

        var repository = context.Ci.Repository;
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
            BuildMachine.CiRunOf(context),
            $"{RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture})",
            BuildMachine.SdkVersion(context),
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
}
