using Newtonsoft.Json.Linq;
using Qte.Pipeline.Artifacts;

namespace Qte.Pipeline.Tests.Artifacts;

public sealed class ArtifactManifestTests
{
    private const string Sha256OfAbc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    public sealed class TheCreateMethod
    {
        [Fact]
        public void Should_List_Every_File_With_Size_And_Sha256_In_Path_Order()
        {
            using var directory = new TemporaryDirectory();
            directory.Write("timing/timing.json", "{}");
            directory.Write("test-results/A.trx", "abc");
            directory.Write(ArtifactManifest.FileName, "an older manifest");

            var manifest = ArtifactManifest.Create(directory.Path);

            Assert.Equal(["test-results/A.trx", "timing/timing.json"], manifest.Entries.Select(e => e.Path));
            Assert.Equal(new ArtifactEntry("test-results/A.trx", 3, Sha256OfAbc), manifest.Entries[0]);
        }

        [Fact]
        public void Should_Leave_Out_The_Excluded_Folders()
        {
            using var directory = new TemporaryDirectory();
            directory.Write("cache/tests/A/entry.json", "{}");
            directory.Write("cache.txt", "kept: a file, not the folder");
            directory.Write("test-results/A.trx", "abc");

            var manifest = ArtifactManifest.Create(directory.Path, ["cache"]);

            Assert.Equal(["cache.txt", "test-results/A.trx"], manifest.Entries.Select(e => e.Path));
        }

        [Fact]
        public void Should_Be_Empty_When_The_Folder_Does_Not_Exist() =>
            Assert.Empty(ArtifactManifest.Create(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))).Entries);
    }

    public sealed class TheWriteMethod
    {
        [Fact]
        public void Should_Write_Json_That_Lists_The_Entries()
        {
            using var directory = new TemporaryDirectory();
            directory.Write("a.txt", "abc");
            var path = Path.Combine(directory.Path, ArtifactManifest.FileName);

            ArtifactManifest.Create(directory.Path).Write(path);

            var file = Assert.Single((JArray)JObject.Parse(File.ReadAllText(path))["files"]!);
            Assert.Equal(("a.txt", 3L, Sha256OfAbc), ((string)file["path"]!, (long)file["size"]!, (string)file["sha256"]!));
        }
    }
}
