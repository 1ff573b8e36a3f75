using Qte.Delivery.Routing;

namespace Qte.Delivery.Canary;

/// <summary>
/// One canary step's looks, as its window grows: call <see cref="Look"/> at every poll with the samples so far. It
/// judges only when the <see cref="LookPlan"/> says a look is due, at that look's level, and decides: a Fail at an
/// interim look, the final look's verdict (waiting while it is inconclusive, up to the inconclusive timeout), or
/// nothing yet. The live canary and the benchmark's replay both run their windows through it.
/// A latency failure is confirmed before it fails the step: the first one asks the caller to start the window again,
/// and the step fails only if the fresh window, with looks of its own, fails too (see <see cref="LookPlan.Describe"/>).
/// A success-rate failure fails the step at once.
/// </summary>
public sealed class StepAnalysis(CanarySettings settings)
{
    private readonly LookPlan _plan = LookPlan.Of(settings);
    private int _interimTaken;
    private StepJudgement? _unconfirmed;

    /// <summary>How many times the step was judged so far.</summary>
    public int Looks { get; private set; }

    /// <param name="elapsed">Since the window started: the step's start, or where the caller started it again to confirm.</param>
    /// <returns>The decision with the level it was judged at, or null while the step goes on.</returns>
    public StepDecision? Look(IReadOnlyList<SlotSample> canary, IReadOnlyList<SlotSample> stable, TimeSpan elapsed)
    {
        if (elapsed >= _plan.Window)
        {
            Looks++;
            var final = CanaryJudge.Judge(canary, stable, settings, _plan.FinalAlpha);
            var timedOut = elapsed >= _plan.Window + settings.InconclusiveTimeout;
            return final.Verdict != StepVerdict.Inconclusive || timedOut ? Decide(final, _plan.FinalAlpha) : null;
        }

        var due = 0;
        while (due < _plan.InterimLooks && elapsed >= _plan.InterimAt(due + 1))
        {
            due++;
        }

        if (due <= _interimTaken)
        {
            return null;
        }

        // Looks missed between two polls are not made up: one look at the level of one, fewer looks than planned.
        _interimTaken = due;
        Looks++;
        var interim = CanaryJudge.Judge(canary, stable, settings, _plan.InterimAlpha);
        return interim.Verdict == StepVerdict.Fail ? Decide(interim, _plan.InterimAlpha) : null;
    }

    // A first latency failure starts a fresh window with the whole plan again. The test assumes independent samples,
    // and on a shared machine a stall or a replica's warm-up slows one side's requests together for a moment; a
    // release that is slower stays slower on the fresh window. Both windows must fail, so a healthy canary fails a step
    // no more often than the first window alone would: the look plan's alpha still bounds it.
    private StepDecision Decide(StepJudgement judgement, double alpha)
    {
        var latencyFailure = judgement.Verdict == StepVerdict.Fail && judgement.Latency is not null;
        if (latencyFailure && _unconfirmed is null)
        {
            _unconfirmed = judgement;
            _interimTaken = 0;
            return new StepDecision(judgement, alpha, ConfirmOnFreshWindow: true);
        }

        if (_unconfirmed is null)
        {
            return new StepDecision(judgement, alpha);
        }

        var first = _unconfirmed.Reason;
        var reason = judgement.Verdict switch
        {
            StepVerdict.Fail when latencyFailure => $"{judgement.Reason}; confirmed on a fresh window (the first: {first})",
            StepVerdict.Pass => $"{judgement.Reason}; the first window's latency failure was not confirmed on a fresh window ({first})",
            _ => $"{judgement.Reason} (on the fresh window that was to confirm a latency failure: {first})",
        };
        return new StepDecision(judgement with { Reason = reason }, alpha);
    }
}
