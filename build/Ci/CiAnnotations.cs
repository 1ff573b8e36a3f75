using Cake.Common.Build;
using Cake.Common.Build.GitHubActions.Data;
using Cake.Core.Diagnostics;
using Qte.Pipeline.Ci;
using Qte.Pipeline.Testing;

namespace Qte.Build.Ci;

/// <summary>
/// Build errors and failed tests as GitHub Actions error annotations, on the file and line where known;
/// outside GitHub Actions the same lines are logged.
/// </summary>
public static class CiAnnotations
{
    public static void BuildErrors(BuildContext context, IEnumerable<BuildDiagnostic> errors)
    {
        foreach (var error in errors)
        {
            Annotate(context, $"{error.Code}: {error.Message}", error.File, error.Line, error.Column, "Build error");
        }
    }

    public static void TestFailures(BuildContext context, IEnumerable<TestFailure> failures)
    {
        foreach (var failure in failures)
        {
            Annotate(context, failure.Message, failure.SourceFile, failure.Line, null, $"Test failed: {failure.Test}");
        }
    }

    private static void Annotate(BuildContext context, string message, string? file, int? line, int? column, string title)
    {
        var relativeFile = file is null ? null : RelativeToRoot(context, file);
        var gitHub = context.GitHubActions();
        if (gitHub.IsRunningOnGitHubActions)
        {
            gitHub.Commands.Error(message, new GitHubActionsAnnotation
            {
                Title = title,
                File = relativeFile,
                StartLine = line,
                StartColumn = column,
            });
            return;
        }

        var where = relativeFile is null ? string.Empty : line is null ? $"{relativeFile}: " : $"{relativeFile}({line}): ";
        context.Log.Write(Verbosity.Minimal, LogLevel.Error, "{0}: {1}{2}", title, where, message);
    }

    private static string RelativeToRoot(BuildContext context, string file)
    {
        var absolute = Path.IsPathRooted(file) ? file : Path.Combine(context.Paths.Root.FullPath, file);
        var relative = Path.GetRelativePath(context.Paths.Root.FullPath, absolute).Replace('\\', '/');
        return relative.StartsWith("../", StringComparison.Ordinal) ? file : relative;
    }
}
