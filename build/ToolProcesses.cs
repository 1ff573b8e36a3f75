namespace Qte.Build;

/// <summary>The runtime settings the processes a run starts (dotnet build, the compiler server, dotnet test and its test hosts) inherit.</summary>
internal static class ToolProcesses
{
    /// <summary>
    /// Dynamic PGO off (DOTNET_TieredPGO=0) unless the user set it: it instruments code to optimise it later, which pays
    /// in a long-lived server and costs in a compiler or test host that lives seconds. Measured on the 2-core machine,
    /// two runs each: the solution's clean Release build 28-30 s without against 40-42 s with, the Test task's dotnet
    /// test (with coverage) 46-52 s against 56-62 s. build.sh and build.ps1 set it before compiling the host; this
    /// covers `dotnet run --project build`.
    /// </summary>
    public static void InheritNoDynamicPgo()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_TieredPGO")))
        {
            Environment.SetEnvironmentVariable("DOTNET_TieredPGO", "0");
        }
    }
}
