using Qte.Delivery.Routing;

namespace Qte.Delivery.Canary;

/// <summary>
/// One canary step's looks, as its window grows: call <see cref="Look"/> at every poll with the samples so far. It
/// judges only when the <see cref="LookPlan"/> says a look is due, at that look's level, and decides: a Fail at an
/// interim look, the final look's verdict (waiting while it is inconclusive, up to the inconclusive timeout), or
/// nothing yet. The live canary and the benchmark's replay both run their windows through it.
/// </summary>
public sealed class StepAnalysis(CanarySettings settings)
{
    private readonly LookPlan _plan = LookPlan.Of(settings);
    private int _interimTaken;

    /// <summary>How many times the step was judged so far.</summary>
    public int Looks { get; private set; }

    /// <returns>The decided judgement with the level it was judged at, or null while the step goes on.</returns>
    public (StepJudgement Judgement, double Alpha)? Look(IReadOnlyList<SlotSample> canary, IReadOnlyList<SlotSample> stable, TimeSpan elapsed)
    {
        if (elapsed >= _plan.Window)
        {
            Looks++;
            var final = CanaryJudge.Judge(canary, stable, settings, _plan.FinalAlpha);
            var timedOut = elapsed >= _plan.Window + settings.InconclusiveTimeout;
            return final.Verdict != StepVerdict.Inconclusive || timedOut ? (final, _plan.FinalAlpha) : null;
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
        return interim.Verdict == StepVerdict.Fail ? (interim, _plan.InterimAlpha) : null;
    }
}
