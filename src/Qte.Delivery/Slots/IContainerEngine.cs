namespace Qte.Delivery.Slots;

/// <summary>
/// The container engine as slots need it. The build implements it with the Cake.Docker aliases; this library
/// knows nothing of Cake or of the docker CLI.
/// </summary>
public interface IContainerEngine
{
    /// <summary>Starts a detached container on the host's network and returns its ID.</summary>
    string Run(ContainerSpec spec);

    /// <summary>The container's main process as the host sees it, or null when the container runs no longer (or never existed).</summary>
    int? RunningPid(string container);

    /// <summary>Stops the container (its stop signal, then SIGKILL after <paramref name="timeout"/>) and removes it.</summary>
    void Stop(string container, TimeSpan timeout);
}
