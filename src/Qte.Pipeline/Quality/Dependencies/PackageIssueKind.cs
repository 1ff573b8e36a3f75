namespace Qte.Pipeline.Quality.Dependencies;

public enum PackageIssueKind
{
    Vulnerable,
    Deprecated,
    Outdated,
}
