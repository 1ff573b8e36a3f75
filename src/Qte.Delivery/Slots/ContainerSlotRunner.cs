using System.Globalization;
using Qte.Delivery.Environments;
using Qte.Delivery.Releases;

namespace Qte.Delivery.Slots;

/// <summary>
/// A slot as a container of the release's image on the host network, listening on its loopback port as a process
/// slot does, so that the router, the checks and every strategy treat both alike.
/// </summary>
/// <param name="imageOf">The image reference of a release (the build makes the image when it is missing).</param>
/// <param name="sharedFolders">Host folders the service writes (the environment's experiments and events).</param>
public sealed class ContainerSlotRunner(IContainerEngine engine, Func<Release, string> imageOf, string environmentName, IReadOnlyList<string> sharedFolders) : ISlotRunner
{
    public SlotState Start(Release release, string slot, int port, IReadOnlyDictionary<string, string> environment, string logDirectory)
    {
        ArgumentNullException.ThrowIfNull(release);
        var image = imageOf(release);
        var name = $"qte-{environmentName}-{slot}-{port.ToString(CultureInfo.InvariantCulture)}";
        var variables = SlotVariables.For(release, slot, port, environment);
        foreach (var folder in sharedFolders)
        {
            OpenToContainerUser(folder);
        }

        var labels = new Dictionary<string, string>
        {
            ["qte.environment"] = environmentName,
            ["qte.slot"] = slot,
            ["qte.release"] = release.Id,
        };
        engine.Run(new ContainerSpec(image, name, variables, sharedFolders, labels));
        var pid = engine.RunningPid(name)
            ?? throw new DeliveryException($"Container {name} ({image}) exited as soon as it started; `docker logs {name}` says why.");
        return new SlotState(release.Id, release.Manifest.Version, port, pid, SlotStatus.Starting, DateTimeOffset.UtcNow, name);
    }

    public bool IsRunning(SlotState slot) => slot?.Container is { } name && engine.RunningPid(name) is not null;

    public void Stop(SlotState slot, TimeSpan drain)
    {
        ArgumentNullException.ThrowIfNull(slot);
        engine.Stop(slot.Container ?? throw new ArgumentException("The slot runs no container.", nameof(slot)), drain);
    }

    // The image runs as an unprivileged user (uid 10001) that owns nothing on the host: the folders it writes
    // (the events database and its journal) are opened to it, and so are the files already in them.
    internal static void OpenToContainerUser(string folder)
    {
        Directory.CreateDirectory(folder);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        const UnixFileMode everyone = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite;
        File.SetUnixFileMode(folder, everyone | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            File.SetUnixFileMode(file, everyone);
        }
    }
}
