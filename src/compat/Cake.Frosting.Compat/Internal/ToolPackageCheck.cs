using Cake.Core;
using Cake.Core.Packaging;
using NuGet.Common;
using NuGet.Configuration;
using NuGet.Protocol;
using NuGet.Protocol.Core.Types;
using NuGet.Versioning;

namespace Cake.Frosting.Internal;

/// <summary>
/// Asks the NuGet registries whether a tool's package and version exist, before the installer runs: the installers
/// report a missing package or version, or a registry that does not answer, in several lines of dotnet or NuGet
/// output; this says it in one, naming what is wrong. The registries are the package URI's own source, else those of
/// the NuGet configuration the dotnet CLI reads.
/// </summary>
internal sealed class ToolPackageCheck(ICakeEnvironment environment)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>What is wrong with the tool's package, or null when its registry has it or it is installed already.</summary>
    /// <param name="tool">The tool's package reference.</param>
    /// <param name="tools">The tools folder, absolute.</param>
    public string? Problem(PackageReference tool, string tools)
    {
        ArgumentNullException.ThrowIfNull(tool);
        var dotnet = tool.Scheme.Equals("dotnet", StringComparison.OrdinalIgnoreCase);
        if (!dotnet && !tool.Scheme.Equals("nuget", StringComparison.OrdinalIgnoreCase))
        {
            return null; // another installer's scheme: that installer judges its own URIs
        }

        NuGetVersion? wanted = null;
        if (tool.Parameters.TryGetValue("version", out var versions) && versions.Count > 0 && versions[0] is { } text
            && !NuGetVersion.TryParse(text, out wanted))
        {
            return $"the version '{text}' is not a NuGet version (such as 1.2.3 or 1.2.3-beta.1).";
        }

        // Where the installers put that version (the dotnet CLI's store, Cake.NuGet's Id.Version folder), it is there
        // already: no registry is asked, so that a run with its tools in place needs no network.
        if (wanted is not null && Directory.Exists(dotnet
            ? Path.Combine(tools, ".store", tool.Package.ToLowerInvariant(), wanted.ToNormalizedString())
            : Path.Combine(tools, $"{tool.Package}.{wanted.ToNormalizedString()}")))
        {
            return null;
        }

        using var timeout = new CancellationTokenSource(Timeout);
        var sources = Sources(tool);
        var failures = new List<string>();
        var published = new List<NuGetVersion>();
        foreach (var source in sources)
        {
            try
            {
                published.AddRange(VersionsAsync(source, tool.Package, timeout.Token).GetAwaiter().GetResult());
            }
            catch (Exception ex) when (ex is FatalProtocolException or HttpRequestException or OperationCanceledException or IOException)
            {
                failures.Add($"{source.Source} ({Innermost(ex).Message})");
            }
        }

        var where = string.Join(", ", sources.Select(source => source.Source));
        return (published.Count, wanted) switch
        {
            (0, _) when failures.Count == sources.Count => $"no NuGet registry answered: {string.Join("; ", failures)}.",
            (0, _) => $"no package '{tool.Package}' in {where}.",
            (_, { } version) when !published.Contains(version) =>
                $"'{tool.Package}' has no version {version} in {where}; the newest are {string.Join(", ", published.Distinct().OrderDescending().Take(5))}.",
            _ => null,
        };
    }

    private List<PackageSource> Sources(PackageReference tool)
    {
        if (tool.Address is { } address)
        {
            return [new PackageSource(address.AbsoluteUri)];
        }

        var settings = Settings.LoadDefaultSettings(environment.WorkingDirectory.FullPath);
        return [.. new PackageSourceProvider(settings).LoadPackageSources().Where(source => source.IsEnabled)];
    }

    private static async Task<IEnumerable<NuGetVersion>> VersionsAsync(PackageSource source, string package, CancellationToken cancellation)
    {
        var repository = Repository.Factory.GetCoreV3(source);
        var finder = await repository.GetResourceAsync<FindPackageByIdResource>(cancellation).ConfigureAwait(false)
            ?? throw new IOException("it is not a NuGet package source");
        using var cache = new SourceCacheContext { NoCache = true };
        return await finder.GetAllVersionsAsync(package, cache, NullLogger.Instance, cancellation).ConfigureAwait(false);
    }

    private static Exception Innermost(Exception ex) => ex.InnerException is { } inner ? Innermost(inner) : ex;
}
