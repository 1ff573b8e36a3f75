using System.Globalization;
using System.Runtime.InteropServices;

namespace Qte.Delivery.Monitoring.Resources;

/// <summary>
/// What 100 % means for the sampled processes: the cores and the memory they may use. A cgroup's limits
/// (cpu.max, memory.max, as a container has them) win over the machine's when they are lower.
/// </summary>
public sealed partial record MachineLimits(double Cores, long MemoryBytes, long ClockTicksPerSecond)
{
    private const int ScClkTck = 2;

    public static MachineLimits Read(string procRoot = "/proc", string cgroupRoot = "/sys/fs/cgroup")
    {
        var cores = (double)Environment.ProcessorCount;
        if (ReadFirstLine(Path.Combine(cgroupRoot, "cpu.max")) is { } cpuMax
            && cpuMax.Split(' ') is [var quota, var period] && quota != "max"
            && double.TryParse(quota, CultureInfo.InvariantCulture, out var q) && double.TryParse(period, CultureInfo.InvariantCulture, out var p) && p > 0)
        {
            cores = Math.Min(cores, q / p);
        }

        var memory = MemTotal(procRoot);
        if (ReadFirstLine(Path.Combine(cgroupRoot, "memory.max")) is { } memoryMax
            && long.TryParse(memoryMax, CultureInfo.InvariantCulture, out var limit) && limit > 0)
        {
            memory = Math.Min(memory, limit);
        }

        var ticks = OperatingSystem.IsLinux() ? SysConf(ScClkTck) : 100;
        return new MachineLimits(cores, memory, ticks > 0 ? ticks : 100);
    }

    private static long MemTotal(string procRoot)
    {
        var line = File.ReadLines(Path.Combine(procRoot, "meminfo")).First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    private static string? ReadFirstLine(string path) =>
        File.Exists(path) ? File.ReadLines(path).FirstOrDefault()?.Trim() : null;

    [LibraryImport("libc", EntryPoint = "sysconf")]
    private static partial long SysConf(int name);
}
