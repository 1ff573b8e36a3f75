// Cake.Docker declares these non-nullable and leaves them unset (null until given): so does this, so that code
// written against it compiles against the official package too.
#pragma warning disable CS8618

namespace Cake.Docker;

/// <summary>
/// The options of <c>docker login</c>: each property that is set becomes its option.
/// </summary>
public sealed class DockerRegistryLoginSettings : AutoToolSettings
{
    /// <summary>Gets or sets the <c>--password</c> option.</summary>
    public string Password { get; set; }

    /// <summary>Gets or sets whether to pass <c>--password-stdin</c>.</summary>
    public bool? PasswordStdin { get; set; }

    /// <summary>Gets or sets the <c>--username</c> option.</summary>
    public string Username { get; set; }

    /// <inheritdoc />
    protected override string[] CollectSecretProperties() => [nameof(Password)];
}
