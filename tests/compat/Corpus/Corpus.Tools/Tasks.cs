using Cake.Common;
using Cake.Common.Tools.ReportGenerator;
using Cake.Core;
using Cake.Core.IO;
using Cake.Frosting;

namespace Corpus.Tools;

[TaskDescription("Renders the coverage file given with --coverage as an HTML report beside it.")]
public sealed class Report : FrostingTask
{
    public override void Run(ICakeContext context)
    {
        var coverage = new FilePath(context.Arguments.GetArgument("coverage"));
        context.ReportGenerator(coverage, coverage.GetDirectory().Combine("report"));
    }
}

[TaskDescription("Prints the version of csharpier, which the startup added with UseTool, found by Cake's tool resolution.")]
public sealed class FormatterVersion : FrostingTask
{
    public override void Run(ICakeContext context)
    {
        var csharpier = context.Tools.Resolve(["csharpier", "csharpier.exe"])
            ?? throw new CakeException("csharpier was not installed into the tools folder.");
        var exitCode = context.StartProcess(csharpier, new ProcessSettings { Arguments = "--version" });
        if (exitCode != 0)
        {
            throw new CakeException($"csharpier --version exited with {exitCode}.");
        }
    }
}

[IsDependentOn(typeof(FormatterVersion))]
[IsDependentOn(typeof(Report))]
public sealed class Default : FrostingTask
{
}
