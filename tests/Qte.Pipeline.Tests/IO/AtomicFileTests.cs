using Qte.Pipeline.IO;

namespace Qte.Pipeline.Tests.IO;

public sealed class AtomicFileTests
{
    [Fact]
    public void Should_Create_The_Folder_Replace_The_File_And_Leave_No_Temporary_File()
    {
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.Path, "reports", "report.md");

        AtomicFile.WriteAllText(path, "first");
        AtomicFile.WriteAllText(path, "second");

        Assert.Equal("second", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
    }
}
