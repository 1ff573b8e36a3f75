namespace Cake.Git;

/// <summary>
/// A remote of the repository.
/// </summary>
public sealed class GitRemote
{
    /// <summary>Creates a remote.</summary>
    /// <param name="name">The remote's name, e.g. origin.</param>
    /// <param name="pushUrl">Where pushes go.</param>
    /// <param name="url">Where fetches come from.</param>
    public GitRemote(string name, string pushUrl, string url)
    {
        Name = name;
        PushUrl = pushUrl;
        Url = url;
    }

    /// <summary>Gets the remote's name.</summary>
    public string Name { get; }

    /// <summary>Gets where pushes go.</summary>
    public string PushUrl { get; }

    /// <summary>Gets where fetches come from.</summary>
    public string Url { get; }

    /// <inheritdoc />
    public override string ToString() => $"( Name: {Name}, Url: {Url}, PushUrl: {PushUrl} )";
}
