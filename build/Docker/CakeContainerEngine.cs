using System.Globalization;
using Cake.Core;
using Cake.Docker;
using Qte.Delivery;
using Qte.Delivery.Slots;

namespace Qte.Build.Docker;

/// <summary>The container engine of container slots, through the Cake.Docker aliases (the docker CLI).</summary>
public sealed class CakeContainerEngine(ICakeContext context) : IContainerEngine
{
    public string Run(ContainerSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        RemoveLeftOver(spec.Name);
        var settings = new DockerContainerRunSettings
        {
            Detach = true,
            Name = spec.Name,
            Network = "host",
            // Names only: docker takes each value from its own environment, so none is on a command line (or in a log).
            Env = [.. spec.Environment.Keys],
            Volume = [.. spec.SharedFolders.Select(folder => $"{folder}:{folder}")],
            Label = [.. spec.Labels.Select(label => $"{label.Key}={label.Value}")],
            EnvironmentVariables = new Dictionary<string, string>(spec.Environment),
        };
        return Docker(() => context.DockerRun(settings, spec.Image, string.Empty)) ?? spec.Name;
    }

    public int? RunningPid(string container)
    {
        try
        {
            var state = context.DockerCustomCommand($"inspect --format {{{{.State.Running}}}}/{{{{.State.Pid}}}} {container}").FirstOrDefault()?.Split('/');
            return state is ["true", var pid] && int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
        }
        catch (CakeException)
        {
            return null;
        }
    }

    public void Stop(string container, TimeSpan timeout)
    {
        Docker(() => context.DockerStop(new DockerContainerStopSettings { Time = (int)Math.Ceiling(timeout.TotalSeconds) }, container));
        Docker(() => context.DockerRm(new DockerContainerRmSettings { Force = true }, container));
    }

    // A container of the same name left by a run that was killed (names are environment, slot and port).
    private void RemoveLeftOver(string name)
    {
        if (context.DockerCustomCommand($"ps --all --quiet --filter name=^{name}$").Any())
        {
            context.DockerRm(new DockerContainerRmSettings { Force = true }, name);
        }
    }

    private static void Docker(Action action) => Docker<object?>(() =>
    {
        action();
        return null;
    });

    private static T Docker<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (CakeException ex)
        {
            throw new DeliveryException(ex.Message, ex);
        }
    }
}
