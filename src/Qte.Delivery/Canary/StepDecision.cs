namespace Qte.Delivery.Canary;

/// <summary>
/// What a <see cref="StepAnalysis"/> look decided: the judgement and the level it was judged at. When
/// <see cref="ConfirmOnFreshWindow"/> is set the judgement is a first latency failure, not yet the step's verdict: the
/// caller starts the window again (new samples, the window's clock from zero) and keeps looking with the same analysis.
/// </summary>
public readonly record struct StepDecision(StepJudgement Judgement, double Alpha, bool ConfirmOnFreshWindow = false);
