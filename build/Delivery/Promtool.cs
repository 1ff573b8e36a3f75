using Cake.Common;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;

namespace Qte.Build.Delivery;

/// <summary>Checks generated Prometheus files with promtool when it is installed (.ci/run installs it); says so when it is not.</summary>
public static class Promtool
{
    /// <param name="checks">promtool's check command ("check config", "check rules") and the file for each.</param>
    /// <exception cref="CakeException">promtool refused a file.</exception>
    public static void Check(ICakeContext context, string task, params (string Command, FilePath File)[] checks)
    {
        ArgumentNullException.ThrowIfNull(context);
        var promtool = context.Tools.Resolve("promtool");
        if (promtool is null)
        {
            context.Log.Warning("  promtool is not installed here, so the files were not checked with it (.ci/run installs it and checks them).");
            return;
        }

        foreach (var (command, file) in checks)
        {
            var exitCode = context.StartProcess(promtool, new ProcessSettings
            {
                Arguments = new ProcessArgumentBuilder().Append(command).AppendQuoted(file.FullPath),
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            }, out var output, out var errors);
            if (exitCode != 0)
            {
                throw new CakeException($"{task}: promtool {command} refused {file.FullPath}: {string.Join(" ", output.Concat(errors))}");
            }

            context.Log.Information("  promtool {0}: {1} passed", command, file.GetFilename());
        }
    }
}
