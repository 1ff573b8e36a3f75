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
        // A stable window that ended before the canary's began is an earlier step's (a 100 % step is compared with it).
        var stableIsEarlier = canary.Count > 0 && stable.Count > 0 && stable.Max(s => s.At) < canary.Min(s => s.At);
        return Decide(canary, stable, settings, start, long.MaxValue, stableIsEarlier)!.Value.Judgement;
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
            [.. canary.Where(s => s.At > from)], stableBefore ?? [.. stable.Where(s => s.At > from)], settings, from, end, stableBefore is not null) is { } decided)
        {
            judgements.Add(decided.Judgement);
            from = decided.At;
        }

        return judgements;
    }

    // Polls from `start` until the analysis decides; null when the recording ends (at `end`) first. A latency failure
    // to confirm starts the window again where it was found, as the live canary does; a stable window that is
    // earlier than the step (a 100 % step's) is kept whole.
    private static (StepJudgement Judgement, long At)? Decide(
        IReadOnlyList<SlotSample> canary, IReadOnlyList<SlotSample> stable, CanarySettings settings, long start, long end, bool stableIsEarlier)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var analysis = new StepAnalysis(settings);
        var poll = Math.Max(1, (long)settings.PollInterval.TotalMilliseconds);
        var length = (long)(settings.StepDuration + settings.InconclusiveTimeout).TotalMilliseconds;
        // The window's start, and the samples it holds: from `start` itself, then after where it started again.
        var (from, after) = (start, start - 1);
        for (var at = start + poll; ; at += poll)
        {
            var cut = Math.Min(at, from + length);
            if (cut > end)
            {
                return null;
            }

            var window = (Canary: canary.Where(s => s.At > after && s.At <= cut).ToList(), Stable: stable.Where(s => (stableIsEarlier || s.At > after) && s.At <= cut).ToList());
            if (analysis.Look(window.Canary, window.Stable, TimeSpan.FromMilliseconds(cut - from)) is { } decided)
            {
                if (!decided.ConfirmOnFreshWindow)
                {
                    return (decided.Judgement, cut);
                }

                (from, after, at) = (cut, cut, cut);
            }
        }
    }
}
