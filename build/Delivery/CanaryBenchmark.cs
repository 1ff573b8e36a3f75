using System.Globalization;
using System.Text;
using Cake.Core;
using Qte.Delivery.Canary;
using Qte.Delivery.Configuration;
using Qte.Delivery.Environments;
using Qte.Delivery.Releases;

namespace Qte.Build.Delivery;

/// <summary>
/// CanaryBench in production: A/A canaries (the served release against itself) counted for false aborts, live and
/// replayed from long recorded steps, half of them with one core kept busy; then bad canaries counted for detection.
/// </summary>
public sealed class CanaryBenchmark(BuildContext context, Release release, Action<string> log)
{
    public const string Environment = "production";
    private const int LiveRuns = 8;
    private const int RecordedRuns = 4;
    private const int RecordedStepSeconds = 40;
    private const int BadRuns = 3;
    // The subtle one (+50 ms on a service of a few ms) is reported whether it is caught or not.
    private static readonly (string Fault, bool MustCatch)[] Faults =
        [("QTE_FAULT_RATE=0.2", true), ("QTE_EXTRA_LATENCY_MS=300", true), ("QTE_EXTRA_LATENCY_MS=50", false)];

    public async Task<string> RunAsync()
    {
        var settings = DeliveryServices.Config(context, Environment).ToDeploymentSettings().Canary;
        var text = new StringBuilder();
        Line(text, $"# Canary benchmark\n\nRelease {release.Id}, {System.Environment.ProcessorCount} cores, profile {context.Delivery.Profile ?? "none"}, slots as {DeliveryServices.DeployedAs(context)}.");
        Line(text, $"Decision: {LookPlan.Of(settings).Describe()}. Steps {string.Join(", ", settings.Steps)} %, {settings.StepDuration.TotalSeconds:0.#} s each, at least {settings.MinRequests} canary requests.\n");
        await EnsureStableAsync();

        var live = new List<(StepWindow Window, bool Busy, StepVerdict Replayed)>();
        for (var run = 0; run < LiveRuns; run++)
        {
            var busy = run % 2 == 1;
            var windows = await CanaryAsync($"A/A live {run + 1}", busy, []);
            live.AddRange(windows.Select((w, i) => (w, busy, CanaryReplay.Step(w.Canary, StableOf(windows, i, settings), settings).Verdict)));
        }

        var replayed = new List<(StepJudgement Judgement, bool Busy)>();
        for (var run = 0; run < RecordedRuns; run++)
        {
            var busy = run % 2 == 1;
            var windows = await CanaryAsync($"A/A recording {run + 1}", busy, [$"canary.durationSeconds={RecordedStepSeconds}"]);
            foreach (var (window, i) in windows.Select((w, i) => (w, i)))
            {
                var before = window.Report.Weight == 100 && i > 0 ? Tail(windows[i - 1].Stable, settings) : null;
                replayed.AddRange(CanaryReplay.Windows(window.Canary, window.Stable, settings, before).Select(j => (j, busy)));
            }
        }

        WriteFalseAborts(text, settings, live, replayed);
        Line(text, $"\n## Bad canaries, {BadRuns} runs each\n\n| Fault | Run | Outcome | Caught in step | Canary's share of requests | First canary answer to rollback (s) |\n| --- | --- | --- | --- | --- | --- |");
        foreach (var (fault, mustCatch) in Faults)
        {
            for (var run = 1; run <= BadRuns; run++)
            {
                await BadCanaryAsync(text, fault, mustCatch, run);
            }
        }

        return text.ToString();
    }

    private async Task EnsureStableAsync()
    {
        context.Delivered.DeployedEnvironments.Add(Environment);
        if (new StateStore(DeliveryServices.PathsOf(context, Environment)).Load().Live is null)
        {
            var config = DeliveryServices.Config(context, Environment, ["canary.onEmptyEnvironment=deploy"]);
            context.Delivered.Deployments.Add(await DeliveryServices.Deployer(context, config).DeployAsync(release, "bench: stable"));
        }
    }

    private async Task<List<StepWindow>> CanaryAsync(string name, bool busy, IReadOnlyList<string> sets)
    {
        var windows = new List<StepWindow>();
        var config = DeliveryServices.Config(context, Environment, [.. sets, "traffic.enabled=true"]);
        using var load = busy ? BusyCore.Start() : null;
        var result = await DeliveryServices.Deployer(context, config, onStepJudged: windows.Add).DeployAsync(release, $"bench: {name}");
        log($"{name}{(busy ? " (one core busy)" : string.Empty)}: {result.Outcome}; steps {string.Join(", ", windows.Select(w => w.Report.Verdict))}");
        return windows;
    }

