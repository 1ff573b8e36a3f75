namespace Qte.Pipeline.Tests;

/// <summary>
/// A folder of the test's own under the system's temp folder, deleted when the test ends.
/// </summary>
internal sealed class TemporaryDirectory : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("qte-pipeline-");

    public string Path => _directory.FullName;

    public string Write(string relativePath, string contents)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, contents);
        return path;
    }

    public void Dispose() => _directory.Delete(recursive: true);
}
