namespace Cake.Docker.Compat.Tests.Fixtures;

/// <summary>
/// A docker CLI configuration folder of the test's own (DOCKER_CONFIG), so that logins and plugins never touch the
/// user's. With <see cref="WithComposeOverDebianTool"/>, <c>docker compose</c> runs Debian's docker-compose: Debian 12
/// ships the compose tool, not the CLI plugin Cake.Docker's compose aliases call, so a plugin that hands its
/// arguments to the tool stands in for it.
/// </summary>
internal sealed class DockerConfigFolder : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("qte-docker-config-");

    public string Path => _folder.FullName;

    public Dictionary<string, string> Environment => new(StringComparer.Ordinal) { ["DOCKER_CONFIG"] = Path };

    public string ConfigJson => File.Exists(System.IO.Path.Combine(Path, "config.json")) ? File.ReadAllText(System.IO.Path.Combine(Path, "config.json")) : "{}";

    public DockerConfigFolder WithComposeOverDebianTool()
    {
        var plugins = Directory.CreateDirectory(System.IO.Path.Combine(Path, "cli-plugins")).FullName;
        var plugin = System.IO.Path.Combine(plugins, "docker-compose");
        File.WriteAllText(plugin, """
            #!/bin/sh
            # The docker CLI asks a plugin for its metadata, then runs it as: docker-compose compose ARGS.
            if [ "$1" = docker-cli-plugin-metadata ]; then
              echo '{"SchemaVersion":"0.1.0","Vendor":"QTE tests","Version":"1","ShortDescription":"Debian docker-compose"}'
              exit 0
            fi
            shift
            exec /usr/bin/docker-compose "$@"
            """);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(plugin, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return this;
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
