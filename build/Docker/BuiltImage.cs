namespace Qte.Build.Docker;

/// <summary>An image the run built: its tags, ID, size and build time, for artifacts/docker/images.json.</summary>
public sealed record BuiltImage(
    string Repository,
    IReadOnlyList<string> Tags,
    string Id,
    long SizeBytes,
    double BuildSeconds,
    string BaseImage,
    IReadOnlyDictionary<string, string> Labels);
