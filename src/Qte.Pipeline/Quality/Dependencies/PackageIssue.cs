namespace Qte.Pipeline.Quality.Dependencies;

/// <summary>A package `dotnet list package` reported for a project: vulnerable, deprecated or outdated, and why.</summary>
public sealed record PackageIssue(PackageIssueKind Kind, string Project, string Package, string Version, string Detail)
{
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()}: {Package} {Version} in {Project} ({Detail})";
}
