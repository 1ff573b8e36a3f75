using System.Diagnostics;
using Qte.Delivery.Environments;

namespace Qte.Delivery.Tests.Environments;

public sealed class EnvironmentLockTests
{
    [Fact]
    public void Should_Fail_Fast_When_A_Live_Process_Holds_The_Lock()
    {
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.Path, "deploy.lock");
        using var other = Process.Start(new ProcessStartInfo("sleep", "30") { UseShellExecute = false })!;
        File.WriteAllText(path, other.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            var error = Assert.Throws<DeliveryException>(() => EnvironmentLock.Acquire(path, "dev"));

            Assert.Equal($"Environment 'dev' is locked by process {other.Id}: another pipeline is changing it. Wait for it to end; nothing was changed.", error.Message);
        }
        finally
        {
            other.Kill();
        }
    }

    [Fact]
    public void Should_Take_Over_A_Lock_Left_By_A_Dead_Process_And_Release_It()
    {
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.Path, "deploy.lock");
        using var dead = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        dead.WaitForExit();
        File.WriteAllText(path, dead.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        using (var taken = EnvironmentLock.Acquire(path, "dev"))
        {
            Assert.True(taken.RecoveredStale);
            Assert.Equal(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), File.ReadAllText(path));
        }

        Assert.False(File.Exists(path));
        using var again = EnvironmentLock.Acquire(path, "dev");
        Assert.False(again.RecoveredStale);
    }
}
