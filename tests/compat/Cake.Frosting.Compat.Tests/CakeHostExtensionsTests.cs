using Cake.Frosting.Compat.Tests.Fixtures;
using Cake.Frosting.Compat.Tests.Tasks;

namespace Cake.Frosting.Compat.Tests;

public sealed class CakeHostExtensionsTests
{
    public sealed class TheUseContextMethod
    {
        [Fact]
        public void Should_Give_Tasks_The_Custom_Context()
        {
            var fixture = new CakeHostFixture().WithTask<UsesCustomContext>();
            fixture.Host.UseContext<CustomContext>();

            var exitCode = fixture.Run("--target=UsesCustomContext");

            Assert.Equal(0, exitCode);
            Assert.Equal(["hello from the custom context"], fixture.Log.Entries);
        }

        [Fact]
        public void Should_Leave_Out_With_A_Warning_A_Task_Whose_Context_Is_Not_Registered()
        {
            var fixture = new CakeHostFixture().WithTask<UsesCustomContext>().WithTask<First>();

            var exitCode = fixture.Run("--target=First");

            // The official host's warning, word for word (src/Cake.Frosting/Internal/FrostingEngine.cs).
            Assert.True(exitCode == 0, fixture.Output);
            Assert.Equal(["First"], fixture.Log.Entries);
            Assert.Contains(
                $"Task cannot be used since the context isn't convertible to {typeof(CustomContext).FullName}.",
                fixture.Output);
        }
    }

    public sealed class TheUseLifetimeMethods
    {
        [Fact]
        public void Should_Run_Setup_And_Teardown_Around_The_Run_And_Each_Task()
        {
            var fixture = new CakeHostFixture().WithTask<First>().WithTask<Second>();
            fixture.Host.UseLifetime<RecordingLifetime>().UseTaskLifetime<RecordingTaskLifetime>();

            var exitCode = fixture.Run("--target=Second");

            Assert.Equal(0, exitCode);
            Assert.Equal(
                [
                    "Setup",
                    "TaskSetup First", "First", "TaskTeardown First",
                    "TaskSetup Second", "Second", "TaskTeardown Second",
                    "Teardown successful=True",
                ],
                fixture.Log.Entries);
        }
    }

    public sealed class TheSetupAndTeardownClasses
    {
        [Fact]
        public void Should_Run_In_The_Official_Order()
        {
            var fixture = new CakeHostFixture().WithTask<First>().WithTask<Second>();
            fixture.Host
                .UseSetup<RecordingSetup>()
                .UseTeardown<RecordingTeardown>()
                .UseTaskSetup<RecordingTaskSetup>()
                .UseTaskTeardown<RecordingTaskTeardown>();

            var exitCode = fixture.Run("--target=Second");

            Assert.True(exitCode == 0, fixture.Output);
            Assert.Equal(
                [
                    "Setup",
                    "TaskSetup First", "First", "TaskTeardown First",
                    "TaskSetup Second", "Second", "TaskTeardown Second",
                    "Teardown successful=True",
                ],
                fixture.Log.Entries);
        }
    }

    public sealed class TheUseStartupMethod
    {
        [Fact]
        public void Should_Let_The_Startup_Register_The_Context()
        {
            var fixture = new CakeHostFixture().WithTask<UsesCustomContext>();
            fixture.Host.UseStartup<CustomContextStartup>();

            var exitCode = fixture.Run("--target=UsesCustomContext");

            Assert.True(exitCode == 0, fixture.Output);
            Assert.Equal(["hello from the custom context"], fixture.Log.Entries);
        }
    }

    public sealed class TheUseModuleMethod
    {
        [Fact]
        public void Should_Register_The_Modules_Services_For_Tasks()
        {
            var fixture = new CakeHostFixture().WithTask<UsesGreeter>();
            fixture.Host.UseModule<GreeterModule>();

            var exitCode = fixture.Run("--target=UsesGreeter");

            Assert.True(exitCode == 0, fixture.Output);
            Assert.Equal(["hello from the module"], fixture.Log.Entries);
        }
    }

    public sealed class TheSetToolPathMethod
    {
        [Fact]
        public void Should_Set_The_Tools_Folder_In_The_Configuration()
        {
            var tools = Path.Combine(Path.GetTempPath(), "qte-frosting-tools");
            var fixture = new CakeHostFixture().WithTask<ReadsToolPath>();
            fixture.Host.SetToolPath(tools);

            var exitCode = fixture.Run("--target=ReadsToolPath");

            Assert.True(exitCode == 0, fixture.Output);
            Assert.Equal([$"tools={tools}"], fixture.Log.Entries);
        }
    }

    public sealed class TheUseWorkingDirectoryMethod : IDisposable
    {
        private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("qte-frosting-");
        private readonly string _currentDirectory = Environment.CurrentDirectory;

        public void Dispose()
        {
            Environment.CurrentDirectory = _currentDirectory;
            _directory.Delete(recursive: true);
        }

        [Fact]
        public void Should_Set_The_Working_Directory_Of_The_Run()
        {
            var fixture = new CakeHostFixture().WithTask<ReadsWorkingDirectory>();
            fixture.Host.UseWorkingDirectory(_directory.FullName);

            var exitCode = fixture.Run("--target=ReadsWorkingDirectory");

            Assert.Equal(0, exitCode);
            Assert.Equal([_directory.FullName], fixture.Log.Entries);
        }

        [Fact]
        public void Should_Give_Way_To_The_Working_Option()
        {
            var other = _directory.CreateSubdirectory("other");
            var fixture = new CakeHostFixture().WithTask<ReadsWorkingDirectory>();
            fixture.Host.UseWorkingDirectory(_directory.FullName);

            var exitCode = fixture.Run("--target=ReadsWorkingDirectory", $"--working={other.FullName}");

            Assert.Equal(0, exitCode);
            Assert.Equal([other.FullName], fixture.Log.Entries);
        }

        [Fact]
        public void Should_Fail_Naming_The_Option_If_The_Directory_Does_Not_Exist()
        {
            var missing = Path.Combine(_directory.FullName, "missing");
            var fixture = new CakeHostFixture().WithTask<ReadsWorkingDirectory>();

            var exitCode = fixture.Run("--target=ReadsWorkingDirectory", "-w", missing);

            Assert.NotEqual(0, exitCode);
            Assert.Empty(fixture.Log.Entries);
            Assert.Contains($"--working: the working directory '{missing}' does not exist.", fixture.Output);
        }
    }

    public sealed class TheUseCakeSettingMethod
    {
        [Fact]
        public void Should_Make_The_Setting_Readable_From_The_Configuration()
        {
            var fixture = new CakeHostFixture().WithTask<ReadsSetting>();
            fixture.Host.UseCakeSetting("Qte_Flavour", "vanilla");

            var exitCode = fixture.Run("--target=ReadsSetting");

            Assert.Equal(0, exitCode);
            Assert.Equal(["setting=vanilla"], fixture.Log.Entries);
        }
    }
}
