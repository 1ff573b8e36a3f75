using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.Build;
using Cake.Common.Tools.DotNet.BuildServer;
using Cake.Common.Tools.DotNet.MSBuild;
using Cake.Core;
using Cake.Frosting;
using Qte.Build.Ci;
using Qte.Pipeline.Ci;

namespace Qte.Build.Tasks;

[TaskName("Build")]
[TaskDescription("Builds the solution once, in the configured configuration (Release by default), unstamped (so that a new commit changes no test's inputs), then compiles what ships (the apps and the projects they reference) once more, stamped with the version, without restoring again.")]
[IsDependentOn(typeof(RestoreTask))]
[IsDependentOn(typeof(VersionTask))]
public sealed class BuildTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var version = context.Ci.Version ?? throw new CakeException("Build: the Version task has not run; run Build with its dependencies.");

        var errorLog = context.Paths.Logs.CombineWithFilePath("build-errors.log");
        var msbuild = CompilerServer.On(new DotNetMSBuildSettings());
        msbuild.FileLoggers.Add(new MSBuildFileLoggerSettings { LogFile = errorLog.FullPath, SummaryOutputLevel = MSBuildLoggerOutputLevel.ErrorsOnly });
        System.IO.Directory.CreateDirectory(context.Paths.Logs.FullPath);
        try
        {
            context.DotNetBuild(context.Paths.Solution.FullPath, new DotNetBuildSettings
            {
                Configuration = context.Settings.Configuration,
                NoRestore = true,
                MSBuildSettings = msbuild,
            });

            ShippedBuild.Run(context, version);
        }
        catch (CakeException)
        {
            var errors = System.IO.File.Exists(errorLog.FullPath)
                ? BuildDiagnostic.ParseLog(System.IO.File.ReadLines(errorLog.FullPath))
                : [];
            CiAnnotations.BuildErrors(context, errors);
            throw new CakeException($"Build failed with {errors.Count} error(s); the first: {(errors.Count > 0 ? errors[0].ToString() : null) ?? "see the output above"}. Log: {errorLog.FullPath}");
        }
        finally
        {
            // Nothing compiles after this task: the server goes with it instead of idling for minutes after the run.
            context.DotNetBuildServerShutdown(new DotNetBuildServerShutdownSettings { VBCSCompiler = true });
        }
    }
}
