using Cake.Core;
using Cake.Docker.Compat.Tests.Fixtures;

namespace Cake.Docker.Compat.Tests;

/// <summary>ps, exec, logs, stop and start on a real running container.</summary>
public sealed class DockerContainerEngineTests : IDisposable
{
    private readonly ICakeContext _context = CakeContextFixture.Create();
    private readonly string _name = $"qte-compat-exec-{Environment.ProcessId}";

    public void Dispose()
    {
        try
        {
            _context.DockerRm(new DockerContainerRmSettings { Force = true }, _name);
        }
        catch (CakeException)
        {
            // Never started.
        }
    }

    private DockerPsResult Row() =>
        Assert.Single(_context.DockerPs(new DockerPsSettings { All = true, Filter = $"name=^{_name}$" }));

    [DockerFact]
    [Trait("Category", "EndToEnd")]
    public void A_Running_Container_Is_Listed_Runs_A_Command_And_Shows_Its_Logs()
    {
        // Positional arguments are passed as given (as Cake.Docker does): the script is quoted by the caller.
        _context.DockerRun(
            new DockerContainerRunSettings { Detach = true, Name = _name, Network = "none" },
            DockerFactAttribute.BaseImage,
            "sh",
            "-c",
            "\"echo started; sleep 120\"");

        var row = Row();
        Assert.Equal(ContainerStatus.Running, row.Status);
        Assert.Equal(DockerFactAttribute.BaseImage, row.Image);
        Assert.Contains(_name, _context.DockerPs(new DockerContainerPsSettings { All = true }), StringComparison.Ordinal);

        _context.DockerExec(new DockerContainerExecSettings { Env = ["GREETING=from-exec"] }, _name, "sh", "-c", "\"echo $GREETING > /tmp/greeting\"");
        Assert.Equal(["from-exec"], _context.DockerCustomCommand($"exec {_name} cat /tmp/greeting"));
        Assert.Contains("started", _context.DockerLogs(_name));

        _context.DockerStop(new DockerContainerStopSettings { Time = 1 }, _name);
        var stopped = Row();
        Assert.Equal(ContainerStatus.Exited, stopped.Status);
        Assert.NotNull(stopped.ExitCode);

        _context.DockerStart(_name);
        Assert.Equal(ContainerStatus.Running, Row().Status);
    }
}
