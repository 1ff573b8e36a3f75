using Cake.Core.Diagnostics;
using Cake.Frosting;
using Qte.Build.Ci;
using Qte.Pipeline.Ci;
using Qte.Pipeline.Coverage;

namespace Qte.Build.Tasks;

[TaskName("CiReport")]
[TaskDescription("Gives CI the run's outputs (version, restore cache key) and the job summary's tests and coverage; locally it prints them.")]
[IsDependentOn(typeof(BuildInfoTask))]
public sealed class CiReportTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var outputs = new Dictionary<string, string>
        {
            ["version"] = context.Ci.Version?.InformationalVersion ?? string.Empty,
            ["package-version"] = context.Ci.Version?.PackageVersion ?? string.Empty,
            ["restore-cache-key"] = RestoreCacheKey.Compute(context.Paths.Root.FullPath),
        };

        foreach (var (name, value) in outputs)
        {
            GitHubActionsFiles.SetOutput(context, name, value);
            context.Log.Information("Output {0}={1}", name, value);
        }

        var summary = Summary(context);
        if (!GitHubActionsFiles.AppendStepSummary(context, summary))
        {
            context.Log.Verbose("Job summary:{0}{1}", Environment.NewLine, summary);
        }
    }

    private static string Summary(BuildContext context)
    {
        var lines = new List<string> { $"## QTE Build {context.Ci.Version?.InformationalVersion}", string.Empty };
        lines.Add($"**Tests:** {context.Ci.TestResults?.TotalsLine ?? "not run"}{(context.Run.TimingNotes.TryGetValue("Test", out var cached) ? $"; {cached}" : string.Empty)}");
        lines.Add(string.Empty);
        var gate = context.Paths.Coverage.CombineWithFilePath(CoverageFiles.MarkdownFileName).FullPath;
        if (File.Exists(gate))
        {
            lines.Add(File.ReadAllText(gate));
        }

        return string.Join(Environment.NewLine, lines);
    }
}
