using Cake.Core;
using Cake.Core.IO;

namespace Cake.Docker.Internal;

/// <summary>
/// Runs one docker command for an alias, through Cake's tool resolution and process runner.
/// </summary>
internal static class DockerCli
{
    public static void Run<TSettings>(ICakeContext context, DockerCommand command, TSettings settings, IEnumerable<string?> arguments)
        where TSettings : AutoToolSettings, new() =>
        Runner<TSettings>(context).Run(Arguments(command, settings, arguments), settings);

    /// <summary>Runs the command and returns what it wrote to standard output, line by line.</summary>
    public static string[] Output<TSettings>(ICakeContext context, DockerCommand command, TSettings settings, IEnumerable<string?> arguments)
        where TSettings : AutoToolSettings, new() =>
        Runner<TSettings>(context).RunWithOutput(Arguments(command, settings, arguments), settings);

    // The positional arguments as given, null ones left out: the official appends them without quoting.
    private static ProcessArgumentBuilder Arguments<TSettings>(DockerCommand command, TSettings settings, IEnumerable<string?> arguments)
        where TSettings : AutoToolSettings, new()
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = new ProcessArgumentBuilder();
        command.AppendCore?.Invoke(builder);
        builder.AppendAll(command.Name, settings, [.. arguments.OfType<string>()]);
        return builder;
    }

    private static DockerCliRunner<TSettings> Runner<TSettings>(ICakeContext context)
        where TSettings : AutoToolSettings, new()
    {
        ArgumentNullException.ThrowIfNull(context);
        return new DockerCliRunner<TSettings>(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools);
    }

    /// <summary>The build context path in quotes, unless already quoted, so that a path with spaces stays one argument.</summary>
    public static string Quoted(string path)
    {
        var trimmed = path.Trim();
        return trimmed.Length > 1 && trimmed.StartsWith('"') && trimmed.EndsWith('"') ? path : $"\"{path}\"";
    }
}
