using System.Globalization;
using System.Reflection;
using System.Text;
using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.Docker.Internal;

/// <summary>
/// Turns settings into docker CLI options as Cake.Docker 1.5.0 does (see <see cref="AutoToolSettings"/>), and appends
/// the positional arguments as given.
/// </summary>
internal static class DockerArguments
{
    /// <summary>The command line: [core command, its options,] command, its options, positional arguments.</summary>
    public static ProcessArgumentBuilder Build(DockerCommand command, AutoToolSettings settings, IEnumerable<string> arguments)
    {
        var builder = new ProcessArgumentBuilder();
        if (command.CoreCommand is { } core)
        {
            Append(builder, core, command.CoreSettings ?? new EmptySettings(), []);
        }

        Append(builder, command.Name, settings, arguments);
        return builder;
    }

    private static void Append(ProcessArgumentBuilder builder, string command, AutoToolSettings settings, IEnumerable<string> arguments)
    {
        AppendOptions(builder, settings, preCommand: true);
        builder.Append(command);
        AppendOptions(builder, settings, preCommand: false);
        foreach (var argument in arguments)
        {
            builder.Append(argument);
        }
    }

    // Only the properties of the settings classes: Cake's own ToolSettings properties (ToolPath, Timeout,
    // WorkingDirectory, ...) configure the run and are never docker options. Cake.Docker writes some of them
    // (NoWorkingDirectory becomes --no-working-directory); this does not.
    private static void AppendOptions(ProcessArgumentBuilder builder, AutoToolSettings settings, bool preCommand)
    {
        foreach (var property in settings.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.DeclaringType is null || property.DeclaringType.IsAssignableFrom(typeof(ToolSettings)))
            {
                continue;
            }

            var attribute = property.GetCustomAttribute<AutoPropertyAttribute>();
            if ((attribute?.PreCommand ?? false) != preCommand)
            {
                continue;
            }

            var name = KebabCase(property.Name);
            var value = property.GetValue(settings);

            // Last, of the ps settings, is a plain int: written when set, where Cake.Docker never writes it.
            if (value is 0 && property.PropertyType == typeof(int))
            {
                continue;
            }

            if (attribute?.Format is { } format)
            {
                AppendFormatted(builder, attribute, format, name, value);
            }
            else
            {
                AppendOption(builder, "--" + name, value, settings.SecretProperties.Contains(property.Name));
            }
        }
    }

    private static void AppendFormatted(ProcessArgumentBuilder builder, AutoPropertyAttribute attribute, string format, string name, object? value)
    {
        string text;
        switch (value)
        {
            case null:
                return;
            case bool flag when attribute.OnlyWhenTrue:
                text = flag ? Format(format, name, value) : string.Empty;
                break;
            case string[] items:
                text = string.Join(" ", items.Select(item => Format(format, name, item)));
                break;
            default:
                text = Format(format, name, value);
                break;
        }

        if (text.Length > 0)
        {
            builder.Append(text);
        }
    }

    // A bool is written as .NET prints it (True/False), as Cake.Docker writes it; docker's flag parser takes both cases.
    private static string Format(string format, string name, object value) =>
        string.Format(CultureInfo.InvariantCulture, format, name, value);

    private static void AppendOption(ProcessArgumentBuilder builder, string option, object? value, bool secret)
    {
        switch (value)
        {
            case true:
                builder.Append(option);
                return;
            case string text when text.Length > 0:
                AppendValue(builder, option, text, secret);
                return;
            case string[] items:
                foreach (var item in items.Where(item => !string.IsNullOrEmpty(item)))
                {
                    AppendValue(builder, option, item, secret);
                }

                return;
            case int or long or ulong or ushort:
                builder.Append(option + " " + Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
            case TimeSpan span:
                builder.Append($"{option} {Math.Floor(span.TotalHours).ToString(CultureInfo.InvariantCulture)}h{span.Minutes}m{span.Seconds}s");
                return;
            default:
                // false, null, an empty string: left out, as Cake.Docker leaves them.
                return;
        }
    }

    private static void AppendValue(ProcessArgumentBuilder builder, string option, string value, bool secret)
    {
        builder.Append(option);
        if (secret)
        {
            builder.AppendQuotedSecret(value);
        }
        else
        {
            builder.AppendQuoted(value);
        }
    }

    /// <summary>BuildArg becomes build-arg: a dash before every capital but the first.</summary>
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
