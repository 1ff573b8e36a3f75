namespace Qte.Experiments.Tests;

/// <summary>A folder of the test's own under the system's temp folder, deleted when the test ends.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("qte-experiments-");

    public string Path => _directory.FullName;

    public string Write(string relativePath, string contents)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, contents);
        return path;
    }

    public void Dispose()
    {
        try
        {
            _directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A database a failed test left open; the OS removes the folder later.
        }
    }
}
