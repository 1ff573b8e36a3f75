using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Qte.Delivery.Processes;

/// <summary>
/// Starts the environment's processes so that they outlive the pipeline (output to a log file, not to the
/// pipeline's pipes), and stops them gracefully: SIGTERM, a wait for requests in flight, then a kill.
/// </summary>
public static partial class ProcessControl
{
    private const int SigTerm = 15;

    /// <param name="marker">Text the process's command line must hold (e.g. "Qte.Router.dll"), so that a reused pid is never taken for ours.</param>
    public static bool IsAlive(int pid, string? marker = null)
    {
        if (pid <= 0)
        {
            return false;
        }

        if (OperatingSystem.IsLinux())
        {
            var stat = $"/proc/{pid}/stat";
            try
            {
                // A zombie (state Z) has exited; it only waits for its parent to read its status.
                var text = File.ReadAllText(stat);
                var state = text[(text.LastIndexOf(')') + 2)..].FirstOrDefault();
                return state != 'Z' && (marker is null || File.ReadAllText($"/proc/{pid}/cmdline").Contains(marker, StringComparison.Ordinal));
            }
            catch (IOException)
            {
                return false;
            }
            catch (UnauthorizedAccessException)
            {
                return marker is null;
            }
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Starts <paramref name="assembly"/> with dotnet, detached from the pipeline's output; returns its pid.</summary>
    public static int StartDotNet(string assembly, IReadOnlyDictionary<string, string> environment, string logFile)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(logFile))!);
        var dotnet = Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
        ProcessStartInfo start;
        if (OperatingSystem.IsWindows())
        {
            start = new ProcessStartInfo("cmd.exe", $"/c \"\"{dotnet}\" \"{assembly}\" >> \"{logFile}\" 2>&1\"");
        }
        else
        {
            // exec: the pid is dotnet's own, and its output goes to the log, never to the pipeline's pipes.
            start = new ProcessStartInfo("/bin/sh", ["-c", "exec \"$0\" \"$@\" >>\"$QTE_LOG_FILE\" 2>&1 </dev/null", dotnet, assembly]);
            start.Environment["QTE_LOG_FILE"] = logFile;
        }

        start.UseShellExecute = false;
        start.WorkingDirectory = Path.GetDirectoryName(assembly)!;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new DeliveryException($"Could not start {assembly}.");
        return process.Id;
    }

    /// <summary>Asks the process to stop, waits up to <paramref name="drain"/> for it to finish its requests, then kills it.</summary>
    public static void Stop(int pid, TimeSpan drain, string? marker = null)
    {
        if (!IsAlive(pid, marker))
        {
            return;
        }

        if (!OperatingSystem.IsWindows() && Kill(pid, SigTerm) == 0)
        {
            var deadline = DateTime.UtcNow + drain;
            while (DateTime.UtcNow < deadline && IsAlive(pid))
            {
                Thread.Sleep(25);
            }
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(5));
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            // It exited on its own.
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
