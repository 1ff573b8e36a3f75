using Qte.Delivery.Releases;

namespace Qte.Delivery.Tests.Releases;

public sealed class ReleaseStoreTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private string Publish(string variant)
    {
        _directory.Write($"publish-{variant}/Qte.Service.dll", "service " + variant);
        _directory.Write($"publish-{variant}/sub/data.txt", "data");
        return Path.Combine(_directory.Path, $"publish-{variant}");
    }

    private ReleaseStore Store => new(Path.Combine(_directory.Path, "releases"));

    [Fact]
    public void Should_Make_An_Immutable_Release_Named_By_Version_And_Content()
    {
        var release = Store.Create(Publish("a"), "1.4.1-alpha.3+abc1234", "abc1234def", DateTimeOffset.UnixEpoch);

        Assert.StartsWith("1.4.1-alpha.3-", release.Id);
        Assert.Equal(release.Manifest.ContentSha256[..8], release.Id[^8..]);
        Assert.True(File.Exists(Path.Combine(release.Directory, ReleaseManifest.FileName)));
        Assert.Equal(release.Manifest, Store.Open(release.Id).Manifest);
    }

    [Fact]
    public void Should_Give_The_Same_Content_The_Same_Release()
    {
        var first = Store.Create(Publish("a"), "1.0.0", "c", DateTimeOffset.UnixEpoch);
        var again = Store.Create(Publish("a"), "1.0.0", "c", DateTimeOffset.UtcNow);
        var other = Store.Create(Publish("b"), "1.0.0", "c", DateTimeOffset.UnixEpoch);

        Assert.Equal(first.Id, again.Id);
        Assert.NotEqual(first.Id, other.Id);
    }

    [Fact]
    public void Should_Refuse_A_Release_Whose_Content_Was_Changed()
    {
        var release = Store.Create(Publish("a"), "1.0.0", "c", DateTimeOffset.UnixEpoch);
        File.AppendAllText(Path.Combine(release.Directory, "sub", "data.txt"), "tampered");

        var error = Assert.Throws<DeliveryException>(() => Store.Open(release.Id));

        Assert.Contains($"Release '{release.Id}' was changed after it was made", error.Message);
    }

    [Fact]
    public void Should_Refuse_A_Missing_Release_Or_Publish_Folder()
    {
        Assert.Contains("is not in", Assert.Throws<DeliveryException>(() => Store.Open("1.0.0-deadbeef")).Message);
        Assert.Contains("holds no Qte.Service.dll", Assert.Throws<DeliveryException>(() => Store.Create(_directory.Path + "/nothing", "1.0.0", "c", DateTimeOffset.UnixEpoch)).Message);
    }

    [Fact]
    public void Should_Zip_A_Release_And_Prune_What_Is_Not_Kept()
    {
        var keep = Store.Create(Publish("a"), "1.0.0", "c", DateTimeOffset.UnixEpoch);
        var drop = Store.Create(Publish("b"), "1.0.1", "c", DateTimeOffset.UnixEpoch);

        var zip = ReleaseStore.Zip(keep, Path.Combine(_directory.Path, "artifacts"));
        var removed = Store.Prune(new HashSet<string> { keep.Id });

        Assert.True(new FileInfo(zip).Length > 0);
        Assert.Equal([drop.Id], removed);
        Assert.True(Directory.Exists(keep.Directory));
    }
}
