using Qte.Delivery.Processes;

namespace Qte.Delivery.Environments;

/// <summary>
/// One pipeline at a time per environment: a lock file holding the owner's pid, made with create-new so that two
/// pipelines cannot both make it. A lock whose process is gone (killed mid-deploy) is taken over.
/// </summary>
public sealed class EnvironmentLock : IDisposable
{
    private readonly string _path;

    private EnvironmentLock(string path, bool recoveredStale)
    {
        _path = path;
        RecoveredStale = recoveredStale;
    }

    /// <summary>The lock was left by a process that no longer runs, and was taken over.</summary>
    public bool RecoveredStale { get; }

    /// <exception cref="DeliveryException">A live process holds the lock.</exception>
    public static EnvironmentLock Acquire(string path, string environment)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var recovered = false;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
                using var writer = new StreamWriter(stream);
                writer.Write(Environment.ProcessId);
                return new EnvironmentLock(path, recovered);
            }
            catch (IOException) when (File.Exists(path))
            {
                var owner = ReadOwner(path);
                if (owner is { } pid && pid != Environment.ProcessId && ProcessControl.IsAlive(pid))
                {
                    throw new DeliveryException(
                        $"Environment '{environment}' is locked by process {pid}: another pipeline is changing it. Wait for it to end; nothing was changed.");
                }

                File.Delete(path);
                recovered = true;
            }
        }

        throw new DeliveryException($"Environment '{environment}': could not take the lock {path}.");
    }

    public void Dispose() => File.Delete(_path);

    private static int? ReadOwner(string path)
    {
        try
        {
            return int.TryParse(File.ReadAllText(path).Trim(), out var pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
