using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Qte.Build.Caching;
using Qte.Pipeline.Caching;

namespace Qte.Build.Testing;

/// <summary>
/// The cache key of one test project's run: everything that can change its results.
/// <list type="bullet">
/// <item>Every file of its build output (bin/&lt;configuration&gt;/): the assemblies it loads, ours and packages', and their PDBs (coverage maps lines through them). The solution's build is unstamped, so a commit changes only what it edits.</item>
/// <item>The repository's data: every file but C# sources, build output and run state (build/config, .ci, runsettings, the solution, README). Tests read some of them; a C# change reaches the key through the built assemblies.</item>
/// <item>How the run is made: filter, collector, loggers.</item>
/// <item>The environment variables that change results (QTE_*, DOTNET_*, ASPNETCORE_*, CI, PATH, locale, DOCKER_HOST), by value hash; never those whose names say secret.</item>
/// <item>The runtime, and the peers tests use or skip without: each tool's resolved file (path, size, time), whether a docker engine socket exists and whether the registry port answers.</item>
/// </list>
/// </summary>
public static class TestRunKeys
{
    /// <summary>The external tools some tests run (or skip without): their installed files are part of the key.</summary>
    public static readonly string[] Peers = ["docker", "promtool", "prometheus", "chromium", "chromium-browser", "wrk", "nginx", "git", "python3", "docker-registry"];

    private static readonly string[] EnvironmentPrefixes = ["QTE_", "DOTNET_", "ASPNETCORE_"];

    private static readonly string[] EnvironmentNames = ["CI", "PATH", "LANG", "LC_ALL", "TZ", "DOCKER_HOST", "HOME"];

    // Set afresh by every launch (build.sh): it changes no result.
    private static readonly string[] RunVariables = ["QTE_LAUNCHED_AT_MS"];

    private static readonly string[] SecretWords = ["SECRET", "PASSWORD", "TOKEN", "WEBHOOK", "APIKEY", "API_KEY", "CREDENTIAL"];

    /// <summary>What every test project's key shares: repository data, run arguments, environment, runtime and peers.</summary>
    public static ContentKey Shared(string root, IEnumerable<string> runArguments, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var key = new ContentKey();
        foreach (var (path, relative) in RepositoryFiles.Enumerate(root, name => !name.EndsWith(".cs", StringComparison.Ordinal) && !name.EndsWith(".user", StringComparison.Ordinal)))
        {
            key.AddFile("repo/" + relative, path);
        }

        key.AddText("run/arguments", string.Join('\n', runArguments));
        foreach (var (name, value) in environment.Where(p => Matters(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            key.AddText($"env/{name}", value);
        }

        key.AddText("runtime", RuntimeInformation.FrameworkDescription + " " + RuntimeInformation.RuntimeIdentifier);
        foreach (var peer in Peers)
        {
            key.AddText($"peer/{peer}", ToolFile(peer, environment.GetValueOrDefault("PATH")));
        }

        key.AddText("peer/docker-engine", environment.GetValueOrDefault("DOCKER_HOST") ?? (File.Exists("/var/run/docker.sock") ? "socket" : null));
        key.AddText("peer/registry-127.0.0.1:5000", Answers(5000) ? "answers" : null);
        return key;
    }

    /// <summary>One test project's key: the shared inputs and its build output.</summary>
    public static ContentKey ForProject(ContentKey shared, string projectDirectory, string configuration)
    {
        ArgumentNullException.ThrowIfNull(shared);
        var key = new ContentKey();
        foreach (var (name, hash) in shared.Inputs)
        {
            key.AddHash(name, hash);
        }

        return key.AddDirectory("bin", Path.Combine(projectDirectory, "bin", configuration));
    }

    /// <summary>Whether an environment variable is part of the key: one that changes results, and not a secret.</summary>
    public static bool Matters(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var upper = name.ToUpperInvariant();
        return !SecretWords.Any(w => upper.Contains(w, StringComparison.Ordinal)) && !RunVariables.Contains(upper, StringComparer.Ordinal)
            && (EnvironmentNames.Contains(upper, StringComparer.Ordinal) || EnvironmentPrefixes.Any(p => upper.StartsWith(p, StringComparison.Ordinal)));
    }

    private static string? ToolFile(string tool, string? path)
    {
        foreach (var folder in (path ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var file = new FileInfo(Path.Combine(folder, tool));
            if (file.Exists)
            {
                return FormattableString.Invariant($"{file.FullName} {file.Length} {file.LastWriteTimeUtc:O}");
            }
        }

        return null;
    }

    // A blocking connect: on loopback it is accepted or refused at once, however loaded the machine (a connect given a
    // short timeout on a busy thread pool once read a running registry as absent, and every test project missed).
    private static bool Answers(int port)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
