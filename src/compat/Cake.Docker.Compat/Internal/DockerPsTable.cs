using System.Globalization;

namespace Cake.Docker.Internal;

/// <summary>
/// Reads the table <c>docker ps</c> prints: each column starts where its heading starts in the first line.
/// </summary>
internal static class DockerPsTable
{
    private static readonly string[] Headings = ["CONTAINER ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES", "SIZE"];

    public static DockerPsResult[] Parse(string[] lines)
    {
        if (lines.Length < 2)
        {
            return [];
        }

        var starts = Headings.Select(heading => lines[0].IndexOf(heading, StringComparison.Ordinal)).ToArray();
        return [.. lines.Skip(1).Where(line => line.Trim().Length > 0).Select(line => Row(starts, line))];
    }

    private static DockerPsResult Row(int[] starts, string line)
    {
        string Column(int index)
        {
            var start = starts[index];
            if (start < 0 || start >= line.Length)
            {
                return string.Empty;
            }

            var end = starts.Skip(index + 1).Where(next => next > start).DefaultIfEmpty(line.Length).First();
            return line[start..Math.Min(end, line.Length)].Trim();
        }

        var status = Column(4);
        var size = Column(7);
        return new DockerPsResult
        {
            Id = Column(0),
            Image = Column(1),
            Command = Column(2).Trim('"'),
            Created = Column(3),
            Status = Status(status),
            ExitCode = ExitCode(status),
            Name = Column(6),
            Size = size.Length > 0 ? Bytes(size.Split('(')[0]) : null,
            VirtualSize = size.Contains("(virtual ", StringComparison.Ordinal) ? Bytes(size.Split("(virtual ")[1].TrimEnd(')')) : null,
        };
    }

    // docker writes "Up 3 minutes" for a running container; Cake.Docker has no "Up" and so reports it as Created.
    private static ContainerStatus Status(string status) => status.Split(' ')[0] switch
    {
        "Up" => status.Contains("(Paused)", StringComparison.Ordinal) ? ContainerStatus.Paused : ContainerStatus.Running,
        var word when Enum.TryParse<ContainerStatus>(word, out var parsed) => parsed,
        _ => ContainerStatus.Created,
    };

    private static int? ExitCode(string status) =>
        status.StartsWith("Exited (", StringComparison.Ordinal) &&
        int.TryParse(status[8..status.IndexOf(')', StringComparison.Ordinal)], NumberStyles.Integer, CultureInfo.InvariantCulture, out var code)
            ? code
            : null;

    // "1.2kB", "15MB": docker's units are powers of 1000.
    private static long? Bytes(string text)
    {
        text = text.Trim();
        var unitStart = text.IndexOfAny(['B', 'k', 'M', 'G', 'T']);
        if (unitStart <= 0 || !double.TryParse(text[..unitStart], NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var factor = text[unitStart..] switch
        {
            "kB" => 1e3,
            "MB" => 1e6,
            "GB" => 1e9,
            "TB" => 1e12,
            _ => 1,
        };
        return (long)(number * factor);
    }
}
