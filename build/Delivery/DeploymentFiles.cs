using Qte.Delivery.Canary;
using Qte.Delivery.Deployment;
using Qte.Primitives.IO;

namespace Qte.Build.Delivery;

/// <summary>deployment.json: how a deployment ended, each check and the restore time; a canary's analysis beside it.</summary>
public static class DeploymentFiles
{
    public static void Write(string path, DeploymentResult result) =>
        AtomicFile.WriteAllText(path, ReportJson.Serialize(result));

    /// <summary>canary-analysis.json and .md beside deployment.json.</summary>
    public static void WriteCanary(string directory, CanaryReport report)
    {
        AtomicFile.WriteAllText(Path.Combine(directory, "canary-analysis.json"), ReportJson.Serialize(report));
        AtomicFile.WriteAllText(Path.Combine(directory, "canary-analysis.md"), CanaryReportMarkdown.Write(report));
    }
}
