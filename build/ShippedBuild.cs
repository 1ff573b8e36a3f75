using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.Build;
using Cake.Common.Tools.DotNet.MSBuild;
using Qte.Pipeline.Versioning;

namespace Qte.Build;

/// <summary>
/// What ships, compiled once more, stamped with the version, in one build over a solution filter: the apps and
/// (through their references) the libraries they ship, into bin/&lt;config&gt;/stamped with their own intermediate folder.
/// </summary>
public static class ShippedBuild
{
    public static void Run(BuildContext context, BuildVersion version)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(version);
        var root = context.Paths.Root.FullPath;
        var shipped = SolutionFilter.Write(context, context.Paths.Artifacts.CombineWithFilePath("build/shipped.slnf"),
            ShippedProjects.Of(root, ShippedProjects.Apps.Select(a => a.Project)).Select(p => Path.GetRelativePath(root, p)));
        context.DotNetBuild(shipped.FullPath, new DotNetBuildSettings
        {
            Configuration = context.Settings.Configuration,
            NoRestore = true,
            MSBuildSettings = CompilerServer.On(new DotNetMSBuildSettings())
                .WithProperty("QteVersion", version.PackageVersion)
                .WithProperty("QteAssemblyVersion", version.AssemblyVersion)
                .WithProperty("QteFileVersion", version.FileVersion)
                .WithProperty("QteInformationalVersion", version.InformationalVersion)
                .WithProperty("QteStampShipped", "true")
                // The solution's build above ran the analyzers on these sources and logged their findings for stage 2B;
                // running them again on the stamped copy cost about 6 s of this build's 11.
                .WithProperty("RunAnalyzers", "false")
                .WithProperty("OutputPath", ShippedProjects.StampedFolder(context.Settings.Configuration))
                .WithProperty("IntermediateOutputPath", $"obj/stamped/{context.Settings.Configuration}/"),
        });
    }
}
