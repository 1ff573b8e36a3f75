using Qte.Delivery.Canary;
using Qte.Delivery.Deployment;
using Qte.Delivery.Environments;
using Qte.Delivery.Processes;
using Qte.Delivery.Releases;
using Qte.Delivery.Routing;
using Qte.Delivery.Slots;
using Qte.Delivery.LoadTesting;

namespace Qte.Delivery.Tests.Deployment;

/// <summary>
/// An environment of its own on free loopback ports: releases made from the service as built for these tests,
/// the router started from the same folder, short windows; taken down when the test ends.
/// </summary>
internal sealed class DeploymentFixture : IDisposable
{
    private readonly TemporaryDirectory _root = new();
    private readonly List<string> _log = [];

    public DeploymentFixture()
    {
        Paths = new EnvironmentPaths(Path.Combine(_root.Path, "environments"), "dev");
        Store = new ReleaseStore(Path.Combine(_root.Path, "releases"));
        Settings = new DeploymentSettings
        {
            Environment = "dev",
            PublicPort = LoopbackPort.Free(),
            ReadyTimeout = TimeSpan.FromSeconds(4),
            HealthCheckInterval = TimeSpan.FromMilliseconds(200),
            WatchDuration = TimeSpan.FromMilliseconds(300),
            WatchInterval = TimeSpan.FromMilliseconds(20),
            Drain = TimeSpan.FromSeconds(1),
        };
    }

    public EnvironmentPaths Paths { get; }

    public ReleaseStore Store { get; }

    public DeploymentSettings Settings { get; private set; }

    public IReadOnlyList<string> Log => _log;

    public string PublicUrl => $"http://127.0.0.1:{Settings.PublicPort}";

    public Deployer Deployer(IReadOnlyDictionary<string, string>? releaseEnvironment = null) =>
        Deployer(Settings with { ReleaseEnvironment = releaseEnvironment ?? new Dictionary<string, string>() });

    public Deployer Deployer(DeploymentSettings settings) => new(
        Paths,
        Store,
        new ProcessSlotRunner(),
        new RouterProcess(Paths, AppContext.BaseDirectory, _log.Add),
        settings,
        _log.Add);

    /// <summary>A canary of short steps (10, 50, 100 %), judged on few requests, with traffic at 200 per second.</summary>
    public DeploymentSettings Canary(IReadOnlyDictionary<string, string>? releaseEnvironment = null, bool traffic = true, double stepSeconds = 1) => Settings with
    {
        Strategy = DeploymentStrategy.Canary,
        ReleaseEnvironment = releaseEnvironment ?? new Dictionary<string, string>(),
        Canary = new CanarySettings
        {
            Steps = [10, 50, 100],
            StepDuration = TimeSpan.FromSeconds(stepSeconds),
            MinRequests = 20,
            InconclusiveTimeout = TimeSpan.FromSeconds(1),
            PollInterval = TimeSpan.FromMilliseconds(100),
        },
        Traffic = new TrafficSettings { Enabled = traffic, RatePerSecond = 200, Users = 200 },
    };

    public DeploymentSettings BlueGreen(IReadOnlyDictionary<string, string>? releaseEnvironment = null) => Settings with
    {
        Strategy = DeploymentStrategy.BlueGreen,
        ReleaseEnvironment = releaseEnvironment ?? new Dictionary<string, string>(),
        ScaleDownDelay = TimeSpan.FromMilliseconds(500),
    };

    /// <summary>A release of the service; each variant has other content, so another id.</summary>
    public Release Release(string variant)
    {
        var publish = Path.Combine(_root.Path, "publish-" + variant);
        if (!Directory.Exists(publish))
        {
            foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory))
            {
                Directory.CreateDirectory(publish);
                File.Copy(file, Path.Combine(publish, Path.GetFileName(file)));
            }

            File.WriteAllText(Path.Combine(publish, "variant.txt"), variant);
        }

        return Store.Create(publish, $"1.0.{variant.Length}-{variant}", "abc1234", DateTimeOffset.UtcNow);
    }

    public EnvironmentState State => new StateStore(Paths).Load();

    public async Task<string> ServingReleaseAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var version = Newtonsoft.Json.Linq.JObject.Parse(await http.GetStringAsync(PublicUrl + "/version"));
        return (string)version["releaseId"]!;
    }

    public void Dispose()
    {
        try
        {
            Deployer().Down();
        }
        finally
        {
            KillProcessesUnder(_root.Path);
            _root.Dispose();
        }
    }

    // A safety net, so that no test leaves a process behind whatever happened: every process started from the
    // fixture's folder (its releases, its router copy) or logging into it is killed.
    private static void KillProcessesUnder(string root)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                var cmdline = File.ReadAllText(Path.Combine(directory, "cmdline"));
                var environ = File.ReadAllText(Path.Combine(directory, "environ"));
                if (cmdline.Contains(root, StringComparison.Ordinal) || environ.Contains(root, StringComparison.Ordinal))
                {
                    using var process = System.Diagnostics.Process.GetProcessById(pid);
                    process.Kill(entireProcessTree: true);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
            {
                // Gone already, or not ours to read.
            }
        }
    }
}
