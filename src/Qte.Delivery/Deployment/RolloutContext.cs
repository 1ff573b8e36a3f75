using Qte.Delivery.Canary;
using Qte.Delivery.Environments;
using Qte.Delivery.Routing;
using Qte.Delivery.Slots;

namespace Qte.Delivery.Deployment;

/// <summary>What a strategy works with: the environment's settings, state, slots and router, the log, and the services that end a rollout.</summary>
internal sealed class RolloutContext
{
    public RolloutContext(
        DeploymentSettings settings, StateStore store, ISlotRunner runner, RouterProcess router, RouterClient client, Action<string> log, RolloutEvents events, SlotPromotion promotion)
    {
        (Settings, Store, Runner, Router, Client, Log, Events, Promotion) = (settings, store, runner, router, client, log, events, promotion);
        Rollback = new SlotRollback(this);
        RouterRecovery = new RouterRecovery(this);
    }

    public DeploymentSettings Settings { get; }

    public StateStore Store { get; }

    public ISlotRunner Runner { get; }

    public RouterProcess Router { get; }

    /// <summary>The router's client; replaced when the router had to be started again.</summary>
    public RouterClient Client { get; set; }

    public Action<string> Log { get; }

    public RolloutEvents Events { get; }

    public SlotPromotion Promotion { get; }

    public SlotRollback Rollback { get; }

    public RouterRecovery RouterRecovery { get; }

    public string PublicUrl => $"http://127.0.0.1:{Settings.PublicPort}";

    public DeploymentResult Result(Rollout rollout, DeploymentOutcome outcome, CheckResult? failed, double? restore, CanaryReport? canary = null) =>
        new(Settings.Environment, rollout.Release.Id, rollout.Release.Manifest.Version, rollout.Target, outcome, PublicUrl, rollout.Previous?.ReleaseId,
            failed is null ? null : $"{failed.Name}: {failed.Detail}", restore, rollout.Results, Settings.Strategy, canary);
}

/// <summary>What the benchmarks hear of a rollout: a blue-green switch starting and taken, each canary step's judged window.</summary>
internal sealed record RolloutEvents(Action<string>? SwitchStarting, Action<string>? Switched, Action<StepWindow>? StepWindowJudged);
