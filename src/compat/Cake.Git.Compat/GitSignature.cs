namespace Cake.Git;

/// <summary>
/// Who made a commit, and when.
/// </summary>
public sealed class GitSignature
{
    /// <summary>Creates a signature.</summary>
    /// <param name="email">The e-mail address.</param>
    /// <param name="name">The name.</param>
    /// <param name="when">The time.</param>
    internal GitSignature(string email, string name, DateTimeOffset when)
    {
        Email = email;
        Name = name;
        When = when;
    }

    /// <summary>Gets the e-mail address.</summary>
    public string Email { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the time.</summary>
    public DateTimeOffset When { get; }

    /// <inheritdoc />
    public override string ToString() => $"Email: {Email}, Name: {Name}, When: {When}";
}
