using System.Diagnostics;

namespace Cake.Docker.Compat.Tests.Fixtures;

/// <summary>
/// A test that needs a running Docker engine and the local base image (build/docker/make-base-image.sh): skipped,
/// saying why, where either is missing. .ci/run starts dockerd and makes the image, so there these tests run.
/// </summary>
public sealed class DockerFactAttribute : FactAttribute
{
    public const string BaseImage = "qte/aspnet-base:10.0";

    private static readonly Lazy<string?> Missing = new(FindMissing);

    public DockerFactAttribute()
    {
        if (Missing.Value is { } missing)
        {
            Skip = missing;
        }
    }

    private static string? FindMissing()
    {
        if (Docker("version --format {{.Server.Version}}") != 0)
        {
            return "no Docker engine answers here; .ci/run starts dockerd and runs this test.";
        }

        return Docker($"image inspect {BaseImage}") == 0
            ? null
            : $"the base image {BaseImage} is missing (build/docker/make-base-image.sh); .ci/run makes it and runs this test.";
    }

    private static int Docker(string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("docker", arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }
}

/// <summary>A <see cref="DockerFactAttribute"/> test that also needs a registry on 127.0.0.1:5000 (.ci/run starts one).</summary>
public sealed class DockerRegistryFactAttribute : FactAttribute
{
    public const string Registry = "127.0.0.1:5000";

    public DockerRegistryFactAttribute()
    {
        Skip = new DockerFactAttribute().Skip;
        if (Skip is null && !Listening())
        {
            Skip = $"no registry listens on {Registry} (Debian's docker-registry); .ci/run starts one and runs this test.";
        }
    }

    private static bool Listening()
    {
        try
        {
            using var client = new System.Net.Sockets.TcpClient();
            client.Connect(System.Net.IPAddress.Loopback, 5000);
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }
}

/// <summary>A <see cref="DockerFactAttribute"/> test that also needs a tool Debian packages (docker-compose, docker-registry).</summary>
public sealed class DockerToolFactAttribute : FactAttribute
{
    public DockerToolFactAttribute(string tool, string package)
    {
        Skip = new DockerFactAttribute().Skip;
        if (Skip is null && !File.Exists(Path.Combine("/usr/bin", tool)))
        {
            Skip = $"{tool} is not installed (Debian's {package}); .ci/run installs it and runs this test.";
        }
    }
}

