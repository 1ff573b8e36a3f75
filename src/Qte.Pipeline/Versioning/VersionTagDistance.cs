namespace Qte.Pipeline.Versioning;

/// <summary>A tag that names a version, and how many commits HEAD is past it.</summary>
public sealed record VersionTagDistance(string Tag, SemanticVersion Version, int CommitsSince);
