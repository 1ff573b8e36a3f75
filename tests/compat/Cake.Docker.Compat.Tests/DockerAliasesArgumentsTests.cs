using Cake.Core;
using Cake.Docker.Compat.Tests.Fixtures;

namespace Cake.Docker.Compat.Tests;

/// <summary>What each alias hands the docker CLI, read back from a stand-in executable that prints its arguments.</summary>
public sealed class DockerAliasesArgumentsTests
{
    private readonly ICakeContext _context = CakeContextFixture.Create();

    [Fact]
    public void Run_Renders_Every_Set_Option_In_Kebab_Case_Before_The_Image_And_Command()
    {
        using var docker = new EchoDocker();
        var line = _context.DockerRun(
            new DockerContainerRunSettings
            {
                ToolPath = docker.Path,
                Detach = true,
                Rm = false,
                Name = "web",
                Network = "host",
                Env = ["A", "B"],
                Volume = ["/data:/data"],
                StopTimeout = 3,
                HealthStartPeriod = "2s",
            },
            "qte/service:1.0",
            "sleep",
            "30");

        Assert.Equal(
            "[run][--detach][--env][A][--env][B][--health-start-period][2s][--name][web][--network][host][--rm=false][--stop-timeout=3][--volume][/data:/data][qte/service:1.0][sleep][30]",
            line);
    }

    [Fact]
    public void Build_Passes_The_Dockerfile_Tags_Labels_And_Build_Args_And_Ends_With_The_Context()
    {
        using var docker = new EchoDocker();
        _context.DockerBuild(
            new DockerImageBuildSettings
            {
                ToolPath = docker.Path,
                BuildArg = ["BASE_IMAGE=base:1"],
                File = "/src/Dockerfile",
                Label = ["org.opencontainers.image.version=1.0+abc"],
                Tag = ["qte/service:1.0", "qte/service:latest"],
            },
            "/releases/r 1");

        Assert.Equal(
            "[image][build][--build-arg][BASE_IMAGE=base:1][--file][/src/Dockerfile][--label][org.opencontainers.image.version=1.0+abc][--tag][qte/service:1.0][--tag][qte/service:latest][/releases/r 1]",
            Assert.Single(docker.Calls));
    }

    [Fact]
    public void Push_Pull_Stop_And_Rm_Take_Their_Options_And_References()
    {
        using var docker = new EchoDocker();
        _context.DockerPush(new DockerImagePushSettings { ToolPath = docker.Path, DisableContentTrust = false }, "127.0.0.1:5000/qte/service:1.0");
        _context.DockerPull(new DockerImagePullSettings { ToolPath = docker.Path }, "127.0.0.1:5000/qte/service:1.0");
        _context.DockerStop(new DockerContainerStopSettings { ToolPath = docker.Path, Time = 5 }, "a", "b");
        _context.DockerRm(new DockerContainerRmSettings { ToolPath = docker.Path, Force = true }, "a");

        Assert.Equal(
            ["[push][--disable-content-trust=false][127.0.0.1:5000/qte/service:1.0]", "[pull][127.0.0.1:5000/qte/service:1.0]", "[stop][--time=5][a][b]", "[rm][--force][a]"],
            docker.Calls);
        Assert.Throws<ArgumentNullException>(() => _context.DockerRm(new DockerContainerRmSettings { ToolPath = docker.Path }));
    }

    [Fact]
    public void A_Failed_Command_Throws_With_What_Docker_Said()
    {
        using var docker = new EchoDocker(exitCode: 1, error: "Cannot connect to the Docker daemon");
        var error = Assert.Throws<CakeException>(() => _context.DockerCustomCommand(new DockerCustomCommandSettings { ToolPath = docker.Path }, "version").ToList());
        Assert.Equal("docker: Cannot connect to the Docker daemon (exit code 1).", error.Message);
    }

    [Fact]
    public void Values_Given_Through_The_Environment_Reach_The_Cli_Without_Being_On_Its_Command_Line()
    {
        using var docker = new EchoDocker(extraArgument: "\"$QTE_SECRET\"");
        var line = _context.DockerRun(
            new DockerContainerRunSettings
            {
                ToolPath = docker.Path,
                Env = ["QTE_SECRET"],
                EnvironmentVariables = new Dictionary<string, string> { ["QTE_SECRET"] = "s3cret" },
            },
            "image",
            string.Empty);
        Assert.Equal("[run][--env][QTE_SECRET][image][s3cret]", line);
    }
}
