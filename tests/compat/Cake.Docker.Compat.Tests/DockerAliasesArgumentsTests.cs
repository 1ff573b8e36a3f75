using Cake.Core;
using Cake.Docker.Compat.Tests.Fixtures;

namespace Cake.Docker.Compat.Tests;

/// <summary>What each alias hands the docker CLI, read back from a stand-in executable that prints its arguments.</summary>
public sealed class DockerAliasesArgumentsTests
{
    private readonly ICakeContext _context = CakeContextFixture.Create();

    // Cake.Docker 1.5.0's rendering (ArgumentsBuilderExtension): a true bool is a bare switch and false is left out;
    // a number is "--name N"; strings and array items are quoted values; positional arguments follow as given.
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
            "[run][--detach][--env][A][--env][B][--health-start-period][2s][--name][web][--network][host][--stop-timeout][3][--volume][/data:/data][qte/service:1.0][sleep][30]",
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
            ["[push][--disable-content-trust=False][127.0.0.1:5000/qte/service:1.0]", "[pull][127.0.0.1:5000/qte/service:1.0]", "[stop][--time][5][a][b]", "[rm][--force][a]"],
            docker.Calls);
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

    [Fact]
    public void Compose_Puts_Its_Own_Options_Between_Compose_And_The_Subcommand()
    {
        using var docker = new EchoDocker();
        var compose = new DockerComposeSettings { ToolPath = docker.Path, File = ["a.yml", "b.yml"], ProjectName = "qte" };

        _context.DockerComposeUp(new DockerComposeUpSettings { ToolPath = docker.Path, Detach = true, Wait = true }, compose, "web");
        _context.DockerComposeDown(new DockerComposeDownSettings { ToolPath = docker.Path, Volumes = true }, compose);

        Assert.Equal(
            [
                "[compose][--file][a.yml][--file][b.yml][--project-name][qte][up][--detach][--wait][web]",
                "[compose][--file][a.yml][--file][b.yml][--project-name][qte][down][--volumes]",
            ],
            docker.Calls);
    }

    [Fact]
    public void Exec_Login_Swarm_And_Custom_Commands_Pass_Their_Arguments_As_Given()
    {
        using var docker = new EchoDocker();

        _context.DockerExec(new DockerContainerExecSettings { ToolPath = docker.Path, Env = ["A=1"] }, "web", "sh", "-c", "echo hi");
        _context.DockerLogin(new DockerRegistryLoginSettings { ToolPath = docker.Path, Username = "ci", Password = "s3cret" }, "127.0.0.1:5000");
        _context.DockerSwarmInit(new DockerSwarmInitSettings { ToolPath = docker.Path, AdvertiseAddr = "127.0.0.1" });
        _ = _context.DockerCustomCommand(new DockerCustomCommandSettings { ToolPath = docker.Path }, "service ls --quiet").ToList();

        Assert.Equal(
            [
                "[exec][--env][A=1][web][sh][-c][echo][hi]",
                "[login][--password][s3cret][--username][ci][127.0.0.1:5000]",
                "[swarm][init][--advertise-addr][127.0.0.1]",
                "[service][ls][--quiet]",
            ],
            docker.Calls);
    }

    [Fact]
    public void Ps_Reads_The_Table_Docker_Prints()
    {
        using var docker = new EchoDocker(output:
            "CONTAINER ID   IMAGE          COMMAND                  CREATED          STATUS                     PORTS     NAMES\n" +
            "0123456789ab   qte/web:1.0    \"dotnet Web.dll\"         2 minutes ago    Up 2 minutes                         web\n" +
            "ba9876543210   busybox        \"true\"                   3 minutes ago    Exited (3) 3 minutes ago             job");

        var rows = _context.DockerPs(new DockerPsSettings { ToolPath = docker.Path, All = true });

        Assert.Equal(["[ps][--all]"], docker.Calls);
        Assert.Equal(2, rows.Length);
        Assert.Equal(("0123456789ab", "qte/web:1.0", "dotnet Web.dll", "web", ContainerStatus.Running, (int?)null), (rows[0].Id, rows[0].Image, rows[0].Command, rows[0].Name, rows[0].Status, rows[0].ExitCode));
        Assert.Equal((ContainerStatus.Exited, (int?)3, "job"), (rows[1].Status, rows[1].ExitCode, rows[1].Name));
    }

    // Cake.Docker writes ToolSettings' own properties as options too (--no-working-directory, --tool-timeout 0h1m0s),
    // which docker refuses; here they only configure the run (README, Cake compatibility).
    [Fact]
    public void Cakes_Own_Tool_Settings_Are_Not_Docker_Options()
    {
        using var docker = new EchoDocker();
        _context.DockerPull(
            new DockerImagePullSettings
            {
                ToolPath = docker.Path,
                NoWorkingDirectory = true,
                ToolTimeout = TimeSpan.FromMinutes(1),
                WorkingDirectory = Path.GetTempPath(),
                AllTags = true,
            },
            "busybox");

        Assert.Equal(["[pull][--all-tags][busybox]"], docker.Calls);
    }

    // Cake.Docker never writes the plain-int Last; here it is written when set, and left out at 0.
    [Fact]
    public void Last_Is_Written_When_Set()
    {
        using var docker = new EchoDocker();
        _ = _context.DockerPs(new DockerContainerPsSettings { ToolPath = docker.Path, Last = 2 });
        _ = _context.DockerPs(new DockerContainerPsSettings { ToolPath = docker.Path });

        Assert.Equal(["[ps][--last][2]", "[ps]"], docker.Calls);
    }

    [Fact]
    public void Ps_Reads_Sizes_As_Docker_Writes_Them()
    {
        var rows = DockerAliases.Processor(
        [
            "CONTAINER ID   IMAGE     COMMAND   CREATED         STATUS                  PORTS     NAMES     SIZE",
            "0123456789ab   busybox   \"sh\"      2 minutes ago   Up 2 minutes (Paused)             web       1.5kB (virtual 4.27MB)",
        ]);

        var row = Assert.Single(rows);
        Assert.Equal((ContainerStatus.Paused, "web", (long?)1500, (long?)4_270_000), (row.Status, row.Name, row.Size, row.VirtualSize));
    }

    // The runner Cake.Docker makes public, as an addin author calls it: a core command, its settings, a subcommand.
    [Fact]
    public void The_Public_Runner_Renders_A_Core_Command_Then_The_Subcommand()
    {
        using var docker = new EchoDocker();
        var runner = new GenericDockerRunner<DockerComposeUpSettings>(_context.FileSystem, _context.Environment, _context.ProcessRunner, _context.Tools);

        var lines = runner.RunWithResult(
            "compose",
            new DockerComposeSettings { ProjectName = "qte" },
            "up",
            new DockerComposeUpSettings { ToolPath = docker.Path, Detach = true },
            output => output.ToArray(),
            "web");

        Assert.Equal(["[compose][--project-name][qte][up][--detach][web]"], lines);
    }
}
