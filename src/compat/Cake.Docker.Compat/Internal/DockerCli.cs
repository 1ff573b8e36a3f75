using System.Reflection;
using Cake.Core;
using Cake.Core.IO;

namespace Cake.Docker.Internal;

/// <summary>
/// Runs one docker command for an alias, through Cake's tool resolution and process runner.
/// </summary>
internal static class DockerCli
{
    public static void Run<TSettings>(ICakeContext context, DockerCommand command, TSettings settings, IEnumerable<string?> arguments)
        where TSettings : AutoToolSettings =>
        Runner<TSettings>(context).Run(Arguments(command, settings, arguments), settings, Experimental<TSettings>());

    /// <summary>Runs the command and returns what it wrote to standard output, line by line.</summary>
    public static string[] Output<TSettings>(ICakeContext context, DockerCommand command, TSettings settings, IEnumerable<string?> arguments)
        where TSettings : AutoToolSettings =>
        Runner<TSettings>(context).RunWithResult(Arguments(command, settings, arguments), settings, Experimental<TSettings>());

    private static ProcessArgumentBuilder Arguments(DockerCommand command, AutoToolSettings settings, IEnumerable<string?> arguments)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return DockerArguments.Build(command, settings, arguments.OfType<string>());
    }

    // Cake.Docker runs commands of [Experimental] settings (docker manifest) with the CLI's experimental switch on.
    private static bool Experimental<TSettings>() => typeof(TSettings).IsDefined(typeof(ExperimentalAttribute), inherit: true);

    private static GenericDockerRunner<TSettings> Runner<TSettings>(ICakeContext context)
        where TSettings : AutoToolSettings
    {
        ArgumentNullException.ThrowIfNull(context);
        return new GenericDockerRunner<TSettings>(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools);
    }

    /// <summary>The build context path in quotes, unless already quoted, so that a path with spaces stays one argument.</summary>
    public static string Quoted(string path)
    {
        var trimmed = path.Trim();
        return trimmed.Length > 1 && trimmed.StartsWith('"') && trimmed.EndsWith('"') ? path : $"\"{path}\"";
    }
}
