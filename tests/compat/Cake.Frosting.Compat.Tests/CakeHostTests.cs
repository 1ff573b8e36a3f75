using Cake.Frosting.Compat.Tests.Discovery;
using Cake.Frosting.Compat.Tests.Fixtures;
using Cake.Frosting.Compat.Tests.Tasks;

namespace Cake.Frosting.Compat.Tests;

public sealed class CakeHostTests
{
    public sealed class TheRunMethod
    {
        [Fact]
        public void Should_Run_Dependencies_Before_The_Target()
        {
            var fixture = new CakeHostFixture().WithTask<First>().WithTask<Second>().WithTask<Third>();

            var exitCode = fixture.Run("--target", "Third-Task");

            Assert.Equal(0, exitCode);
            Assert.Equal(["First", "Second", "Third-Task"], fixture.Log.Entries);
        }

        [Fact]
        public void Should_Run_Dependencies_Declared_On_An_Abstract_Base()
        {
            var fixture = new CakeHostFixture().WithTask<First>().WithTask<InheritsDependency>();

            var exitCode = fixture.Run("--target=InheritsDependency");

            Assert.True(exitCode == 0, fixture.Output);
            Assert.Equal(["First", "InheritsDependency"], fixture.Log.Entries);
        }

        [Fact]
        public void Should_Accept_The_Target_Option_Capitalized()
        {
            // The official host names --Target as an alias (src/Cake.Frosting/Internal/Commands/DefaultCommandSettings.cs).
            var fixture = new CakeHostFixture().WithTask<First>().WithTask<Second>();

            var exitCode = fixture.Run("--Target=Second");

            Assert.True(exitCode == 0, fixture.Output);
            Assert.Equal(["First", "Second"], fixture.Log.Entries);
        }

        [Fact]
        public void Should_Run_A_Dependee_Before_The_Task_It_Names()
        {
            var fixture = new CakeHostFixture().WithTask<First>().WithTask<BeforeFirst>();

            var exitCode = fixture.Run("--target=First");

            Assert.Equal(0, exitCode);
            Assert.Equal(["BeforeFirst", "First"], fixture.Log.Entries);
        }

        [Fact]
        public void Should_Run_Every_Target_Given()
        {
            var fixture = new CakeHostFixture().WithTask<First>().WithTask<Async>();

            var exitCode = fixture.Run("--target=First", "-t", "Async");

            Assert.Equal(0, exitCode);
            Assert.Equal(["Async", "First"], fixture.Log.Entries.Order());
        }

        [Fact]
        public void Should_Target_The_Task_Named_Default_When_No_Target_Is_Given()
        {
            var fixture = new CakeHostFixture().WithTask<First>();

            var exitCode = fixture.Run();

            Assert.NotEqual(0, exitCode);
            Assert.Contains("the target 'Default' was not found", fixture.Output);
        }

        [Fact]
        public void Should_Run_Only_The_Target_When_Exclusive()
        {
            var fixture = new CakeHostFixture().WithTask<First>().WithTask<Second>().WithTask<Third>();

            var exitCode = fixture.Run("--target=Third-Task", "--exclusive");

            Assert.Equal(0, exitCode);
            Assert.Equal(["Third-Task"], fixture.Log.Entries);
        }

        [Fact]
        public void Should_Run_No_Task_Body_In_A_Dry_Run()
        {
            var fixture = new CakeHostFixture().WithTask<First>().WithTask<Second>();

            var exitCode = fixture.Run("--target=Second", "--dryrun");

            Assert.Equal(0, exitCode);
            Assert.Empty(fixture.Log.Entries);
            Assert.Contains("First", fixture.Output);
            Assert.Contains("Second", fixture.Output);
        }

        [Fact]
        public void Should_Show_The_Dependency_Tree_Without_Running_Tasks()
        {
            var fixture = new CakeHostFixture().WithTask<First>().WithTask<Second>().WithTask<Third>();

            var exitCode = fixture.Run("--target=Third-Task", "--tree");

            Assert.Equal(0, exitCode);
            Assert.Empty(fixture.Log.Entries);
            var lines = fixture.Output.Split('\n').Select(l => l.TrimEnd()).ToList();
            var third = lines.FindIndex(l => l.EndsWith("Third-Task"));
            var second = lines.FindIndex(l => l.EndsWith("Second"));
            var first = lines.FindIndex(l => l.EndsWith("First"));
            Assert.True(third >= 0 && third < second && second < first, fixture.Output);
        }

        [Fact]
        public void Should_Show_Each_Task_With_Its_Description()
        {
            var fixture = new CakeHostFixture().WithTask<First>().WithTask<Second>().WithTask<Third>();

            var exitCode = fixture.Run("--description");

            Assert.Equal(0, exitCode);
            Assert.Empty(fixture.Log.Entries);
            Assert.Contains(fixture.Output.Split('\n'), l => l.Contains("Third-Task") && l.Contains("The third task, named by attribute."));
        }

        [Fact]
        public void Should_Fail_Listing_The_Tasks_If_Target_Is_Unknown()
        {
            var fixture = new CakeHostFixture().WithTask<First>().WithTask<Second>();

            var exitCode = fixture.Run("--target=Nope");

            Assert.NotEqual(0, exitCode);
            Assert.Empty(fixture.Log.Entries);
            Assert.Contains("--target: the target 'Nope' was not found. Available tasks: First, Second.", fixture.Output);
        }

        [Fact]
        public void Should_Fail_And_Still_Tear_Down_If_A_Task_Throws()
        {
            var fixture = new CakeHostFixture().WithTask<Throws>();
            fixture.Host.UseLifetime<RecordingLifetime>();

            var exitCode = fixture.Run("--target=Throws");

            Assert.NotEqual(0, exitCode);
            Assert.Equal("Teardown successful=False", fixture.Log.Entries[^1]);
            Assert.Contains("the task broke", fixture.Output);
        }

