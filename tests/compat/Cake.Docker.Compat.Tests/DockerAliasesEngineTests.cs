using Cake.Core;
using Cake.Docker.Compat.Tests.Fixtures;

namespace Cake.Docker.Compat.Tests;

/// <summary>The aliases against a real Docker engine: an image built, tagged, run, stopped, removed, pushed and pulled.</summary>
public sealed class DockerAliasesEngineTests : IDisposable
{
    private readonly ICakeContext _context = CakeContextFixture.Create();
    private readonly string _name = $"qte-compat-test-{Environment.ProcessId}";
    private readonly string _image = $"qte/compat-test:{Environment.ProcessId}";
    private readonly DirectoryInfo _buildContext = Directory.CreateTempSubdirectory("qte-docker-context-");

    [DockerFact]
    [Trait("Category", "EndToEnd")]
    public void An_Image_Is_Built_With_Its_Labels_Run_Detached_Stopped_And_Removed()
    {
        BuildImage();
        _context.DockerTag(_image, _image + "-again");
        Assert.Equal("built-by-test", LabelOf(_image + "-again"));

        var id = _context.DockerRun(new DockerContainerRunSettings { Detach = true, Name = _name, Network = "none" }, _image, "sleep", "60");
        Assert.False(string.IsNullOrEmpty(id));
        Assert.Equal(["true"], Inspect($"inspect --format {{{{.State.Running}}}} {_name}"));

        _context.DockerStop(new DockerContainerStopSettings { Time = 1 }, _name);
        Assert.Equal(["false"], Inspect($"inspect --format {{{{.State.Running}}}} {_name}"));

        _context.DockerRm(_name);
        var gone = Assert.Throws<CakeException>(() => Inspect($"inspect {_name}"));
        Assert.Contains("No such", gone.Message, StringComparison.OrdinalIgnoreCase);
    }

    [DockerRegistryFact]
    [Trait("Category", "EndToEnd")]
    public void An_Image_Pushed_To_A_Registry_Pulls_Back_With_Its_Labels()
    {
        BuildImage();
        var remote = $"{DockerRegistryFactAttribute.Registry}/qte/compat-test:{Environment.ProcessId}";
        _context.DockerTag(_image, remote);
        _context.DockerPush(remote);
        _ = _context.DockerCustomCommand($"image rm {remote}").ToList();

        _context.DockerPull(remote);
        Assert.Equal("built-by-test", LabelOf(remote));
        _ = _context.DockerCustomCommand($"image rm {remote}").ToList();
    }

    public void Dispose()
    {
        try
        {
            _ = _context.DockerCustomCommand($"rm --force {_name}").ToList();
        }
        catch (CakeException)
        {
            // Not started, or removed by the test.
        }

        try
        {
            _ = _context.DockerCustomCommand($"image rm --force {_image} {_image}-again").ToList();
        }
        catch (CakeException)
        {
            // Never built.
        }

        _buildContext.Delete(recursive: true);
    }

    // One instruction on the local base image: a layer the vfs storage driver copies once.
    private void BuildImage()
    {
        File.WriteAllText(Path.Combine(_buildContext.FullName, "Dockerfile"), $"FROM {DockerFactAttribute.BaseImage}\nLABEL qte.test=built-by-test\n");
        _context.DockerBuild(new DockerImageBuildSettings { Tag = [_image], Quiet = true }, _buildContext.FullName);
    }

    private List<string> Inspect(string command) => [.. _context.DockerCustomCommand(command)];

    // The format has spaces and quotes: quoted as one argument, its inner quotes escaped.
    private string LabelOf(string image) =>
        Assert.Single(Inspect($"image inspect --format \"{{{{index .Config.Labels \\\"qte.test\\\"}}}}\" {image}"));
}
