using Cake.Core.IO;

namespace Qte.Build;

/// <summary>
/// Where the build reads its inputs and writes its outputs, all under the repository root.
/// </summary>
public sealed class BuildPaths(DirectoryPath root)
{
    public const string SolutionFileName = "QteBuild.slnx";

    public DirectoryPath Root { get; } = root;

    public FilePath Solution => Root.CombineWithFilePath(SolutionFileName);

    public FilePath BuildConfigFile => Root.CombineWithFilePath("build/config/build.json");

    public DirectoryPath Artifacts => Root.Combine("artifacts");

    public DirectoryPath TestResults => Artifacts.Combine("test-results");

    public DirectoryPath Timing => Artifacts.Combine("timing");

    public FilePath QualityConfigFile => Root.CombineWithFilePath("build/config/quality.json");

    public DirectoryPath Coverage => Artifacts.Combine("coverage");

    /// <summary>Kept by Clean: what later runs compare with (the previous coverage).</summary>
    public DirectoryPath History => Artifacts.Combine("history");

    /// <summary>Stage 2B's reports: quality-report.json/.md, analyzers.sarif, the formatter's report.</summary>
    public DirectoryPath Quality => Artifacts.Combine("quality");

    /// <summary>Results stored by content key (tests, scans, coverage), kept by Clean; restored and saved by CI's cache step.</summary>
    public DirectoryPath Cache => Artifacts.Combine("cache");

    public DirectoryPath Logs => Artifacts.Combine("logs");

    public FilePath VersionFile => Artifacts.CombineWithFilePath("version.json");

    public FilePath BuildInfo => Artifacts.CombineWithFilePath(Qte.Pipeline.Ci.BuildInfo.FileName);

    /// <summary>Stage 4-v4's load test, thresholds and alerting, in the seed's shape; layered under "monitoring".</summary>
    public FilePath MonitoringConfigFile => Root.CombineWithFilePath("build/config/monitoring.json");

    public DirectoryPath EnvironmentsConfig => Root.Combine("build/config/environments");

    /// <summary>The experiment definitions the user edits: one &lt;key&gt;.json each.</summary>
    public DirectoryPath ExperimentsConfig => Root.Combine("build/config/experiments");

    /// <summary>An experiment's reports: the seed's config, the analysis and the exported events.</summary>
    public DirectoryPath AbTest(string experiment) => Artifacts.Combine("ab").Combine(experiment);

    public DirectoryPath Publish => Artifacts.Combine("publish");

    public DirectoryPath ReleaseZips => Artifacts.Combine("releases");

    public DirectoryPath Deploy(string environment) => Artifacts.Combine("deploy").Combine(environment);

    public DirectoryPath Monitoring(string environment) => Artifacts.Combine("monitoring").Combine(environment);

    /// <summary>Live state, outside artifacts/ so that Clean never touches what runs: .qte/.</summary>
    public DirectoryPath LiveState => Root.Combine(".qte");

    public FilePath Manifest => Artifacts.CombineWithFilePath(Qte.Pipeline.Artifacts.ArtifactManifest.FileName);
}
