using Cake.Core;

namespace Qte.Build.Delivery;

/// <summary>
/// The delivery options of a run: --environment (default dev), --profile (QTE_PROFILE; build.sh and CI use "ci"),
/// --set key=value (repeatable), --keep-environments, Promote's --from/--to, Rollback's --to-release, and the A/B
/// tasks' --experiment (a key of build/config/experiments), and --redeploy (deploy even a release that already
/// serves the environment byte for byte under the same config). --replicas=N is --set replicas=N (the Swarm
/// target's replicas per slot), validated with the config.
/// </summary>
public sealed record DeliveryOptions(
    string Environment,
    string? Profile,
    IReadOnlyList<string> Sets,
    bool KeepEnvironments,
    string? From,
    string? To,
    string? ToRelease,
    string? Experiment,
    bool Redeploy = false)
{
    public static DeliveryOptions Read(ICakeContext context)
    {
        string? Option(string name) => context.Arguments.HasArgument(name) ? context.Arguments.GetArgument(name) : null;
        var profile = Option("profile") ?? context.Environment.GetEnvironmentVariable("QTE_PROFILE");
        if (profile is null && string.Equals(context.Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            profile = "ci";
        }

        return new DeliveryOptions(
            Option("environment") ?? "dev",
            string.IsNullOrEmpty(profile) || profile == "none" ? null : profile,
            [.. Option("replicas") is { } replicas ? [$"replicas={replicas}"] : Array.Empty<string>(), .. context.Arguments.HasArgument("set") ? context.Arguments.GetArguments("set") : []],
            context.Arguments.HasArgument("keep-environments") && Option("keep-environments") is not ("false" or "0"),
            Option("from"),
            Option("to"),
            Option("to-release"),
            Option("experiment"),
            context.Arguments.HasArgument("redeploy") && Option("redeploy") is not ("false" or "0"));
    }
}
