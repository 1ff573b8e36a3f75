using Cake.Common.Build;
using Cake.Core;

namespace Qte.Build.Ci;

/// <summary>
/// The job summary and step outputs on GitHub Actions, written only when the runner gave their files,
/// so that a run with GITHUB_ACTIONS set but not the rest (a local replay, a test) does not fail.
/// </summary>
public static class GitHubActionsFiles
{
    public static bool AppendStepSummary(ICakeContext context, string markdown)
    {
        var gitHub = context.GitHubActions();
        if (!gitHub.IsRunningOnGitHubActions || string.IsNullOrEmpty(context.Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY")))
        {
            return false;
        }

        gitHub.Commands.SetStepSummary(markdown);
        return true;
    }

    public static bool SetOutput(ICakeContext context, string name, string value)
    {
        var gitHub = context.GitHubActions();
        if (!gitHub.IsRunningOnGitHubActions || string.IsNullOrEmpty(context.Environment.GetEnvironmentVariable("GITHUB_OUTPUT")))
        {
            return false;
        }

        gitHub.Commands.SetOutputParameter(name, value);
        return true;
    }
}
