using System.Globalization;
using System.Reflection;
using System.Text;
using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.Docker;

/// <summary>
/// Turns settings into docker CLI options, as Cake.Docker 1.5.0 does (see <see cref="AutoToolSettings"/>): the
/// options of a settings class and its positional arguments after the command. Every alias renders its command line
/// here. Two deliberate differences from the official (README, Cake compatibility): Cake's own
/// <see cref="ToolSettings"/> properties are never options, and a plain <see cref="int"/> is written when not zero.
/// </summary>
public static class ArgumentsBuilderExtension
{
    /// <summary>Appends the options that go before the command, the command, its options, then the arguments as given.</summary>
    /// <typeparam name="TSettings">The settings type, whose public properties are the options.</typeparam>
    /// <param name="builder">The command line.</param>
    /// <param name="command">The command's words (<c>image build</c>).</param>
    /// <param name="settings">The settings; null for none.</param>
    /// <param name="arguments">The positional arguments.</param>
    public static void AppendAll<TSettings>(this ProcessArgumentBuilder builder, string command, TSettings settings, string[] arguments)
        where TSettings : AutoToolSettings, new()
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentException.ThrowIfNullOrEmpty(command);
        settings ??= new TSettings();
        AppendArguments(builder, settings, preCommand: true);
        builder.Append(command);
        AppendArguments(builder, settings, preCommand: false);
        foreach (var argument in arguments)
        {
            builder.Append(argument);
        }
    }

    /// <summary>Appends the options that go before the command (<paramref name="preCommand"/>) or after it.</summary>
    /// <typeparam name="TSettings">The settings type, whose public properties are the options.</typeparam>
    /// <param name="builder">The command line.</param>
    /// <param name="settings">The settings.</param>
    /// <param name="preCommand">Whether to append the options marked <see cref="AutoPropertyAttribute.PreCommand"/>.</param>
    public static void AppendArguments<TSettings>(ProcessArgumentBuilder builder, TSettings settings, bool preCommand)
        where TSettings : AutoToolSettings, new()
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var property in typeof(TSettings).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            // Cake's own ToolSettings properties (ToolPath, ToolTimeout, NoWorkingDirectory, ...) configure the run;
            // Cake.Docker writes some of them as options (--no-working-directory), which docker then refuses.
            if (property.DeclaringType is null || property.DeclaringType.IsAssignableFrom(typeof(ToolSettings)))
            {
                continue;
            }

            var isSecret = IsPropertyValueSecret(property, settings);
            foreach (var argument in GetArgumentFromProperty(property, settings, preCommand, isSecret).OfType<DockerArgument>())
            {
                Append(builder, argument);
            }
        }
    }

    private static void Append(ProcessArgumentBuilder builder, DockerArgument argument)
    {
        if (!string.IsNullOrEmpty(argument.Key))
        {
            builder.Append(argument.Key);
        }

        if (string.IsNullOrEmpty(argument.Value))
        {
            return;
        }

        switch (argument.Quoting)
        {
            case DockerArgumentQuoting.Unquoted:
                builder.Append(argument.Value);
                break;
            case DockerArgumentQuoting.QuotedSecret:
                builder.AppendQuotedSecret(argument.Value);
                break;
            default:
                builder.AppendQuoted(argument.Value);
                break;
        }
    }

    /// <summary>The options one property gives, by its type or by its <see cref="AutoPropertyAttribute"/>; null items for none.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="property">The property.</param>
    /// <param name="settings">The settings.</param>
    /// <param name="preCommand">Whether the options before the command are wanted, or those after it.</param>
    /// <param name="isSecret">Whether the value is a secret.</param>
    /// <returns>The options.</returns>
    public static IEnumerable<DockerArgument?> GetArgumentFromProperty<TSettings>(PropertyInfo property, TSettings settings, bool preCommand, bool isSecret)
        where TSettings : AutoToolSettings, new()
    {
        ArgumentNullException.ThrowIfNull(property);
        var attribute = GetAutoPropertyAttributeOrNull(property);
        if ((attribute?.PreCommand ?? false) != preCommand)
        {
            return [];
        }

        var value = property.GetValue(settings);
        if (attribute?.Format is not null)
        {
            return [Unquoted(GetArgumentFromAutoProperty(attribute, property, value))];
        }

        return value switch
        {
            bool flag => [Unquoted(GetArgumentFromBoolProperty(property, flag))],
            int number when property.PropertyType == typeof(int) => [Unquoted(number == 0 ? null : GetArgumentFromNullableIntProperty(property, number))],
            int number => [Unquoted(GetArgumentFromNullableIntProperty(property, number))],
            long number => [Unquoted(GetArgumentFromNullableInt64Property(property, number))],
            ulong number => [Unquoted(GetArgumentFromNullableUInt64Property(property, number))],
            ushort number => [Unquoted(GetArgumentFromNullableUInt16Property(property, number))],
            TimeSpan span => [Unquoted(GetArgumentFromNullableTimeSpanProperty(property, span))],
            string text => [GetArgumentFromStringProperty(property, text, isSecret)],
            string[] items => GetArgumentFromStringArrayProperty(property, items, isSecret),
            // null, or a type that is no docker option
            _ => [],
        };
    }

    private static DockerArgument? Unquoted(string? text) => new DockerArgument(null, text, DockerArgumentQuoting.Unquoted);

    /// <summary>Whether the settings name the property among their <see cref="AutoToolSettings.SecretProperties"/>.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="property">The property.</param>
    /// <param name="settings">The settings.</param>
    /// <returns>True for a secret.</returns>
    public static bool IsPropertyValueSecret<TSettings>(PropertyInfo property, TSettings settings)
        where TSettings : AutoToolSettings
    {
        ArgumentNullException.ThrowIfNull(property);
        ArgumentNullException.ThrowIfNull(settings);
        return settings.SecretProperties.Contains(property.Name);
    }

    /// <summary>The value in the attribute's format ({0} the option's name, {1} the value); for an array, one per item.</summary>
    /// <param name="attribute">The attribute.</param>
    /// <param name="property">The property.</param>
    /// <param name="value">Its value.</param>
    /// <returns>The text, empty for a false <see cref="AutoPropertyAttribute.OnlyWhenTrue"/> bool, null for no value.</returns>
    public static string? GetArgumentFromAutoProperty(AutoPropertyAttribute attribute, PropertyInfo property, object? value)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        if (value is null || property is null)
        {
            return null;
        }

        var name = GetPropertyName(property.Name);
        return value switch
        {
            bool flag when attribute.OnlyWhenTrue => flag ? Format(attribute.Format, name, value) : string.Empty,
            string[] items => string.Join(" ", items.Select(item => Format(attribute.Format, name, item))),
            _ => Format(attribute.Format, name, value),
        };
    }

    // A bool is written as .NET prints it (True/False), as Cake.Docker writes it; docker's flag parser takes both cases.
    private static string Format(string format, string? name, object value) => string.Format(CultureInfo.InvariantCulture, format, name, value);

    /// <summary>The property's <see cref="AutoPropertyAttribute"/>, or null.</summary>
    /// <param name="property">The property.</param>
    /// <returns>The attribute or null.</returns>
    public static AutoPropertyAttribute? GetAutoPropertyAttributeOrNull(PropertyInfo property) =>
        property.GetCustomAttribute<AutoPropertyAttribute>();

    /// <summary>A bare switch when true: <c>--name</c>.</summary>
    /// <param name="property">The property.</param>
    /// <param name="value">Its value.</param>
    /// <returns>The option, or null when false.</returns>
    public static string? GetArgumentFromBoolProperty(PropertyInfo property, bool value) => value ? Option(property) : null;

    /// <summary>A bare switch when true: <c>--name</c>.</summary>
    /// <param name="property">The property.</param>
    /// <param name="value">Its value.</param>
    /// <returns>The option, or null when false or null.</returns>
    public static string? GetArgumentFromNullableBoolProperty(PropertyInfo property, bool? value) => value == true ? Option(property) : null;

    /// <summary>The option and the number: <c>--name 5</c>.</summary>
    /// <param name="property">The property.</param>
    /// <param name="value">Its value.</param>
    /// <returns>The option, or null for no value.</returns>
    public static string? GetArgumentFromNullableIntProperty(PropertyInfo property, int? value) => WithNumber(property, value);

    /// <summary>The option and the number: <c>--name 5</c>.</summary>
    /// <param name="property">The property.</param>
    /// <param name="value">Its value.</param>
    /// <returns>The option, or null for no value.</returns>
    public static string? GetArgumentFromNullableInt64Property(PropertyInfo property, long? value) => WithNumber(property, value);

    /// <summary>The option and the number: <c>--name 5</c>.</summary>
    /// <param name="property">The property.</param>
    /// <param name="value">Its value.</param>
    /// <returns>The option, or null for no value.</returns>
    public static string? GetArgumentFromNullableUInt64Property(PropertyInfo property, ulong? value) => WithNumber(property, value);

    /// <summary>The option and the number: <c>--name 5</c>.</summary>
    /// <param name="property">The property.</param>
    /// <param name="value">Its value.</param>
    /// <returns>The option, or null for no value.</returns>
    public static string? GetArgumentFromNullableUInt16Property(PropertyInfo property, ushort? value) => WithNumber(property, value);

    private static string? WithNumber<T>(PropertyInfo property, T? value)
        where T : struct, IFormattable =>
        value is { } number ? $"{Option(property)} {number.ToString(null, CultureInfo.InvariantCulture)}" : null;

    /// <summary>One <c>--name "key=value"</c> per entry.</summary>
    /// <param name="property">The property.</param>
    /// <param name="values">The entries; null for none.</param>
    /// <param name="isSecret">Whether the values are secrets.</param>
    /// <returns>The options.</returns>
    public static IEnumerable<DockerArgument?> GetArgumentFromDictionaryProperty(PropertyInfo property, Dictionary<string, string> values, bool isSecret) =>
        values is null ? [] : [.. values.Select(pair => GetArgumentFromStringProperty(property, $"{pair.Key}={pair.Value}", isSecret))];

    /// <summary>One <c>--name "value"</c> per non-empty item.</summary>
    /// <param name="property">The property.</param>
    /// <param name="values">The items; null for none.</param>
    /// <param name="isSecret">Whether the values are secrets.</param>
    /// <returns>The options.</returns>
    public static IEnumerable<DockerArgument?> GetArgumentFromStringArrayProperty(PropertyInfo property, string[] values, bool isSecret) =>
        values is null ? [] : [.. values.Select(value => GetArgumentFromStringProperty(property, value, isSecret))];

    /// <summary>One <c>--name "a,b"</c> for all the items.</summary>
    /// <param name="property">The property.</param>
    /// <param name="values">The items; null or empty for none.</param>
    /// <param name="isSecret">Whether the values are secrets.</param>
    /// <returns>The option, or null.</returns>
    public static DockerArgument? GetArgumentFromStringArrayListProperty(PropertyInfo property, string[] values, bool isSecret) =>
        values is { Length: > 0 } ? GetArgumentFromStringProperty(property, string.Join(",", values), isSecret) : null;

    /// <summary><c>--name "value"</c>, quoted (or secret).</summary>
    /// <param name="property">The property.</param>
    /// <param name="value">Its value.</param>
    /// <param name="isSecret">Whether the value is a secret.</param>
    /// <returns>The option, or null for a null or empty value.</returns>
    public static DockerArgument? GetArgumentFromStringProperty(PropertyInfo property, string? value, bool isSecret) =>
        string.IsNullOrEmpty(value)
            ? null
            : new DockerArgument(Option(property), value, isSecret ? DockerArgumentQuoting.QuotedSecret : DockerArgumentQuoting.Quoted);

    /// <summary>The option and the duration as docker reads it: <c>--name 1h2m3s</c>.</summary>
    /// <param name="property">The property.</param>
    /// <param name="value">Its value.</param>
    /// <returns>The option, or null for no value.</returns>
    public static string? GetArgumentFromNullableTimeSpanProperty(PropertyInfo property, TimeSpan? value) =>
        value is { } span ? $"{Option(property)} {ConvertTimeSpan(span)}" : null;

    /// <summary>A duration as docker reads it: whole hours, minutes and seconds (<c>26h3m0s</c>).</summary>
    /// <param name="source">The duration.</param>
    /// <returns>The text.</returns>
    public static string ConvertTimeSpan(TimeSpan source) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Floor(source.TotalHours)}h{source.Minutes}m{source.Seconds}s");

    /// <summary>A property's name as a docker option's: a dash before every capital but the first (<c>BuildArg</c> is <c>build-arg</c>).</summary>
    /// <param name="name">The property's name.</param>
    /// <returns>The option's name, or null for an empty name.</returns>
    public static string? GetPropertyName(string name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

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

    private static string Option(PropertyInfo property) => "--" + GetPropertyName(property.Name);
}
