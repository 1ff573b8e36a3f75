namespace Cake.Docker;

/// <summary>
/// How an array property's values are given to docker.
/// </summary>
public enum AutoArrayType
{
    /// <summary>The option once per value: <c>--file a --file b</c>.</summary>
    MultipleInstances,

    /// <summary>Marks an option docker also takes as a list. Cake.Docker 1.5.0 still writes it once per value, and so does this.</summary>
    List,
}
