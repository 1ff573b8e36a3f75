using Qte.Pipeline.Caching;

namespace Qte.Build.Caching;

/// <summary>
/// The solution's restore, its inputs and outputs: the project, props, targets and lock files, the SDK pin and NuGet
/// config, and what the last restore wrote (each project's obj/project.assets.json and project.nuget.cache). When
/// none changed since a restore that succeeded, restoring again would do nothing but take its two seconds; the
/// package scans, which read that restore, key on it too. A deleted package folder under ~/.nuget is not seen:
/// --no-cache restores anyway.
/// </summary>
public static class RestoreKey
{
    public const string CacheKind = "restore";
    public const string CacheName = "solution";

    public static ContentKey Compute(string root)
    {
        var key = new ContentKey();
        foreach (var (path, relative) in RepositoryFiles.Enumerate(root, name =>
            name.EndsWith(".csproj", StringComparison.Ordinal) || name.EndsWith(".props", StringComparison.Ordinal) || name.EndsWith(".targets", StringComparison.Ordinal)
            || name is "packages.lock.json" or "global.json" or "dotnet-tools.json" or "QteBuild.slnx" || name.Equals("nuget.config", StringComparison.OrdinalIgnoreCase)))
        {
            key.AddFile(relative, path);
            if (relative.EndsWith(".csproj", StringComparison.Ordinal))
            {
                var obj = Path.Combine(Path.GetDirectoryName(path)!, "obj");
                key.AddFile(relative + "/obj/project.assets.json", Path.Combine(obj, "project.assets.json"));
                key.AddFile(relative + "/obj/project.nuget.cache", Path.Combine(obj, "project.nuget.cache"));
            }
        }

        return key;
    }
}
