// Cake.Docker declares these non-nullable and leaves them unset (null until given): so does this, so that code
// written against it compiles against the official package too.
#pragma warning disable CS8618

namespace Cake.Docker;

/// <summary>
/// The options of <c>docker run</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerContainerRunSettings : AutoToolSettings
{
    /// <summary>Gets or sets the <c>--add-host</c> option, given once per value.</summary>
    public string[] AddHost { get; set; }

    /// <summary>Gets or sets the <c>--attach</c> option, given once per value.</summary>
    public string[] Attach { get; set; }

    /// <summary>Gets or sets the <c>--blkio-weight-device</c> option.</summary>
    public ulong? BlkioWeightDevice { get; set; }

    /// <summary>Gets or sets the <c>--cap-add</c> option, given once per value.</summary>
    public string[] CapAdd { get; set; }

    /// <summary>Gets or sets the <c>--cap-drop</c> option, given once per value.</summary>
    public string[] CapDrop { get; set; }

    /// <summary>Gets or sets the <c>--cgroup-parent</c> option.</summary>
    public string CgroupParent { get; set; }

    /// <summary>Gets or sets the <c>--cidfile</c> option.</summary>
    public string Cidfile { get; set; }

    /// <summary>Gets or sets the <c>--cpu-count</c> option.</summary>
    public long? CpuCount { get; set; }

    /// <summary>Gets or sets the <c>--cpu-percent</c> option.</summary>
    public long? CpuPercent { get; set; }

    /// <summary>Gets or sets the <c>--cpu-period</c> option.</summary>
    public long? CpuPeriod { get; set; }

    /// <summary>Gets or sets the <c>--cpu-quota</c> option.</summary>
    public long? CpuQuota { get; set; }

    /// <summary>Gets or sets the <c>--cpu-rt-period</c> option.</summary>
    public long? CpuRtPeriod { get; set; }

    /// <summary>Gets or sets the <c>--cpu-rt-runtime</c> option.</summary>
    public long? CpuRtRuntime { get; set; }

    /// <summary>Gets or sets the <c>--cpus</c> option.</summary>
    public ulong? Cpus { get; set; }

    /// <summary>Gets or sets the <c>--cpuset-cpus</c> option.</summary>
    public string CpusetCpus { get; set; }

    /// <summary>Gets or sets the <c>--cpuset-mems</c> option.</summary>
    public string CpusetMems { get; set; }

    /// <summary>Gets or sets the <c>--cpu-shares</c> option.</summary>
    public long? CpuShares { get; set; }

    /// <summary>Gets or sets whether to pass <c>--detach</c>.</summary>
    public bool? Detach { get; set; }

    /// <summary>Gets or sets the <c>--detach-keys</c> option.</summary>
    public string DetachKeys { get; set; }

    /// <summary>Gets or sets the <c>--device</c> option, given once per value.</summary>
    public string[] Device { get; set; }

    /// <summary>Gets or sets the <c>--device-cgroup-rule</c> option, given once per value.</summary>
    public string[] DeviceCgroupRule { get; set; }

    /// <summary>Gets or sets the <c>--device-read-bps</c> option.</summary>
    public ulong? DeviceReadBps { get; set; }

    /// <summary>Gets or sets the <c>--device-read-iops</c> option.</summary>
    public ulong? DeviceReadIops { get; set; }

    /// <summary>Gets or sets the <c>--device-write-bps</c> option.</summary>
    public ulong? DeviceWriteBps { get; set; }

    /// <summary>Gets or sets the <c>--device-write-iops</c> option.</summary>
    public ulong? DeviceWriteIops { get; set; }

    /// <summary>Gets or sets <c>--disable-content-trust=true|false</c>; null leaves docker's default.</summary>
    [AutoProperty(Format = Constants.BoolWithTrueDefaultFormat)]
    public bool? DisableContentTrust { get; set; }

    /// <summary>Gets or sets the <c>--dns</c> option, given once per value.</summary>
    public string[] Dns { get; set; }

    /// <summary>Gets or sets the <c>--dns-option</c> option, given once per value.</summary>
    public string[] DnsOption { get; set; }

    /// <summary>Gets or sets the <c>--dns-search</c> option, given once per value.</summary>
    public string[] DnsSearch { get; set; }

    /// <summary>Gets or sets the <c>--entrypoint</c> option.</summary>
    public string Entrypoint { get; set; }

    /// <summary>Gets or sets the <c>--env</c> option, given once per value.</summary>
    public string[] Env { get; set; }

    /// <summary>Gets or sets the <c>--env-file</c> option, given once per value.</summary>
    public string[] EnvFile { get; set; }

    /// <summary>Gets or sets the <c>--expose</c> option, given once per value.</summary>
    public string[] Expose { get; set; }

    /// <summary>Gets or sets the <c>--group-add</c> option, given once per value.</summary>
    public string[] GroupAdd { get; set; }

    /// <summary>Gets or sets the <c>--health-cmd</c> option.</summary>
    public string HealthCmd { get; set; }

    /// <summary>Gets or sets the <c>--health-interval</c> option.</summary>
    public string HealthInterval { get; set; }

    /// <summary>Gets or sets the <c>--health-retries</c> option.</summary>
    public int? HealthRetries { get; set; }

    /// <summary>Gets or sets the <c>--health-start-period</c> option.</summary>
    public string HealthStartPeriod { get; set; }

    /// <summary>Gets or sets the <c>--health-timeout</c> option.</summary>
    public string HealthTimeout { get; set; }

    /// <summary>Gets or sets the <c>--hostname</c> option.</summary>
    public string Hostname { get; set; }

    /// <summary>Gets or sets whether to pass <c>--init</c>.</summary>
    public bool? Init { get; set; }

    /// <summary>Gets or sets whether to pass <c>--interactive</c>.</summary>
    public bool? Interactive { get; set; }

    /// <summary>Gets or sets the <c>--io-maxbandwidth</c> option.</summary>
    public string IoMaxbandwidth { get; set; }

    /// <summary>Gets or sets the <c>--io-maxiops</c> option.</summary>
    public string IoMaxiops { get; set; }

    /// <summary>Gets or sets the <c>--ip</c> option.</summary>
    public string Ip { get; set; }

    /// <summary>Gets or sets the <c>--ip6</c> option.</summary>
    public string Ip6 { get; set; }

    /// <summary>Gets or sets the <c>--ipc</c> option.</summary>
    public string Ipc { get; set; }

    /// <summary>Gets or sets the <c>--isolation</c> option.</summary>
    public string Isolation { get; set; }

    /// <summary>Gets or sets the <c>--kernel-memory</c> option.</summary>
    public string KernelMemory { get; set; }

    /// <summary>Gets or sets the <c>--label</c> option, given once per value.</summary>
    public string[] Label { get; set; }

    /// <summary>Gets or sets the <c>--label-file</c> option, given once per value.</summary>
    public string[] LabelFile { get; set; }

    /// <summary>Gets or sets the <c>--link</c> option, given once per value.</summary>
    public string[] Link { get; set; }

    /// <summary>Gets or sets the <c>--link-local-ip</c> option, given once per value.</summary>
    public string[] LinkLocalIp { get; set; }

    /// <summary>Gets or sets the <c>--log-driver</c> option.</summary>
    public string LogDriver { get; set; }

    /// <summary>Gets or sets the <c>--log-opt</c> option, given once per value.</summary>
    public string[] LogOpt { get; set; }

    /// <summary>Gets or sets the <c>--mac-address</c> option.</summary>
    public string MacAddress { get; set; }

    /// <summary>Gets or sets the <c>--memory</c> option.</summary>
    public string Memory { get; set; }

    /// <summary>Gets or sets the <c>--memory-reservation</c> option.</summary>
    public string MemoryReservation { get; set; }

    /// <summary>Gets or sets the <c>--memory-swap</c> option.</summary>
    public string MemorySwap { get; set; }

    /// <summary>Gets or sets the <c>--memory-swappiness</c> option.</summary>
    public long? MemorySwappiness { get; set; }

    /// <summary>Gets or sets the <c>--mount</c> option, given once per value.</summary>
    public string[] Mount { get; set; }

    /// <summary>Gets or sets the <c>--name</c> option.</summary>
    public string Name { get; set; }

    /// <summary>Gets or sets the <c>--network</c> option.</summary>
    public string Network { get; set; }

    /// <summary>Gets or sets the <c>--network-alias</c> option, given once per value.</summary>
    public string[] NetworkAlias { get; set; }

    /// <summary>Gets or sets whether to pass <c>--no-healthcheck</c>.</summary>
    public bool? NoHealthcheck { get; set; }

    /// <summary>Gets or sets whether to pass <c>--oom-kill-disable</c>.</summary>
    public bool? OomKillDisable { get; set; }

    /// <summary>Gets or sets the <c>--oom-score-adj</c> option.</summary>
    public int? OomScoreAdj { get; set; }

    /// <summary>Gets or sets the <c>--pid</c> option.</summary>
    public string Pid { get; set; }

    /// <summary>Gets or sets the <c>--pids-limit</c> option.</summary>
    public long? PidsLimit { get; set; }

    /// <summary>Gets or sets the <c>--platform</c> option.</summary>
    public string Platform { get; set; }

    /// <summary>Gets or sets whether to pass <c>--privileged</c>.</summary>
    public bool? Privileged { get; set; }

    /// <summary>Gets or sets the <c>--publish</c> option, given once per value.</summary>
    public string[] Publish { get; set; }

    /// <summary>Gets or sets whether to pass <c>--publish-all</c>.</summary>
    public bool? PublishAll { get; set; }

    /// <summary>Gets or sets whether to pass <c>--read-only</c>.</summary>
    public bool? ReadOnly { get; set; }

    /// <summary>Gets or sets the <c>--restart</c> option.</summary>
    public string Restart { get; set; }

    /// <summary>Gets or sets whether to pass <c>--rm</c>.</summary>
    public bool? Rm { get; set; }

    /// <summary>Gets or sets the <c>--runtime</c> option.</summary>
    public string Runtime { get; set; }

    /// <summary>Gets or sets the <c>--security-opt</c> option, given once per value.</summary>
    public string[] SecurityOpt { get; set; }

    /// <summary>Gets or sets the <c>--shm-size</c> option.</summary>
    public string ShmSize { get; set; }

    /// <summary>Gets or sets whether to pass <c>--sig-proxy</c>.</summary>
    public bool? SigProxy { get; set; }

    /// <summary>Gets or sets the <c>--stop-signal</c> option.</summary>
    public string StopSignal { get; set; }

    /// <summary>Gets or sets the <c>--stop-timeout</c> option.</summary>
    public int? StopTimeout { get; set; }

    /// <summary>Gets or sets the <c>--storage-opt</c> option, given once per value.</summary>
    public string[] StorageOpt { get; set; }

    /// <summary>Gets or sets the <c>--sysctl</c> option, given once per value.</summary>
    public string[] Sysctl { get; set; }

    /// <summary>Gets or sets the <c>--tmpfs</c> option, given once per value.</summary>
    public string[] Tmpfs { get; set; }

    /// <summary>Gets or sets whether to pass <c>--tty</c>.</summary>
    public bool? Tty { get; set; }

    /// <summary>Gets or sets the <c>--ulimit</c> option, given once per value.</summary>
    public string[] Ulimit { get; set; }

    /// <summary>Gets or sets the <c>--user</c> option.</summary>
    public string User { get; set; }

    /// <summary>Gets or sets the <c>--userns</c> option.</summary>
    public string Userns { get; set; }

    /// <summary>Gets or sets the <c>--uts</c> option.</summary>
    public string Uts { get; set; }

    /// <summary>Gets or sets the <c>--volume</c> option, given once per value.</summary>
    public string[] Volume { get; set; }

    /// <summary>Gets or sets the <c>--volume-driver</c> option.</summary>
    public string VolumeDriver { get; set; }

    /// <summary>Gets or sets the <c>--volumes-from</c> option, given once per value.</summary>
    public string[] VolumesFrom { get; set; }

    /// <summary>Gets or sets the <c>--workdir</c> option.</summary>
    public string Workdir { get; set; }
}
