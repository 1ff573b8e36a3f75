using Cake.Core;
using Cake.Core.Annotations;
using Cake.Docker.Internal;

namespace Cake.Docker;

public static partial class DockerAliases
{
    /// <summary>Runs <c>docker ps</c>.</summary>
    /// <param name="context">The context.</param>
    /// <returns>The containers.</returns>
    [CakeMethodAlias]
    [CakeAliasCategory("Results")]
    public static DockerPsResult[] DockerPs(this ICakeContext context)
    {
        return DockerPs(context, new DockerPsSettings());
    }

    /// <summary>Runs <c>docker ps</c>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="settings">The options; null for none.</param>
    /// <returns>The containers.</returns>
    [CakeMethodAlias]
    [CakeAliasCategory("Results")]
    public static DockerPsResult[] DockerPs(this ICakeContext context, DockerPsSettings settings)
    {
        return Processor(DockerCli.Output(context, new DockerCommand("ps"), settings ?? new(), []));
    }

    /// <summary>Reads <c>docker ps</c>'s table: a heading line, then one container per line.</summary>
    /// <param name="input">The lines docker printed.</param>
    /// <returns>The containers.</returns>
    public static DockerPsResult[] Processor(IEnumerable<string> input)
    {
        var lines = input?.ToArray() ?? throw new ArgumentNullException(nameof(input));
        if (lines.Length < 2)
        {
            return [];
        }

        var indexes = DockerPsParser.Indexes.CreateFromFirstLine(lines[0]);
        return [.. lines.Skip(1).Where(line => line.Trim().Length > 0).Select(line => DockerPsParser.ParseLine(indexes, line))];
    }
}