    private async Task BadCanaryAsync(StringBuilder text, string fault, bool mustCatch, int run)
    {
        var config = DeliveryServices.Config(context, Environment, [$"release.env.{fault}", "traffic.enabled=true"]);
        var result = await DeliveryServices.Deployer(context, config).DeployAsync(release, $"bench: canary with {fault}");
        var canary = result.Canary;
        var caught = result.Outcome != DeploymentOutcome.Succeeded;
        var step = canary is null ? "before any user (pre-promotion check)" : caught ? $"{canary.Steps.Count} ({canary.Steps[^1].Weight} %)" : "not caught";
        Line(text, $"| {fault} | {run} | {result.Outcome} | {step} | {(canary is null ? "–" : canary.CanaryShare.ToString("P2", CultureInfo.InvariantCulture))} | {(canary?.FirstCanaryRequestToRollbackSeconds is { } s ? s.ToString("0.000", CultureInfo.InvariantCulture) : "–")} |");
        if (!caught && mustCatch)
        {
            throw new CakeException($"CanaryBench: the canary with {fault} was promoted.");
        }
    }

    private static void WriteFalseAborts(
        StringBuilder text, CanarySettings settings, List<(StepWindow Window, bool Busy, StepVerdict Replayed)> live, List<(StepJudgement Judgement, bool Busy)> replayed)
    {
        Line(text, $"## A/A false aborts (alpha {settings.Alpha})\n");
        Line(text, $"| Source | Machine | Judged steps | Pass | Fail | Inconclusive | False-abort rate |\n| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var busy in new[] { false, true })
        {
            Row(text, "live", busy, [.. live.Where(l => l.Busy == busy).Select(l => l.Window.Report.Verdict)]);
            Row(text, "replayed", busy, [.. replayed.Where(r => r.Busy == busy).Select(r => r.Judgement.Verdict)]);
        }

        var all = live.Select(l => l.Window.Report.Verdict).Concat(replayed.Select(r => r.Judgement.Verdict)).ToList();
        Row(text, "all", null, all);
        var agree = live.Count(l => l.Replayed == l.Window.Report.Verdict);
        Line(text, $"\nReplay fidelity: the replay of each live step's own samples gave the live verdict in {agree} of {live.Count} steps.");
        Line(text, $"Replayed steps walk A/A steps recorded {RecordedStepSeconds} s long as the live canary would: each {settings.StepDuration.TotalSeconds:0.#} s step starts where the one before was decided and waits past its duration for {settings.MinRequests} canary answers (up to {settings.InconclusiveTimeout.TotalSeconds:0.#} s more); at 100 % each is compared with the last {settings.StepDuration.TotalSeconds:0.#} s of the stable's step before, as the live canary compares with that step's window.");
    }

    private static void Row(StringBuilder text, string source, bool? busy, List<StepVerdict> verdicts)
    {
        var aborts = verdicts.Count(v => v != StepVerdict.Pass);
        Line(text, $"| {source} | {(busy is null ? "both" : busy.Value ? "one core busy" : "idle")} | {verdicts.Count} | {verdicts.Count(v => v == StepVerdict.Pass)} | {verdicts.Count(v => v == StepVerdict.Fail)} | {verdicts.Count(v => v == StepVerdict.Inconclusive)} | {(verdicts.Count == 0 ? "unknown" : ((double)aborts / verdicts.Count).ToString("P2", CultureInfo.InvariantCulture))} |");
    }

    // The stable side the live judge used: at 100 % the stable's window of the step before.
    private static IReadOnlyList<Qte.Delivery.Routing.SlotSample> StableOf(List<StepWindow> windows, int i, CanarySettings settings) =>
        windows[i].Stable.Count < settings.MinRequests && i > 0 ? windows[i - 1].Stable : windows[i].Stable;

    private static List<Qte.Delivery.Routing.SlotSample> Tail(IReadOnlyList<Qte.Delivery.Routing.SlotSample> samples, CanarySettings settings)
    {
        var from = samples.Count == 0 ? 0 : samples[^1].At - (long)settings.StepDuration.TotalMilliseconds;
        return [.. samples.Where(s => s.At > from)];
    }

    private static void Line(StringBuilder text, FormattableString line) => text.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');
}
