using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Cake.Git;

namespace Corpus.Delivery;

[TaskDescription("Reads the version from git: the last tag, the commits since it, the commit.")]
public sealed class Version : FrostingTask<DeliveryContext>
{
    public override void Run(DeliveryContext context)
    {
        var tip = context.GitLogTip(context.Repository);
        var described = context.GitDescribe(context.Repository, false, GitDescribeStrategy.Tags);
        context.Version = described.Length > 0 ? described.TrimStart('v') : "0.0.0";
        context.Log.Information("Version {0} at {1}", context.Version, context.GitShortenSha(context.Repository, tip));
    }
}
