using Qte.Pipeline.Testing;

namespace Qte.Pipeline.Quality.FlakyTests;

/// <summary>
/// Tests that failed in stage 1A's run and passed on a retry (flaky), against the allowed count; the findings also
/// list the tests whose outcome flipped over the recent runs of the history.
/// </summary>
public static class FlakyTestsGate
{
    public const string Name = "flakyTests";

    public static GateResult Evaluate(
        IReadOnlyList<RetriedTest>? retried,
        IReadOnlyList<(string Test, IReadOnlyList<string> Outcomes)> flipped,
        FlakyTestsGateSettings settings)
    {
        ArgumentNullException.ThrowIfNull(flipped);
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.Switch.Enabled)
        {
            return GateResult.Off(Name);
        }

        if (retried is null)
        {
            return new GateResult(Name, GateVerdict.Unknown, "the Test task did not run in this run", $"at most {settings.MaxFlaky} flaky test(s)", "Run the Test task (stage 1A) in the same run.", []);
        }

        var flaky = retried.Where(r => r.IsFlaky).ToList();
        return new GateResult(
            Name,
            GateResult.Judge(flaky.Count <= settings.MaxFlaky, settings.Switch.Mode),
            $"{flaky.Count} flaky test(s) in this run (failed, then passed alone within {settings.Retries} retries); {flipped.Count} test(s) flipped in the last {settings.HistoryRuns} runs",
            $"at most {settings.MaxFlaky} flaky test(s)",
            "A flaky test depends on order, time or shared state: run it alone in a loop (`dotnet test --filter`) until it fails, then remove the dependency.",
            [
                .. flaky.Select(f => f.ToString()),
                .. flipped.Select(f => $"{f.Test}: {string.Join(" → ", f.Outcomes)} over the last {f.Outcomes.Count} run(s)"),
            ]);
    }
}
