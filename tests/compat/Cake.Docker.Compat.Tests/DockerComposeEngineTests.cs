using Cake.Core;
using Cake.Docker.Compat.Tests.Fixtures;

namespace Cake.Docker.Compat.Tests;

/// <summary>The compose aliases on a real engine: a two-service file brought up, listed and taken down.</summary>
public sealed class DockerComposeEngineTests : IDisposable
{
    private readonly ICakeContext _context = CakeContextFixture.Create();
    private readonly DockerConfigFolder _config = new DockerConfigFolder().WithComposeOverDebianTool();
    private readonly DirectoryInfo _project = Directory.CreateTempSubdirectory("qte-compose-");
    private readonly string _name = $"qtecompat{Environment.ProcessId}";

    public void Dispose()
    {
        try
        {
            _context.DockerComposeDown(new DockerComposeDownSettings { EnvironmentVariables = _config.Environment }, ComposeSettings());
        }
        catch (CakeException)
        {
            // Never brought up, or already down.
        }

        _config.Dispose();
        _project.Delete(recursive: true);
    }

    // Host networking: the engine here runs without a bridge, as .ci/run starts it.
    private DockerComposeSettings ComposeSettings()
    {
        var file = Path.Combine(_project.FullName, "compose.yml");
        File.WriteAllText(file, $"""
            version: "3.8"
            services:
              web:
                image: {DockerFactAttribute.BaseImage}
                command: sleep 120
                network_mode: host
              worker:
                image: {DockerFactAttribute.BaseImage}
                command: sleep 120
                network_mode: host
            """);
        return new DockerComposeSettings { File = [file], ProjectName = _name };
    }

    private DockerPsResult[] Containers() =>
        _context.DockerPs(new DockerPsSettings { All = true, Filter = $"label=com.docker.compose.project={_name}" });

    [DockerToolFact("docker-compose", "docker-compose")]
    [Trait("Category", "EndToEnd")]
    public void Two_Services_Come_Up_Detached_And_Go_Down_Again()
    {
        _context.DockerComposeUp(new DockerComposeUpSettings { Detach = true, EnvironmentVariables = _config.Environment }, ComposeSettings());

        var running = Containers();
        Assert.Equal(2, running.Length);
        Assert.All(running, container => Assert.Equal(ContainerStatus.Running, container.Status));
        var listed = string.Join('\n', _context.DockerComposePs(new DockerComposePsSettings { EnvironmentVariables = _config.Environment }, ComposeSettings()));
        Assert.Contains("web", listed, StringComparison.Ordinal);
        Assert.Contains("worker", listed, StringComparison.Ordinal);

        _context.DockerComposeDown(new DockerComposeDownSettings { EnvironmentVariables = _config.Environment }, ComposeSettings());

        Assert.Empty(Containers());
    }
}
