namespace Cake.Docker;

/// <summary>
/// How a <see cref="DockerArgument"/>'s value is written on the command line.
/// </summary>
public enum DockerArgumentQuoting
{
    /// <summary>As it is: it is already one or more well-formed arguments.</summary>
    Unquoted,

    /// <summary>In quotes, so that spaces stay inside one argument.</summary>
    Quoted,

    /// <summary>In quotes, and shown as [REDACTED] wherever Cake prints the command line.</summary>
    QuotedSecret,
}
