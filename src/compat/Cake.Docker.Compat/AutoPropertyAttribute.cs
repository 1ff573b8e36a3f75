namespace Cake.Docker;

/// <summary>
/// How a settings property becomes docker options, where the rule by its type (see <see cref="AutoToolSettings"/>)
/// is not the right one.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public class AutoPropertyAttribute : Attribute
{
    /// <summary>Gets or sets a composite format: {0} is the option's name, {1} the value. Written unquoted.</summary>
    public string Format { get; set; } = null!;

    /// <summary>Gets or sets whether a <see cref="Format"/>ted bool is written only when true.</summary>
    public bool OnlyWhenTrue { get; set; }

    /// <summary>Gets or sets whether the option goes before the command instead of after it.</summary>
    public bool PreCommand { get; set; }

    /// <summary>Gets or sets how the values of an array are given.</summary>
    public AutoArrayType AutoArrayType { get; set; } = AutoArrayType.MultipleInstances;
}
