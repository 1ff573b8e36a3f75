namespace Qte.Pipeline.Artifacts;

/// <summary>
/// A produced file: its path relative to the artifacts folder (with '/'), its size and its SHA-256 in hex.
/// </summary>
public sealed record ArtifactEntry(string Path, long Size, string Sha256);
