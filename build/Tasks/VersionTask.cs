using Cake.Core.Diagnostics;
using Cake.Frosting;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Qte.Build.Git;
using Qte.Primitives.IO;
using Qte.Pipeline.Versioning;

namespace Qte.Build.Tasks;

[TaskName("Version")]
[TaskDescription("Computes the version from git (nearest vX.Y.Z tag, commits since it, short sha, dirty flag; --version-override wins) and writes artifacts/version.json.")]
[IsDependentOn(typeof(CleanTask))]
public sealed class VersionTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var (facts, problem) = context.Settings.VersionOverride is null
            ? RepositoryFactsReader.Read(context, context.Paths.Root)
            : (RepositoryFacts.NoRepository, null);
        if (problem is not null)
        {
            context.Log.Warning("Version: {0}; the version falls back to {1}.", problem, VersionCalculator.NoRepositoryVersion);
        }

        var version = VersionCalculator.Compute(facts, context.Settings.VersionOverride, context.Paths.Root.FullPath);
        context.Ci.Repository = facts;
        context.Ci.Version = version;
        foreach (var warning in version.Warnings)
        {
            context.Log.Warning("Version: {0}", warning);
        }

        context.Log.Information("Version {0} ({1}); assembly {2}, file {3}", version, version.Source, version.AssemblyVersion, version.FileVersion);
        AtomicFile.WriteAllText(context.Paths.VersionFile.FullPath, new JObject
        {
            ["version"] = version.InformationalVersion,
            ["packageVersion"] = version.PackageVersion,
            ["assemblyVersion"] = version.AssemblyVersion,
            ["fileVersion"] = version.FileVersion,
            ["source"] = version.Source,
            ["commit"] = facts.Sha,
            ["branch"] = facts.Branch,
            ["dirty"] = facts.Dirty,
            ["warnings"] = new JArray(version.Warnings),
        }.ToString(Formatting.Indented));
    }
}
