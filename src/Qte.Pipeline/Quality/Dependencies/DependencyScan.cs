namespace Qte.Pipeline.Quality.Dependencies;

/// <summary>
/// What one `dotnet list package` run found, or why it could not answer: a null <see cref="Unanswered"/> means the
/// package source answered; otherwise it says why the scan's result is unknown.
/// </summary>
public sealed record DependencyScan(PackageIssueKind Kind, IReadOnlyList<PackageIssue> Issues, string? Unanswered)
{
    public static DependencyScan Unknown(PackageIssueKind kind, string reason) => new(kind, [], reason);

    /// <summary>Distinct packages (a package in many projects counts once).</summary>
    public int PackageCount => Issues.Select(i => i.Package).Distinct(StringComparer.OrdinalIgnoreCase).Count();
}
