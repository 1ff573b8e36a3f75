using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting;

namespace Corpus.Delivery;

/// <summary>A context another build uses: a task written for it does not run under DeliveryContext.</summary>
public sealed class ChatContext(ICakeContext context) : FrostingContext(context)
{
    public string Channel { get; } = "#releases";
}

public sealed class NotifyChat : FrostingTask<ChatContext>
{
    public override void Run(ChatContext context) => context.Log.Information("Notified {0}", context.Channel);
}