        [Fact]
        public void Should_Pass_Unknown_Options_To_The_Context_As_Arguments()
        {
            var fixture = new CakeHostFixture().WithTask<ReadsArgument>();

            var exitCode = fixture.Run("--target=ReadsArgument", "--flavour=vanilla");

            Assert.Equal(0, exitCode);
            Assert.Equal(["flavour=vanilla"], fixture.Log.Entries);
        }

        [Fact]
        public void Should_Fail_Naming_The_Option_If_Verbosity_Is_Unknown()
        {
            var fixture = new CakeHostFixture().WithTask<First>();

            var exitCode = fixture.Run("--target=First", "--verbosity=loud");

            Assert.NotEqual(0, exitCode);
            Assert.Empty(fixture.Log.Entries);
            Assert.Contains("--verbosity 'loud' is unknown: use quiet, minimal, normal, verbose or diagnostic.", fixture.Output);
        }

        [Fact]
        public void Should_Write_More_At_Higher_Verbosity()
        {
            var quiet = new CakeHostFixture().WithTask<First>();
            var diagnostic = new CakeHostFixture().WithTask<First>();

            Assert.Equal(0, quiet.Run("--target=First", "-v", "quiet"));
            Assert.Equal(0, diagnostic.Run("--target=First", "--verbosity=Diagnostic"));

            Assert.Equal(["First"], quiet.Log.Entries);
            Assert.True(quiet.Output.Length < diagnostic.Output.Length, $"quiet: {quiet.Output}\ndiagnostic: {diagnostic.Output}");
        }

        // Cake 7 reads Settings_Verbosity from configuration when the command line gives none;
        // "Executing task" is written at Verbose and above, so it shows which verbosity was in force.
        [Fact]
        public void Should_Take_The_Verbosity_From_Configuration_Unless_The_Command_Line_Gives_One()
        {
            var directory = Directory.CreateTempSubdirectory("frosting-verbosity-");
            var currentDirectory = Environment.CurrentDirectory;
            try
            {
                File.WriteAllText(Path.Combine(directory.FullName, "cake.config"), "[Settings]\nVerbosity=Diagnostic\n");
                var configured = new CakeHostFixture().WithTask<First>();
                var overridden = new CakeHostFixture().WithTask<First>();
                var unconfigured = new CakeHostFixture().WithTask<First>();

                // Unconfigured first: a run with --working leaves the process in that directory.
                Assert.Equal(0, unconfigured.Run("--target=First"));
                Assert.Equal(0, configured.Run("--target=First", $"--working={directory.FullName}"));
                Assert.Equal(0, overridden.Run("--target=First", $"--working={directory.FullName}", "--verbosity=Normal"));

                Assert.Contains("Executing task: First", configured.Output, StringComparison.Ordinal);
                Assert.DoesNotContain("Executing task: First", overridden.Output, StringComparison.Ordinal);
                Assert.DoesNotContain("Executing task: First", unconfigured.Output, StringComparison.Ordinal);
            }
            finally
            {
                Environment.CurrentDirectory = currentDirectory;
                directory.Delete(recursive: true);
            }
        }
    }

    public sealed class TheVersionAndInfoOptions
    {
        [Fact]
        public void Should_Show_The_Version_Of_The_Cake_Engine_Without_Running_Tasks()
        {
            var fixture = new CakeHostFixture().WithTask<First>();

            var exitCode = fixture.Run("--version");

            Assert.Equal(0, exitCode);
            Assert.Empty(fixture.Log.Entries);
            Assert.StartsWith(typeof(Cake.Core.ICakeContext).Assembly.GetName().Version!.ToString(3), fixture.Output.Trim());
        }

        [Fact]
        public void Should_Show_Information_About_Cake_Without_Running_Tasks()
        {
            var fixture = new CakeHostFixture().WithTask<First>();

            var exitCode = fixture.Run("--info");

            Assert.Equal(0, exitCode);
            Assert.Empty(fixture.Log.Entries);
            Assert.Contains(typeof(Cake.Core.ICakeContext).Assembly.GetName().Version!.ToString(3), fixture.Output);
        }
    }

    public sealed class TheAddAssemblyMethod
    {
        [Fact]
        public void Should_Find_The_Public_Tasks_Of_The_Assembly()
        {
            var fixture = new CakeHostFixture();
            fixture.Host.AddAssembly(typeof(DiscoverableTask).Assembly);

            var exitCode = fixture.Run("--target=DiscoverableTask");

            Assert.Equal(0, exitCode);
            Assert.Equal(["DiscoverableTask"], fixture.Log.Entries);
        }

        [Fact]
        public void Should_Not_Register_Internal_Tasks()
        {
            var fixture = new CakeHostFixture();
            fixture.Host.AddAssembly(typeof(DiscoverableTask).Assembly);

            var exitCode = fixture.Run("--target=First");

            Assert.NotEqual(0, exitCode);
            Assert.Contains("Available tasks: DiscoverableTask.", fixture.Output);
        }

        [Fact]
        public void Should_Register_Tasks_Once_When_An_Assembly_Is_Added_Twice()
        {
            var fixture = new CakeHostFixture();
            fixture.Host.AddAssembly(typeof(DiscoverableTask).Assembly).AddAssembly(typeof(DiscoverableTask).Assembly);

            var exitCode = fixture.Run("--target=DiscoverableTask");

            Assert.Equal(0, exitCode);
            Assert.Equal(["DiscoverableTask"], fixture.Log.Entries);
        }
    }
}
