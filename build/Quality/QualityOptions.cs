using Cake.Core;

namespace Qte.Build.Quality;

/// <summary>
/// The quality options of a run: --base-ref (what the affected-tests plan compares with; default the merge base with
/// main, else HEAD~1) and --affected-only (the Test task runs only the test projects the change reaches).
/// </summary>
public sealed record QualityOptions(string? BaseRef, bool AffectedOnly)
{
    public static QualityOptions Read(ICakeContext context)
    {
        string? Option(string name) => context.Arguments.HasArgument(name) ? context.Arguments.GetArgument(name) : null;
        return new QualityOptions(
            Option("base-ref") is { Length: > 0 } baseRef ? baseRef : null,
            context.Arguments.HasArgument("affected-only") && Option("affected-only") is not ("false" or "0"));
    }
}
