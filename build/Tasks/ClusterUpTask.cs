using Cake.Frosting;
using Qte.Build.Docker;

namespace Qte.Build.Tasks;

[TaskName("ClusterUp")]
[TaskDescription("Starts the local 3-node Docker Swarm for --deploy-target=swarm (needs root): build/swarm/cluster.sh nodes-up starts two worker engines in network namespaces (10.77.0.2, 10.77.0.3) with the registry and base layers they pull; Cake.Docker's DockerSwarmInit makes this machine's engine the manager (advertising 10.77.0.1) unless it is one, and DockerSwarmJoin joins the workers. Run it again to bring back a worker that died.")]
public sealed class ClusterUpTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context) => LocalCluster.Up(context);
}
