namespace Qte.Build.Delivery;

/// <summary>
/// The environments the default pipeline's stages work on: 4-v1 promotes dev to staging (blue-green), 4-v2 staging to
/// production (canary), and 4-v3 and 4-v4 run on production.
/// </summary>
public static class PipelineEnvironments
{
    public const string Dev = "dev";

    public const string Staging = "staging";

    public const string Production = "production";
}
