using Newtonsoft.Json.Linq;
using static Qte.Pipeline.Report.ReportFormat;

namespace Qte.Pipeline.Report.Sections;

/// <summary>The test run's counts and, per test project, whether it ran or was restored from the cache.</summary>
internal static class TestsSection
{
    public static string Html(JObject tests)
    {
        var passed = tests.Value<long?>("passed") ?? 0;
        var failed = tests.Value<long?>("failed") ?? 0;
        var skipped = tests.Value<long?>("skipped") ?? 0;
        var flaky = tests.Value<long?>("flaky") ?? 0;
        var total = passed + failed + skipped;
        var extras = (skipped > 0 ? $"; {Count(skipped)} skipped" : string.Empty)
            + (flaky > 0 ? $"; {Plural(flaky, "test", "tests")} passed only on a retry (flaky)" : string.Empty);
        var verdict = failed > 0
            ? Verdict.Bad($"{Count(failed)} of {Plural(total, "test", "tests")} failed{extras}.")
            : total == 0 ? Verdict.Warn("No test ran.")
            : Verdict.Good($"All {Plural(passed, "test", "tests")} that ran passed{extras}.");
        var projects = (tests["projects"] as JArray ?? []).OfType<JObject>().ToList();
        if (projects.Count == 0)
        {
            return HtmlParts.Section("tests", "Tests", verdict, string.Empty);
        }

        var cached = projects.Count(p => (p.Value<string>("result") ?? string.Empty).StartsWith("cached", StringComparison.Ordinal));
        var reuse = $"<p>{E($"{cached} of {Plural(projects.Count, "test project", "test projects")} {(cached == 1 ? "was" : "were")} restored from the cache (same content key); the others ran.")}</p>\n";
        var table = HtmlParts.Table(["Test project", "Result"], projects.Select(p => (IReadOnlyList<Cell>)[Cell.Text(p.Value<string>("project")), Cell.Sentence(p.Value<string>("result"))]));
        return HtmlParts.Section("tests", "Tests", verdict, reuse + table);
    }
}
