namespace Cake.Git;

/// <summary>
/// Which references git describe may use, as its --tags and --all options say.
/// </summary>
public enum GitDescribeStrategy
{
    /// <summary>Annotated tags only.</summary>
    Default,

    /// <summary>Any tag, annotated or lightweight.</summary>
    Tags,

    /// <summary>Any reference: tags, branches, remote branches.</summary>
    All,
}
