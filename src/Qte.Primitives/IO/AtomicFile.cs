using System.Text;

namespace Qte.Primitives.IO;

/// <summary>
/// Writes a file whole or not at all: a temporary file beside the target (named for this process), then a rename over
/// it, so that a reader (a report's reader, the router rereading its table, the service its experiments) never sees
/// half a file.
/// </summary>
public static class AtomicFile
{
    public static void WriteAllText(string path, string contents)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Replace(path, temporary => File.WriteAllText(temporary, contents, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)));
    }

    /// <summary>The file at <paramref name="source"/>, copied whole over <paramref name="path"/>.</summary>
    public static void Copy(string source, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(source);
        ArgumentException.ThrowIfNullOrEmpty(path);
        Replace(path, temporary => File.Copy(source, temporary, overwrite: true));
    }

    private static void Replace(string path, Action<string> write)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        write(temporary);
        File.Move(temporary, path, overwrite: true);
    }
}
