using Qte.Delivery.Deployment;
using Qte.Delivery.Releases;

namespace Qte.Build;

/// <summary>What the delivery stages shipped: the release and its images, each deployment, the environments touched, the A/B and performance stages' results.</summary>
public sealed class DeliveredState
{
    /// <summary>The release the Package task made, for the tasks that deploy it.</summary>
    public Release? Release { get; set; }

    /// <summary>The images the DockerImage task built, for DockerPush.</summary>
    public List<Docker.BuiltImage> Images { get; } = [];

    /// <summary>Every deployment the run made, in order, for the history and the report.</summary>
    public List<DeploymentResult> Deployments { get; } = [];

    /// <summary>The run's last deployment, for the stages after it.</summary>
    public DeploymentResult? Deployment => Deployments.Count > 0 ? Deployments[^1] : null;

    /// <summary>Environments this run deployed to: with CI=true the run takes them down at its end.</summary>
    public HashSet<string> DeployedEnvironments { get; } = new(StringComparer.Ordinal);

    /// <summary>Stage 4-v3's results, one per experiment.</summary>
    public List<Qte.Delivery.AbTesting.AbStageResult> AbResults { get; } = [];

    /// <summary>Stage 4-v4's result.</summary>
    public Qte.Delivery.Monitoring.PerformanceStageResult? Performance { get; set; }
}
