using System.Diagnostics;

namespace Qte.Build;

/// <summary>
/// When this host began: the first line of <see cref="Program.Main"/>. Not the process's start time: build.sh execs the
/// host, and an exec keeps the shell's process, which started before build.sh compiled the host. That compile is
/// "before the host" (not budgeted); counted from the process's start it was in the budget, 24 s of a CI run's 166 s.
/// </summary>
internal static class HostStart
{
    private static DateTimeOffset? _marked;

    public static void Mark() => _marked ??= DateTimeOffset.UtcNow;

    /// <summary>The marked time; a host made without Main (the tests') counts from its process's start.</summary>
    public static DateTimeOffset Time => _marked ?? Process.GetCurrentProcess().StartTime.ToUniversalTime();
}
