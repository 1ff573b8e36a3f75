namespace Qte.Delivery.Canary;

/// <summary>
/// When a canary step is judged and at what significance level. The latency test runs at most once per look: at
/// <see cref="InterimLooks"/> planned looks inside the window (at k / (L + 1) of it, early aborts only) and at the
/// final look when the window ends. Alpha is spent by Bonferroni's split: half of it over the interim looks, alpha / 2L
/// each, and the other half at the final look (all of it when there are no interim looks). By the union bound the
/// chance that a healthy canary fails a step is at most alpha, however the looks depend on each other: the
/// fixed-horizon guarantee of one test per window, kept with early aborts. A latency failure fails the step only when a
/// fresh window, looked at by the same plan, fails too (<see cref="StepAnalysis"/>): that can only lower the rate.
/// </summary>
public sealed record LookPlan(int InterimLooks, double Alpha, TimeSpan Window)
{
    public const string Method = "Bonferroni alpha spending over planned looks";

    public static LookPlan Of(CanarySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new LookPlan(settings.InterimLooks, settings.Alpha, settings.StepDuration);
    }

    /// <summary>The level of each interim look.</summary>
    public double InterimAlpha => InterimLooks == 0 ? 0 : Alpha / (2 * InterimLooks);

    /// <summary>The level of the final look.</summary>
    public double FinalAlpha => InterimLooks == 0 ? Alpha : Alpha / 2;

    /// <summary>When the k-th interim look (1-based) is due, from the window's start.</summary>
    public TimeSpan InterimAt(int k) => Window * k / (InterimLooks + 1);

    /// <summary>The sentence the report carries: the method and the error rate it guarantees.</summary>
    public string Describe() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{Method}: {InterimLooks} interim look(s) at alpha {InterimAlpha:0.#####} each, the final look at {FinalAlpha:0.#####}; a latency failure is confirmed on a fresh window before it fails the step; a healthy canary fails a step with probability at most {Alpha:0.#####}");
}
