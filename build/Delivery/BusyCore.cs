using System.Diagnostics;

namespace Qte.Build.Delivery;

/// <summary>A second process that keeps one core busy (a shell loop) until disposed: the benchmarks' loaded machine.</summary>
public sealed class BusyCore : IDisposable
{
    private readonly Process _process;

    private BusyCore(Process process) => _process = process;

    public static BusyCore Start() =>
        new(Process.Start(new ProcessStartInfo("/bin/sh", ["-c", "while :; do :; done"]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("The busy-core process did not start."));

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
