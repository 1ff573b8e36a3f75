using System.Security.Cryptography;
using Qte.Delivery.Environments;
using Qte.Delivery.Processes;

namespace Qte.Delivery.Routing;

/// <summary>
/// Keeps an environment's router running: starts it (from its own copy of the binaries) when it is not, with a
/// token made once and kept in the router's state folder, unless QTE_ROUTER_TOKEN gives one.
/// </summary>
public sealed class RouterProcess(EnvironmentPaths paths, string routerPublishDirectory, Action<string> log)
{
    public const string Marker = "Qte.Router.dll";

    public string Token => Environment.GetEnvironmentVariable("QTE_ROUTER_TOKEN") is { Length: > 0 } token ? token : ReadOrMakeTokenFile();

    public RouterClient Client(RouterState router) => new(router.AdminPort, Token);

    /// <returns>The router's state: the running one, or a new one started on the public port.</returns>
    public async Task<RouterState> EnsureRunningAsync(RouterState? current, int publicPort, string portSource, TimeSpan timeout, TimeSpan healthInterval)
    {
        if (current is not null && ProcessControl.IsAlive(current.Pid, Marker))
        {
            using var client = Client(current);
            if (current.PublicPort == publicPort && await client.IsLiveAsync())
            {
                return current;
            }

            ProcessControl.Stop(current.Pid, TimeSpan.FromSeconds(2), Marker);
        }

        if (LoopbackPort.IsInUse(publicPort))
        {
            throw new DeliveryException(
                $"{portSource}: port {publicPort} is in use by another process, so the router cannot take it. Free the port or choose another.");
        }

        CopyBinaries();
        var adminPort = LoopbackPort.Free();
        var pid = ProcessControl.StartDotNet(
            Path.Combine(paths.RouterBinaries, Marker),
            new Dictionary<string, string>
            {
                ["QTE_ROUTER_PORT"] = publicPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["QTE_ROUTER_ADMIN_PORT"] = adminPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["QTE_ROUTER_STATE_DIR"] = paths.RouterState,
                ["QTE_ROUTER_TOKEN"] = Token,
                ["QTE_ROUTER_HEALTH_INTERVAL_MS"] = ((int)healthInterval.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            Path.Combine(paths.Logs, "router.log"));
        var router = new RouterState(pid, publicPort, adminPort, DateTimeOffset.UtcNow);
        using (var client = Client(router))
        {
            var deadline = DateTime.UtcNow + timeout;
            while (!await client.IsLiveAsync())
            {
                if (!ProcessControl.IsAlive(pid) || DateTime.UtcNow > deadline)
                {
                    ProcessControl.Stop(pid, TimeSpan.Zero);
                    throw new DeliveryException(
                        $"The router did not start on port {publicPort} within {timeout.TotalSeconds:0} s. Its log: {Path.Combine(paths.Logs, "router.log")}");
                }

                await Task.Delay(50);
            }
        }

        log($"Router started: public port {publicPort}, admin port {adminPort} (pid {pid})");
        return router;
    }

    private void CopyBinaries()
    {
        if (!File.Exists(Path.Combine(routerPublishDirectory, Marker)))
        {
            if (File.Exists(Path.Combine(paths.RouterBinaries, Marker)))
            {
                return;
            }

            throw new DeliveryException($"The router is not published: '{routerPublishDirectory}' holds no {Marker}.");
        }

        if (Directory.Exists(paths.RouterBinaries))
        {
            Directory.Delete(paths.RouterBinaries, recursive: true);
        }

        foreach (var file in Directory.EnumerateFiles(routerPublishDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(paths.RouterBinaries, Path.GetRelativePath(routerPublishDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private string ReadOrMakeTokenFile()
    {
        var path = Path.Combine(paths.RouterState, "router.token");
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        Directory.CreateDirectory(paths.RouterState);
        File.WriteAllText(path, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return File.ReadAllText(path).Trim();
    }
}
