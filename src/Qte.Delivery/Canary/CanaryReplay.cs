using Qte.Delivery.Routing;

namespace Qte.Delivery.Canary;

/// <summary>
/// Replays recorded samples through <see cref="StepAnalysis"/> offline, with polls at the settings' poll interval on
/// the samples' own clock: a live step's window gives the verdict the canary would have reached on it, and a long
/// recorded window cut into windows of the step's duration gives many A/A steps from one recording.
/// </summary>
public static class CanaryReplay
{
    /// <summary>The verdict of one window replayed from its first sample's time (or <paramref name="from"/>).</summary>
    public static StepJudgement Step(IReadOnlyList<SlotSample> canary, IReadOnlyList<SlotSample> stable, CanarySettings settings, long? from = null)
    {
        ArgumentNullException.ThrowIfNull(canary);
        ArgumentNullException.ThrowIfNull(stable);
        ArgumentNullException.ThrowIfNull(settings);
        var start = from ?? canary.Concat(stable).Select(s => s.At).DefaultIfEmpty(0).Min();
        var analysis = new StepAnalysis(settings);
        var poll = Math.Max(1, (long)settings.PollInterval.TotalMilliseconds);
        var last = start + (long)(settings.StepDuration + settings.InconclusiveTimeout).TotalMilliseconds;
        for (var at = start + poll; ; at += poll)
        {
            var cut = Math.Min(at, last);
            var seenCanary = canary.Where(s => s.At <= cut).ToList();
            var seenStable = stable.Where(s => s.At <= cut).ToList();
            if (analysis.Look(seenCanary, seenStable, TimeSpan.FromMilliseconds(cut - start)) is { } decided)
            {
                return decided.Judgement;
            }
        }
    }

    /// <summary>
    /// Cuts a recording of both slots into consecutive windows of the step's duration and replays each. A window
    /// that would need more time than its own (inconclusive) is judged on its own samples alone: it never borrows the
    /// next window's.
    /// </summary>
    /// <param name="stableBefore">For a 100 % step (no stable traffic): the stable window each canary window is compared with.</param>
    public static IReadOnlyList<StepJudgement> Windows(
        IReadOnlyList<SlotSample> canary, IReadOnlyList<SlotSample> stable, CanarySettings settings, IReadOnlyList<SlotSample>? stableBefore = null)
    {
        ArgumentNullException.ThrowIfNull(canary);
        ArgumentNullException.ThrowIfNull(stable);
        ArgumentNullException.ThrowIfNull(settings);
        var all = canary.Concat(stable).Select(s => s.At).ToList();
        if (all.Count == 0)
        {
            return [];
        }

        var length = (long)settings.StepDuration.TotalMilliseconds;
        var (first, end) = (all.Min(), all.Max());
        var judgements = new List<StepJudgement>();
        for (var from = first; from + length <= end; from += length)
        {
            var until = from + length;
            var windowSettings = settings with { InconclusiveTimeout = TimeSpan.Zero };
            var canaryWindow = canary.Where(s => s.At > from && s.At <= until).ToList();
            var stableWindow = stableBefore ?? stable.Where(s => s.At > from && s.At <= until).ToList();
            judgements.Add(Step(canaryWindow, stableWindow, windowSettings, from));
        }

        return judgements;
    }
}
