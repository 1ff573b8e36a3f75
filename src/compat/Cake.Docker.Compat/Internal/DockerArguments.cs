using System.Globalization;
using System.Reflection;
using System.Text;
using Cake.Core;
using Cake.Core.IO;

namespace Cake.Docker.Internal;

/// <summary>Turns a settings object into docker CLI options, property by property (see <see cref="AutoToolSettings"/>).</summary>
internal static class DockerArguments
{
    public static ProcessArgumentBuilder Build(string command, AutoToolSettings settings, IEnumerable<string> arguments)
    {
        var builder = new ProcessArgumentBuilder();
        builder.Append(command);
        foreach (var property in settings.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        {
            var secret = settings.SecretProperties.Contains(property.Name);
            AppendOption(builder, "--" + KebabCase(property.Name), property.GetValue(settings), secret);
        }

        // Positional arguments (a build context path, image references, container names) are quoted, as Cake.Docker
        // quotes a build path, so that a path with spaces stays one argument; one quoted already is kept.
        foreach (var argument in arguments)
        {
            if (argument.Length > 1 && argument.StartsWith('"') && argument.EndsWith('"'))
            {
                builder.Append(argument);
            }
            else
            {
                builder.AppendQuoted(argument);
            }
        }

        return builder;
    }

    private static void AppendOption(ProcessArgumentBuilder builder, string option, object? value, bool secret)
    {
        switch (value)
        {
            case null:
                return;
            case bool flag:
                builder.Append(flag ? option : option + "=false");
                return;
            case string text:
                Append(builder, option, text, secret);
                return;
            case string[] items:
                foreach (var item in items)
                {
                    Append(builder, option, item, secret);
                }

                return;
            case IFormattable number:
                builder.Append(option + "=" + number.ToString(null, CultureInfo.InvariantCulture));
                return;
            default:
                throw new CakeException($"Docker settings: option {option} has a value of type {value.GetType().Name}, which has no command-line form.");
        }
    }

    private static void Append(ProcessArgumentBuilder builder, string option, string value, bool secret)
    {
        if (secret)
        {
            builder.AppendSwitchQuotedSecret(option, " ", value);
        }
        else
        {
            builder.AppendSwitchQuoted(option, " ", value);
        }
    }

    /// <summary>BuildArg becomes build-arg; a run of capitals stays one word (Cpus, Iidfile).</summary>
    internal static string KebabCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
