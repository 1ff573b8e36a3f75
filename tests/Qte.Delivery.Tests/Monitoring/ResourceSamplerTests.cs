using System.Diagnostics;
using Qte.Delivery.Monitoring.Resources;

namespace Qte.Delivery.Tests.Monitoring;

/// <summary>The sampler reading this test's own process from /proc.</summary>
[Collection(Qte.Delivery.Tests.Deployment.DeploymentCollection.Name)]
public sealed class ResourceSamplerTests
{
    [Fact]
    public async Task Should_See_A_Busy_Process_Use_CPU_And_Memory()
    {
        var limits = MachineLimits.Read();
        var sampler = ResourceSampler.Start([Environment.ProcessId], TimeSpan.FromMilliseconds(50), limits);
        // Busy on a thread of its own, so that the sampler's timer is never short of a pool thread.
        var worker = new Thread(() =>
        {
            var busy = Stopwatch.StartNew();
            while (busy.Elapsed < TimeSpan.FromMilliseconds(250))
            {
                Thread.SpinWait(1000);
            }
        });
        worker.Start();
        await Task.Run(worker.Join);

        var samples = await sampler.StopAsync();

        Assert.True(samples.Count >= 2, $"{samples.Count} samples");
        Assert.Contains(samples, s => s.CpuPercent > 0);
        Assert.All(samples, s => Assert.Equal(1, s.Processes));
        Assert.All(samples, s => Assert.InRange(s.MemoryPercent, 0.0001, 100));
        Assert.Equal(Environment.WorkingSet, samples[^1].ResidentBytes, (double)Environment.WorkingSet / 2);
    }

    [Fact]
    public async Task Should_Leave_Out_A_Process_That_Is_Gone()
    {
        var sampler = ResourceSampler.Start([int.MaxValue], TimeSpan.FromMilliseconds(20), MachineLimits.Read());
        await Task.Delay(100);

        var samples = await sampler.StopAsync();

        Assert.All(samples, s => Assert.Equal((0, 0.0, 0L), (s.Processes, s.CpuPercent, s.ResidentBytes)));
    }

    [Fact]
    public void Should_Take_The_Lower_Of_The_Machines_And_The_Cgroups_Limits()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("proc/meminfo", "MemTotal:       16384000 kB\nMemFree:        1000 kB\n");
        directory.Write("cgroup/cpu.max", "50000 100000\n");
        directory.Write("cgroup/memory.max", "1073741824\n");

        var limits = MachineLimits.Read(Path.Combine(directory.Path, "proc"), Path.Combine(directory.Path, "cgroup"));

        Assert.Equal(Math.Min(0.5, Environment.ProcessorCount), limits.Cores);
        Assert.Equal(1073741824, limits.MemoryBytes);
    }

    [Fact]
    public void Should_Take_The_Machines_Limits_When_The_Cgroup_Sets_None()
    {
        using var directory = new TemporaryDirectory();
        directory.Write("proc/meminfo", "MemTotal:       16384000 kB\n");
        directory.Write("cgroup/cpu.max", "max 100000\n");
        directory.Write("cgroup/memory.max", "max\n");

        var limits = MachineLimits.Read(Path.Combine(directory.Path, "proc"), Path.Combine(directory.Path, "cgroup"));

        Assert.Equal(Environment.ProcessorCount, limits.Cores);
        Assert.Equal(16384000L * 1024, limits.MemoryBytes);
    }
}
