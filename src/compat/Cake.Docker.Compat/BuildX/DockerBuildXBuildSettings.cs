// Cake.Docker declares these non-nullable and leaves them unset (null until given): so does this, so that code
// written against it compiles against the official package too.
#pragma warning disable CS8618

namespace Cake.Docker;

/// <summary>
/// The options of <c>docker buildx build</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerBuildXBuildSettings : AutoToolSettings
{
    /// <summary>Gets or sets the <c>--add-host</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[] AddHost { get; set; }

    /// <summary>Gets or sets the <c>--allow</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[] Allow { get; set; }

    /// <summary>Gets or sets the <c>--annotation</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[] Annotation { get; set; }

    /// <summary>Gets or sets the <c>--build-arg</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[] BuildArg { get; set; }

    /// <summary>Gets or sets the <c>--build-context</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[] BuildContext { get; set; }

    /// <summary>Gets or sets the <c>--builder</c> option.</summary>
    public string Builder { get; set; }

    /// <summary>Gets or sets the <c>--cache-from</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[] CacheFrom { get; set; }

    /// <summary>Gets or sets the <c>--cache-to</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[] CacheTo { get; set; }

    /// <summary>Gets or sets the <c>--cgroup-parent</c> option.</summary>
    public string CgroupParent { get; set; }

    /// <summary>Gets or sets whether to pass <c>--compress</c>.</summary>
    public bool? Compress { get; set; }

    /// <summary>Gets or sets the <c>--cpu-period</c> option.</summary>
    public long? CpuPeriod { get; set; }

    /// <summary>Gets or sets the <c>--cpu-quota</c> option.</summary>
    public long? CpuQuota { get; set; }

    /// <summary>Gets or sets the <c>--cpuset-cpus</c> option.</summary>
    public string CpusetCpus { get; set; }

    /// <summary>Gets or sets the <c>--cpuset-mems</c> option.</summary>
    public string CpusetMems { get; set; }

    /// <summary>Gets or sets the <c>--cpu-shares</c> option.</summary>
    public long? CpuShares { get; set; }

    /// <summary>Gets or sets <c>--disable-content-trust=true|false</c>; null leaves docker's default.</summary>
    [AutoProperty(Format = Constants.BoolWithTrueDefaultFormat)]
    public bool? DisableContentTrust { get; set; }

    /// <summary>Gets or sets the <c>--file</c> option.</summary>
    public string File { get; set; }

    /// <summary>Gets or sets whether to pass <c>--force-rm</c>.</summary>
    public bool? ForceRm { get; set; }

    /// <summary>Gets or sets the <c>--iidfile</c> option.</summary>
    public string Iidfile { get; set; }

    /// <summary>Gets or sets the <c>--isolation</c> option.</summary>
    public string Isolation { get; set; }

    /// <summary>Gets or sets the <c>--label</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[] Label { get; set; }

    /// <summary>Gets or sets whether to pass <c>--load</c>.</summary>
    public bool Load { get; set; }

    /// <summary>Gets or sets the <c>--memory</c> option.</summary>
    public string Memory { get; set; }

    /// <summary>Gets or sets the <c>--memory-swap</c> option.</summary>
    public string MemorySwap { get; set; }

    /// <summary>Gets or sets the <c>--metadata-file</c> option.</summary>
    public string MetadataFile { get; set; }

    /// <summary>Gets or sets the <c>--network</c> option.</summary>
    public string Network { get; set; }

    /// <summary>Gets or sets whether to pass <c>--no-cache</c>.</summary>
    public bool NoCache { get; set; }

    /// <summary>Gets or sets the <c>--no-cache-filter</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[] NoCacheFilter { get; set; }

    /// <summary>Gets or sets the <c>--output</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[] Output { get; set; }

    /// <summary>Gets or sets the <c>--platform</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[] Platform { get; set; }

    /// <summary>Gets or sets the <c>--progress</c> option.</summary>
    public string Progress { get; set; }

    /// <summary>Gets or sets whether to pass <c>--pull</c>.</summary>
    public bool Pull { get; set; }

    /// <summary>Gets or sets whether to pass <c>--push</c>.</summary>
    public bool Push { get; set; }

    /// <summary>Gets or sets whether to pass <c>--quiet</c>.</summary>
    public bool Quiet { get; set; }

    /// <summary>Gets or sets <c>--rm=true|false</c>; null leaves docker's default.</summary>
    [AutoProperty(Format = Constants.BoolWithTrueDefaultFormat)]
    public bool? Rm { get; set; }

    /// <summary>Gets or sets the <c>--secret</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[] Secret { get; set; }

    /// <summary>Gets or sets the <c>--security-opt</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[] SecurityOpt { get; set; }

    /// <summary>Gets or sets the <c>--shm-size</c> option.</summary>
    public string ShmSize { get; set; }

    /// <summary>Gets or sets whether to pass <c>--squash</c>.</summary>
    public bool? Squash { get; set; }

    /// <summary>Gets or sets the <c>--ssh</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[] Ssh { get; set; }

    /// <summary>Gets or sets the <c>--tag</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[] Tag { get; set; }

    /// <summary>Gets or sets the <c>--target</c> option.</summary>
    public string Target { get; set; }

    /// <summary>Gets or sets the <c>--ulimit</c> option, given once per value.</summary>
    [AutoProperty(AutoArrayType = AutoArrayType.List)]
    public string[] Ulimit { get; set; }
}
