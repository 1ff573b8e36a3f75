namespace Cake.Docker;

/// <summary>
/// Formats for <see cref="AutoPropertyAttribute.Format"/>.
/// </summary>
public static class Constants
{
    /// <summary>A bool option whose docker default is true, written with its value: <c>--name=false</c>.</summary>
    public const string BoolWithTrueDefaultFormat = "--{0}={1}";
}
