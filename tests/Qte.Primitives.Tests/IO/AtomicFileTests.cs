using Qte.Primitives.IO;

namespace Qte.Primitives.Tests.IO;

public sealed class AtomicFileTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("qte-primitives-");

    [Fact]
    public void Should_Create_The_Folder_Replace_The_File_And_Leave_No_Temporary_File()
    {
        var path = Path.Combine(_directory.FullName, "reports", "report.md");

        AtomicFile.WriteAllText(path, "first");
        AtomicFile.WriteAllText(path, "second");

        Assert.Equal("second", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void Should_Copy_A_File_Whole_Over_Another()
    {
        var source = Path.Combine(_directory.FullName, "source.json");
        var path = Path.Combine(_directory.FullName, "published", "target.json");
        File.WriteAllText(source, "{ \"a\": 1 }");
        AtomicFile.WriteAllText(path, "old");

        AtomicFile.Copy(source, path);

        Assert.Equal("{ \"a\": 1 }", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    public void Dispose() => _directory.Delete(recursive: true);
}
