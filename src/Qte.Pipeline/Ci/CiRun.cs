namespace Qte.Pipeline.Ci;

/// <summary>The CI system running the build and its run's id and number; "Local" with neither on a developer's machine.</summary>
public sealed record CiRun(string Provider, string? RunId, string? RunNumber)
{
    public static readonly CiRun Local = new("Local", null, null);
}
