namespace Cake.Docker;

/// <summary>Settings for <c>docker run [OPTIONS] IMAGE [COMMAND] [ARG...]</c>.</summary>
public sealed class DockerContainerRunSettings : AutoToolSettings
{
    /// <summary>--add-host: custom host-to-IP mappings (host:ip).</summary>
    public string[]? AddHost { get; set; }

    /// <summary>--detach: run in the background and print the container ID.</summary>
    public bool? Detach { get; set; }

    /// <summary>--entrypoint: overrides the image's ENTRYPOINT.</summary>
    public string? Entrypoint { get; set; }

    /// <summary>--env: environment variables (NAME=value).</summary>
    public string[]? Env { get; set; }

    /// <summary>--env-file: files of environment variables.</summary>
    public string[]? EnvFile { get; set; }

    /// <summary>--health-cmd: the command that checks health.</summary>
    public string? HealthCmd { get; set; }

    /// <summary>--health-interval: time between checks (ms|s|m|h).</summary>
    public string? HealthInterval { get; set; }

    /// <summary>--health-retries: consecutive failures before unhealthy.</summary>
    public int? HealthRetries { get; set; }

    /// <summary>--health-start-period: grace period before failures count (ms|s|m|h).</summary>
    public string? HealthStartPeriod { get; set; }

    /// <summary>--health-timeout: longest a check may run (ms|s|m|h).</summary>
    public string? HealthTimeout { get; set; }

    /// <summary>--init: an init process that forwards signals and reaps children.</summary>
    public bool? Init { get; set; }

    /// <summary>--label: container metadata (key=value).</summary>
    public string[]? Label { get; set; }

    /// <summary>--memory: memory limit.</summary>
    public string? Memory { get; set; }

    /// <summary>--mount: filesystem mounts.</summary>
    public string[]? Mount { get; set; }

    /// <summary>--name: the container's name.</summary>
    public string? Name { get; set; }

    /// <summary>--network: the network to connect to (host, none, bridge or a named network).</summary>
    public string? Network { get; set; }

    /// <summary>--no-healthcheck: disables the image's HEALTHCHECK.</summary>
    public bool? NoHealthcheck { get; set; }

    /// <summary>--publish: container ports published on the host ([ip:]hostPort:containerPort).</summary>
    public string[]? Publish { get; set; }

    /// <summary>--read-only: mount the root filesystem read-only.</summary>
    public bool? ReadOnly { get; set; }

    /// <summary>--restart: restart policy (no, on-failure, always, unless-stopped).</summary>
    public string? Restart { get; set; }

    /// <summary>--rm: remove the container when it exits.</summary>
    public bool? Rm { get; set; }

    /// <summary>--stop-signal: the signal that stops the container.</summary>
    public string? StopSignal { get; set; }

    /// <summary>--stop-timeout: seconds to wait for a stop before killing.</summary>
    public int? StopTimeout { get; set; }

    /// <summary>--tmpfs: tmpfs mounts.</summary>
    public string[]? Tmpfs { get; set; }

    /// <summary>--user: user name or UID (name|uid[:group|gid]).</summary>
    public string? User { get; set; }

    /// <summary>--volume: bind mounts (host:container[:options]).</summary>
    public string[]? Volume { get; set; }

    /// <summary>--workdir: working directory inside the container.</summary>
    public string? Workdir { get; set; }
}
