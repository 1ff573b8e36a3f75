namespace Cake.Docker;

/// <summary>Settings for <c>docker image build [OPTIONS] PATH</c>.</summary>
public sealed class DockerImageBuildSettings : AutoToolSettings
{
    /// <summary>--add-host: custom host-to-IP mappings (host:ip).</summary>
    public string[]? AddHost { get; set; }

    /// <summary>--build-arg: build-time variables (NAME=value).</summary>
    public string[]? BuildArg { get; set; }

    /// <summary>--cache-from: images to consider as cache sources.</summary>
    public string[]? CacheFrom { get; set; }

    /// <summary>--file: the Dockerfile (default PATH/Dockerfile).</summary>
    public string? File { get; set; }

    /// <summary>--force-rm: always remove intermediate containers.</summary>
    public bool? ForceRm { get; set; }

    /// <summary>--iidfile: writes the image ID to the file.</summary>
    public string? Iidfile { get; set; }

    /// <summary>--label: image metadata (key=value).</summary>
    public string[]? Label { get; set; }

    /// <summary>--network: the networking mode of RUN instructions.</summary>
    public string? Network { get; set; }

    /// <summary>--no-cache: do not use the build cache.</summary>
    public bool? NoCache { get; set; }

    /// <summary>--platform: the target platform.</summary>
    public string? Platform { get; set; }

    /// <summary>--pull: always try to pull a newer base image.</summary>
    public bool? Pull { get; set; }

    /// <summary>--quiet: print only the image ID.</summary>
    public bool? Quiet { get; set; }

    /// <summary>--rm: remove intermediate containers after a successful build (docker's default is true).</summary>
    public bool? Rm { get; set; }

    /// <summary>--tag: name:tag references for the image.</summary>
    public string[]? Tag { get; set; }

    /// <summary>--target: the build stage to build.</summary>
    public string? Target { get; set; }
}
