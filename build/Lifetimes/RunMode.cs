namespace Qte.Build.Lifetimes;

/// <summary>
/// Whether this run only plans. Cake runs the setup and teardown of a dry run (--dryrun, --noop, --whatif) as of a
/// real run, only the tasks not; the build's lifetime then must touch nothing, so it needs to know.
/// </summary>
public sealed record RunMode(bool DryRun)
{
    public static RunMode From(IEnumerable<string> args) =>
        new(args.Any(arg => arg is "--dryrun" or "--noop" or "--whatif"));
}
