using Cake.Frosting;
using Qte.Build.Docker;

namespace Qte.Build.Tasks;

[TaskName("ClusterDown")]
[TaskDescription("Removes the local swarm of ClusterUp, even after a failed run: the qte services; the workers leave (DockerSwarmLeave); build/swarm/cluster.sh nodes-down stops their engines and registries and removes their data, namespaces, links and the bridge; this engine leaves the swarm if ClusterUp made it.")]
public sealed class ClusterDownTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context) => LocalCluster.Down(context);
}
