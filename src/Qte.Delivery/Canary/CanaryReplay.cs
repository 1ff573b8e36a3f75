using Qte.Delivery.Routing;

namespace Qte.Delivery.Canary;

/// <summary>
/// Replays recorded samples through <see cref="StepAnalysis"/> offline, with polls at the settings' poll interval on
/// the samples' own clock: a live step's window gives the verdict the canary would have reached on it, and a long
/// recorded window walked step after step gives many A/A steps from one recording.
/// </summary>
public static class CanaryReplay
{
    /// <summary>The verdict of one window replayed from its first sample's time (or <paramref name="from"/>).</summary>
    public static StepJudgement Step(IReadOnlyList<SlotSample> canary, IReadOnlyList<SlotSample> stable, CanarySettings settings, long? from = null)
    {
        ArgumentNullException.ThrowIfNull(canary);
        ArgumentNullException.ThrowIfNull(stable);
        var start = from ?? canary.Concat(stable).Select(s => s.At).DefaultIfEmpty(0).Min();
        return Decide(canary, stable, settings, start, long.MaxValue)!.Value.Judgement;
    }

    /// <summary>
    /// Walks a recording of both slots as consecutive steps: each starts where the one before was decided and runs its
    /// looks as the live canary does, waiting past its duration while inconclusive (up to the timeout); the walk ends
    /// where the recording cannot finish a step.
    /// </summary>
    /// <param name="stableBefore">For a 100 % step (no stable traffic): the stable window each canary window is compared with.</param>
    public static IReadOnlyList<StepJudgement> Windows(
        IReadOnlyList<SlotSample> canary, IReadOnlyList<SlotSample> stable, CanarySettings settings, IReadOnlyList<SlotSample>? stableBefore = null)
    {
        ArgumentNullException.ThrowIfNull(canary);
        ArgumentNullException.ThrowIfNull(stable);
        var all = canary.Concat(stable).Select(s => s.At).ToList();
        var judgements = new List<StepJudgement>();
        if (all.Count == 0)
        {
            return judgements;
        }

        var (from, end) = (all.Min(), all.Max());
        while (Decide(
            [.. canary.Where(s => s.At > from)], stableBefore ?? [.. stable.Where(s => s.At > from)], settings, from, end) is { } decided)
        {
            judgements.Add(decided.Judgement);
            from = decided.At;
        }

        return judgements;
    }

    // Polls from `start` until the analysis decides; null when the recording ends (at `end`) first.
    private static (StepJudgement Judgement, long At)? Decide(
        IReadOnlyList<SlotSample> canary, IReadOnlyList<SlotSample> stable, CanarySettings settings, long start, long end)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var analysis = new StepAnalysis(settings);
        var poll = Math.Max(1, (long)settings.PollInterval.TotalMilliseconds);
        var last = start + (long)(settings.StepDuration + settings.InconclusiveTimeout).TotalMilliseconds;
        for (var at = start + poll; ; at += poll)
        {
            var cut = Math.Min(at, last);
            if (cut > end)
            {
                return null;
            }

            if (analysis.Look([.. canary.Where(s => s.At <= cut)], [.. stable.Where(s => s.At <= cut)], TimeSpan.FromMilliseconds(cut - start)) is { } decided)
            {
                return (decided.Judgement, cut);
            }
        }
    }
}
