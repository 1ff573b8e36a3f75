using System.Globalization;

namespace Cake.Docker;

/// <summary>
/// Reads the table <c>docker ps</c> prints: each column starts where its heading starts in the first line. Where
/// the official misreads today's docker, this reads it (README, Cake compatibility): "Up 3 minutes" is running, and
/// sizes are written without a space and in powers of 1000 ("1.2kB (virtual 187MB)").
/// </summary>
public static class DockerPsParser
{
    /// <summary>Reads a row of the table whose columns <paramref name="indexes"/> found.</summary>
    /// <param name="indexes">Where the columns start.</param>
    /// <param name="line">The row.</param>
    /// <returns>The container.</returns>
    public static DockerPsResult ParseLine(Indexes indexes, string line)
    {
        ArgumentNullException.ThrowIfNull(indexes);
        ArgumentNullException.ThrowIfNull(line);
        int[] starts = [0, indexes.ImageIndex, indexes.CommandIndex, indexes.CreatedIndex, indexes.StatusIndex, indexes.PortsIndex, indexes.NameIndex, indexes.SizeIndex ?? -1];

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
            Status = ParseContainerStatus(status),
            ExitCode = ParseExitCode(status),
            Name = Column(6),
            Size = size.Length > 0 ? ParseNormalSize(size) : null,
            VirtualSize = size.Contains("(virtual ", StringComparison.Ordinal) ? ParseVirtualSize(size) : null,
        };
    }

    /// <summary>The state from the STATUS column: "Up 3 minutes" is running, "Up 3 minutes (Paused)" paused.</summary>
    /// <param name="statusText">The column's text.</param>
    /// <returns>The state; <see cref="ContainerStatus.Created"/> for one not known.</returns>
    public static ContainerStatus ParseContainerStatus(string statusText)
    {
        ArgumentNullException.ThrowIfNull(statusText);
        return statusText.Split(' ')[0] switch
        {
            "Up" => statusText.Contains("(Paused)", StringComparison.Ordinal) ? ContainerStatus.Paused : ContainerStatus.Running,
            var word when Enum.TryParse<ContainerStatus>(word, out var parsed) => parsed,
            _ => ContainerStatus.Created,
        };
    }

    /// <summary>The exit code from the STATUS column of an exited container: "Exited (137) 2 seconds ago".</summary>
    /// <param name="statusText">The column's text.</param>
    /// <returns>The code, or null.</returns>
    public static int? ParseExitCode(string statusText)
    {
        ArgumentNullException.ThrowIfNull(statusText);
        var open = statusText.IndexOf('(', StringComparison.Ordinal);
        var close = statusText.IndexOf(')', StringComparison.Ordinal);
        return statusText.StartsWith("Exited (", StringComparison.Ordinal) && close > open &&
            int.TryParse(statusText[(open + 1)..close], NumberStyles.Integer, CultureInfo.InvariantCulture, out var code)
            ? code
            : null;
    }

    /// <summary>The container's own size from the SIZE column: "1.2kB" of "1.2kB (virtual 187MB)".</summary>
    /// <param name="input">The column's text.</param>
    /// <returns>Bytes.</returns>
    public static long ParseNormalSize(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ParseSize(input.Split('(')[0]);
    }

    /// <summary>The size with the image from the SIZE column: "187MB" of "1.2kB (virtual 187MB)".</summary>
    /// <param name="input">The column's text.</param>
    /// <returns>Bytes.</returns>
    public static long ParseVirtualSize(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var parts = input.Split('(');
        return parts.Length > 1 ? ParseSize(parts[1].Replace("virtual", string.Empty, StringComparison.Ordinal).TrimEnd(')', ' ')) : 0;
    }

    /// <summary>A size as docker writes it, "1.2kB" or "1.2 kB": its units are powers of 1000.</summary>
    /// <param name="input">The text.</param>
    /// <returns>Bytes; 0 for text that is not a size.</returns>
    public static long ParseSize(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Replace(" ", string.Empty, StringComparison.Ordinal);
        var unitStart = text.IndexOfAny(['B', 'k', 'K', 'M', 'G', 'T']);
        if (unitStart <= 0 || !decimal.TryParse(text[..unitStart], NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return 0;
        }

        var factor = text[unitStart..].ToUpperInvariant() switch
        {
            "KB" => 1e3m,
            "MB" => 1e6m,
            "GB" => 1e9m,
            "TB" => 1e12m,
            _ => 1m,
        };
        return (long)(number * factor);
    }

    /// <summary>Where each column of the table starts, from its headings.</summary>
    public class Indexes
    {
        /// <summary>Gets where IMAGE starts.</summary>
        public int ImageIndex { get; private set; }

        /// <summary>Gets where COMMAND starts.</summary>
        public int CommandIndex { get; private set; }

        /// <summary>Gets where CREATED starts.</summary>
        public int CreatedIndex { get; private set; }

        /// <summary>Gets where STATUS starts.</summary>
        public int StatusIndex { get; private set; }

        /// <summary>Gets where PORTS starts.</summary>
        public int PortsIndex { get; private set; }

        /// <summary>Gets where NAMES starts.</summary>
        public int NameIndex { get; private set; }

        /// <summary>Gets where SIZE starts, with <c>--size</c>; otherwise null.</summary>
        public int? SizeIndex { get; private set; }

        /// <summary>Finds the columns in the table's first line.</summary>
        /// <param name="line">The headings.</param>
        /// <returns>Where they start; -1 for a heading not there.</returns>
        public static Indexes CreateFromFirstLine(string line)
        {
            ArgumentNullException.ThrowIfNull(line);
            var size = line.IndexOf("SIZE", StringComparison.Ordinal);
            return new Indexes
            {
                ImageIndex = line.IndexOf("IMAGE", StringComparison.Ordinal),
                CommandIndex = line.IndexOf("COMMAND", StringComparison.Ordinal),
                CreatedIndex = line.IndexOf("CREATED", StringComparison.Ordinal),
                StatusIndex = line.IndexOf("STATUS", StringComparison.Ordinal),
                PortsIndex = line.IndexOf("PORTS", StringComparison.Ordinal),
                NameIndex = line.IndexOf("NAMES", StringComparison.Ordinal),
                SizeIndex = size >= 0 ? size : null,
            };
        }
    }
}
