namespace Cake.Docker;

/// <summary>
/// One option as <see cref="ArgumentsBuilderExtension"/> renders it: an optional key (<c>--name</c>) and an optional
/// value, with how the value is quoted.
/// </summary>
public struct DockerArgument
{
    /// <summary>Creates the argument.</summary>
    /// <param name="key">The option, such as <c>--name</c>; null for a value on its own.</param>
    /// <param name="value">The value; null for a bare key.</param>
    /// <param name="quoting">How the value is written.</param>
    public DockerArgument(string? key, string? value, DockerArgumentQuoting quoting)
    {
        Key = key;
        Value = value;
        Quoting = quoting;
    }

    /// <summary>Gets the option, such as <c>--name</c>, or null.</summary>
    public string? Key { get; }

    /// <summary>Gets the value, or null.</summary>
    public string? Value { get; }

    /// <summary>Gets how the value is written.</summary>
    public DockerArgumentQuoting Quoting { get; }
}
