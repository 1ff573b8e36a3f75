using Cake.Frosting.Compat.Tests.Fixtures;
using Cake.Frosting.Compat.Tests.Tasks;

namespace Cake.Frosting.Compat.Tests;

public sealed class FrostingTaskTests
{
    public sealed class TheShouldRunMethod
    {
        [Fact]
        public void Should_Skip_The_Task_With_Its_Message_When_It_Returns_False()
        {
            var fixture = new CakeHostFixture().WithTask<Skipped>().WithTask<AfterSkipped>();

            var exitCode = fixture.Run("--target=AfterSkipped", "--verbosity=verbose");

            Assert.True(exitCode == 0, fixture.Output);
            Assert.Equal(["AfterSkipped"], fixture.Log.Entries);
            Assert.Contains("skipped because the test said so", fixture.Output);
        }
    }

    public sealed class TheOnErrorAndFinallyMethods
    {
        [Fact]
        public void Should_Handle_The_Exception_Then_Run_Finally()
        {
            var fixture = new CakeHostFixture().WithTask<ThrowsIntoHandler>();

            var exitCode = fixture.Run("--target=ThrowsIntoHandler");

            Assert.Equal(0, exitCode);
            Assert.Equal(["OnError: the task broke", "Finally"], fixture.Log.Entries);
        }
    }

    public sealed class TheContinueOnErrorAttribute
    {
        [Fact]
        public void Should_Let_The_Run_Go_On_After_The_Task_Fails()
        {
            var fixture = new CakeHostFixture().WithTask<ThrowsButContinues>().WithTask<AfterContinue>();

            var exitCode = fixture.Run("--target=AfterContinue");

            Assert.Equal(0, exitCode);
            Assert.Equal(["ThrowsButContinues", "AfterContinue"], fixture.Log.Entries);
        }
    }

    public sealed class TheRunAsyncMethod
    {
        [Fact]
        public void Should_Be_Awaited_As_The_Task_Body()
        {
            var fixture = new CakeHostFixture().WithTask<Async>();

            var exitCode = fixture.Run("--target=Async");

            Assert.Equal(0, exitCode);
            Assert.Equal(["Async"], fixture.Log.Entries);
        }
    }

    public sealed class TheTaskNameAttribute
    {
        [Fact]
        public void Should_Name_The_Task_Else_The_Class_Name_Does()
        {
            var fixture = new CakeHostFixture().WithTask<Third>().WithTask<Second>().WithTask<First>();

            fixture.Run("--target=Nope");

            Assert.Contains("Available tasks: First, Second, Third-Task.", fixture.Output);
        }
    }
}
