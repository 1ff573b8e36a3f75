namespace Qte.Delivery.Alerting;

/// <summary>
/// Which channels a run's outcome reaches. immediate: every channel at every breaching run. stepped: the first channel
/// at the first breach; channel k (from 0) joins once the streak of consecutive breaching runs reaches k × N, or
/// k × M minutes have passed since the streak began, whichever comes first. A passing run ends the streak.
/// </summary>
public static class Escalation
{
    public static (AlertState State, IReadOnlyList<string> Channels) Next(AlertState state, bool breached, DateTimeOffset now, AlertingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(settings);
        if (!breached)
        {
            return (state with { ConsecutiveBreaches = 0, StreakStarted = null }, []);
        }

        var next = state with
        {
            ConsecutiveBreaches = state.ConsecutiveBreaches + 1,
            StreakStarted = state.StreakStarted ?? now,
        };
        if (settings.Policy == EscalationPolicy.Immediate)
        {
            return (next, settings.Channels);
        }

        var streakAge = now - next.StreakStarted!.Value;
        var due = settings.Channels.Where((_, k) =>
            next.ConsecutiveBreaches >= k * settings.EscalateAfterBreaches
            || (settings.EscalateAfter > TimeSpan.Zero && streakAge >= settings.EscalateAfter * k));
        return (next, [.. due]);
    }
}
