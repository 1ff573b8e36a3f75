namespace Qte.Delivery.Releases;

/// <summary>A release in the store: its immutable folder and its manifest.</summary>
public sealed record Release(string Directory, ReleaseManifest Manifest)
{
    public string Id => Manifest.Id;

    /// <summary>The service's entry assembly in the release folder.</summary>
    public string EntryAssembly => Path.Combine(Directory, "Qte.Service.dll");
}
