namespace Qte.Delivery.Slots;

/// <summary>
/// A container to start: its image and name, its environment, the host folders it shares (mounted at the same
/// path, so that paths in the environment mean the same inside), and labels that say what it is.
/// </summary>
public sealed record ContainerSpec(
    string Image,
    string Name,
    IReadOnlyDictionary<string, string> Environment,
    IReadOnlyList<string> SharedFolders,
    IReadOnlyDictionary<string, string> Labels);
