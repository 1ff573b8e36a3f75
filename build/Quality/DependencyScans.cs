using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.Package.List;
using Cake.Core;
using Cake.Core.Diagnostics;
using Newtonsoft.Json;
using Qte.Build.Caching;
using Qte.Pipeline.Quality;
using Qte.Pipeline.Quality.Dependencies;

namespace Qte.Build.Quality;

/// <summary>
/// `dotnet list package --vulnerable --include-transitive`, `--deprecated` and `--outdated` over the restored solution, run in
/// parallel through Cake's DotNetListPackage alias. A scan whose command fails or reports an error, and a vulnerable
/// scan whose sources publish no vulnerability data, is unknown with the reason.
/// </summary>
public static class DependencyScans
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(10);

    /// <summary>How old a stored scan may be: new advisories and versions are published every day.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);

    private const string CacheKind = "scans";
    private const string CacheName = "dependencies";
    private const string ResultFile = "quality/dependency-scans.json";

    /// <summary>The scans, or those stored under the same restore (<see cref="RestoreKey"/>) within <see cref="MaxAge"/>.</summary>
    public static async Task<IReadOnlyList<DependencyScan>> RunAsync(BuildContext context)
    {
        var artifacts = context.Paths.Artifacts.FullPath;
        // The scans read what the restore resolved (--no-restore): the restore's key, its inputs and outputs, is theirs.
        var key = RestoreKey.Compute(context.Paths.Root.FullPath);
        if (RunCache.TryReuse(context, CacheKind, CacheName, key, MaxAge) is { } hit
            && JsonConvert.DeserializeObject<List<DependencyScan>>(File.ReadAllText(Path.Combine(artifacts, ResultFile))) is { Count: 3 } stored)
        {
            context.Log.Information("Dependency scans: cached, from run {0} at {1:yyyy-MM-dd HH:mm}Z (the restore's inputs and outputs unchanged; at most {2} h old).", hit.Run, hit.Created, MaxAge.TotalHours);
            return stored;
        }

        var (scans, failed) = await ScanAsync(context);
        Directory.CreateDirectory(Path.Combine(artifacts, "quality"));
        File.WriteAllText(Path.Combine(artifacts, ResultFile), JsonConvert.SerializeObject(scans, Formatting.Indented));
        if (!failed)
        {
            // A scan whose command failed is not stored: the next run asks again.
            RunCache.Store(context, CacheKind, CacheName, key, [ResultFile]);
        }

        return scans;
    }

    private static async Task<(IReadOnlyList<DependencyScan> Scans, bool Failed)> ScanAsync(BuildContext context)
    {
        var scans = await Task.WhenAll(
            Task.Run(() => Scan(context, PackageIssueKind.Vulnerable)),
            Task.Run(() => Scan(context, PackageIssueKind.Deprecated)),
            Task.Run(() => Scan(context, PackageIssueKind.Outdated)));

        var (vulnerable, sources) = scans[0];
        if (vulnerable.Unanswered is null)
        {
            using var http = new HttpClient { Timeout = ProbeTimeout };
            if (await PackageSourceProbe.FindMissingVulnerabilityDataAsync(sources, http) is { } missing)
            {
                vulnerable = DependencyScan.Unknown(PackageIssueKind.Vulnerable, missing);
            }
        }

        return ([vulnerable, scans[1].Scan, scans[2].Scan], scans.Any(s => s.Scan.Unanswered is not null));
    }

    private static (DependencyScan Scan, IReadOnlyList<string> Sources) Scan(BuildContext context, PackageIssueKind kind)
    {
        DotNetPackageList list;
        try
        {
            list = context.DotNetListPackage(context.Paths.Solution.FullPath, new DotNetPackageListSettings
            {
                Vulnerable = kind == PackageIssueKind.Vulnerable,
                Deprecated = kind == PackageIssueKind.Deprecated,
                Outdated = kind == PackageIssueKind.Outdated,
                Transitive = kind == PackageIssueKind.Vulnerable,

                // The Restore task restored every project; three scans restoring it again beside the tests cost about 20 s of CPU.
                ArgumentCustomization = args => args.Append("--no-restore"),
            });
        }
        catch (Exception ex) when (ex is CakeException or InvalidOperationException or Newtonsoft.Json.JsonException or System.Text.Json.JsonException)
        {
            return (DependencyScan.Unknown(kind, $"dotnet list package --{kind.ToString().ToLowerInvariant()} failed: {ex.Message}"), []);
        }

        var errors = (list.Problems ?? []).Where(p => p.Level == DotNetPackageListProblemType.Error).Select(p => p.Text).ToList();
        if (errors.Count > 0)
        {
            return (DependencyScan.Unknown(kind, string.Join("; ", errors)), list.Sources?.ToList() ?? []);
        }

        var root = context.Paths.Root.FullPath;
        var issues = (
            from project in list.Projects ?? []
            from framework in project.Frameworks ?? []
            from package in (framework.TopLevelPackages ?? []).Concat(framework.TransitivePackages ?? [])
            select new PackageIssue(kind, RepositoryPath.Relative(root, project.Path), package.Id, package.ResolvedVersion, Detail(kind, package))).ToList();
        return (new DependencyScan(kind, issues, null), list.Sources?.ToList() ?? []);
    }

    private static string Detail(PackageIssueKind kind, DotNetPackageListPackageItem package) => kind switch
    {
        PackageIssueKind.Vulnerable => string.Join(", ", (package.Vulnerabilities ?? []).Select(v => $"{v.Severity} {v.AdvisoryUrl}")),
        PackageIssueKind.Deprecated => string.Join(", ", package.DeprecationReasons ?? []) + (package.AlternativePackage is { } alternative ? $"; use {alternative.Id}" : string.Empty),
        _ => $"latest {package.LatestVersion}",
    };
}
