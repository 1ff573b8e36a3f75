using Newtonsoft.Json.Linq;
using Qte.Pipeline.History;
using Qte.Pipeline.Report;
using static Qte.Pipeline.Tests.History.RunHistoryTests;

namespace Qte.Pipeline.Tests.Report;

/// <summary>Runs as the pipeline records them, for the report's tests: one that reached every stage, one that failed.</summary>
internal static class ReportFixtures
{
    public static readonly string[] AllSections =
        ["summary", "timeline", "trend", "tests", "coverage", "quality", "deployments", "canary", "abTest", "loadTest", "alerts"];

    /// <summary>The charts of a run that reached every stage, as named in each SVG's data-chart.</summary>
    public static readonly string[] AllCharts = ["timeline", "totalTime", "coverage", "canary", "abTest", "loadTest"];

    /// <summary>A stand-in for stage 4-v4's chart: an SVG document with marked data, as PerformanceChart writes it.</summary>
    public const string LoadTestChart = """
        <svg xmlns="http://www.w3.org/2000/svg" width="900" height="300" viewBox="0 0 900 300"><polyline class="datum" fill="none" stroke="#1f77b4" points="70,200 120,180 170,190"/><rect class="datum" x="70" y="100" width="40" height="100" fill="#4c72b0"/></svg>
        """;

    /// <summary>A Default run that recorded every stage's result, after one earlier run.</summary>
    public static (RunRecord Run, Trend Trend, RunRecord[] History) EveryStage()
    {
        RunRecord[] history =
        [
            Run("first", 150, tasks: [("Build", 30), ("Test", 70)]) with { Results = Coverage(88.1, 74.0) },
        ];
        var run = Run("second", 160, tasks: [("Build", 31), ("Test", 80)]) with
        {
            Version = "1.2.0-alpha.3",
            Commit = "abc1234",
            Branch = "main",
            Results = new JObject
            {
                ["tests"] = new JObject
                {
                    ["passed"] = 410,
                    ["failed"] = 0,
                    ["skipped"] = 0,
                    ["flaky"] = 0,
                    ["projects"] = new JArray(
                        new JObject { ["project"] = "Qte.Pipeline.Tests", ["result"] = "cached, from run first" },
                        new JObject { ["project"] = "Qte.Delivery.Tests", ["result"] = "ran (changed: bin/net10.0/Qte.Delivery.dll)" }),
                },
                ["coverage"] = Coverage(90.6, 78.2)["coverage"],
                ["quality"] = new JArray(
                    new JObject { ["gate"] = "formatting", ["verdict"] = "pass", ["measured"] = "0 files", ["threshold"] = "at most 0" },
                    new JObject { ["gate"] = "dependencies", ["verdict"] = "unknown", ["measured"] = null, ["threshold"] = "at most 0 vulnerable" }),
                ["deployments"] = new JArray(
                    new JObject { ["environment"] = "dev", ["release"] = "r-1", ["strategy"] = "rolling", ["slot"] = "blue", ["outcome"] = "Succeeded", ["failedCheck"] = null },
                    new JObject { ["environment"] = "staging", ["release"] = "r-1", ["strategy"] = "blue-green", ["slot"] = "green", ["outcome"] = "Unchanged", ["failedCheck"] = null }),
                ["canary"] = new JObject
                {
                    ["environment"] = "production",
                    ["canaryRelease"] = "r-2",
                    ["stableRelease"] = "r-1",
                    ["outcome"] = "promoted",
                    ["reason"] = "every step passed",
                    ["baseline"] = false,
                    ["canaryShare"] = 0.545,
                    ["method"] = "Bonferroni alpha spending over planned looks",
                    ["steps"] = new JArray(Step(10, 1.0, 0.999, 8.2, 7.9, 57.9), Step(50, 0.998, 1.0, 9.1, 8.8, 58.8), Step(100, 1.0, 1.0, 8.7, 8.0, null)),
                },
                ["abTest"] = new JArray(new JObject
                {
                    ["experiment"] = "checkout-flow",
                    ["exposed"] = 6000,
                    ["trustworthy"] = true,
                    ["confidence"] = 0.95,
                    ["decisions"] = new JArray(
                        new JObject { ["variant"] = "variant_a", ["decision"] = "keep running", ["reason"] = "no significant difference yet" },
                        new JObject { ["variant"] = "variant_b", ["decision"] = "ship", ["reason"] = "conversion rate is better" }),
                    ["metrics"] = new JArray(
                        Metric("variant_a", "conversion_rate", "conversion rate", 0.10, 0.101, -0.02, 0.022, 0.9),
                        Metric("variant_b", "conversion_rate", "conversion rate", 0.10, 0.22, 0.08, 0.17, 1e-12),
                        Metric("variant_b", "user_engagement", "engagement (requests per user)", 3.1, 3.2, -0.1, 0.3, 0.4)),
                }),
                ["loadTest"] = new JObject
                {
                    ["environment"] = "production",
                    ["requests"] = 5500,
                    ["failed"] = 0,
                    ["throughputPerSecond"] = 1099.8,
                    ["latencyMs"] = new JObject { ["p50"] = 1.2, ["p90"] = 3.4, ["p95"] = 8.9, ["p99"] = 21.5, ["max"] = 130.0 },
                    ["cpuAvgPercent"] = 41.2,
                    ["memoryMaxPercent"] = 0.8,
                    ["thresholds"] = new JArray(new JObject { ["metric"] = "response_time", ["threshold"] = "p(95)<200", ["measured"] = 8.9, ["verdict"] = "pass", ["mode"] = "fail" }),
                },
                ["alerts"] = new JArray(),
            },
        };
        return (run, Trend.Analyze(history, run, new TrendSettings()), history);
    }

    public static ReportPage EveryStagePage()
    {
        var (run, trend, history) = EveryStage();
        return new ReportPage(run, trend, history) { LoadTestChartSvg = LoadTestChart };
    }

    /// <summary>A run whose Deploy task failed its readiness check.</summary>
    public static RunRecord FailedDeploy() => Run("failed-deploy", 40, "failed", target: "Stage3v1", tasks: [("Build", 20), ("Deploy", 10)]) with
    {
        Tasks =
        [
            new TaskRecord("Build", 0, 20, "Succeeded"),
            new TaskRecord("Deploy", 20, 10, "Failed", "Deploy to dev failed: readiness: /health/ready answered 503 for 30 s"),
        ],
    };

    private static JObject Coverage(double line, double branch) => new()
    {
        ["coverage"] = new JObject
        {
            ["passed"] = true,
            ["message"] = $"Coverage gate passed: lines {line} % (threshold 80 %), branches {branch} % (threshold 70 %).",
            ["linePercent"] = line,
            ["branchPercent"] = branch,
            ["lineThreshold"] = 80.0,
            ["branchThreshold"] = 70.0,
        },
    };

    private static JObject Step(int weight, double canary, double stable, double canaryP95, double stableP95, double? limit) => new()
    {
        ["weight"] = weight,
        ["verdict"] = "Pass",
        ["reason"] = "success rate and latency within limits",
        ["canaryRequests"] = 400,
        ["stableRequests"] = 3600,
        ["canarySuccessRate"] = canary,
        ["stableSuccessRate"] = stable,
        ["successThreshold"] = 0.95,
        ["canaryP95Ms"] = canaryP95,
        ["stableP95Ms"] = stableP95,
        ["latencyLimitMs"] = limit,
    };

    private static JObject Metric(string variant, string metric, string name, double control, double value, double lower, double upper, double p) => new()
    {
        ["variant"] = variant,
        ["metric"] = metric,
        ["metricName"] = name,
        ["control"] = control,
        ["value"] = value,
        ["uplift"] = value - control,
        ["lower"] = lower,
        ["upper"] = upper,
        ["adjustedP"] = p,

        // What the build records with Qte.Experiments' PValueText (tested there against its cut-offs).
        ["adjustedPText"] = p < 1e-10 ? "< 1e-10" : p.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture),
        ["significant"] = p < 0.05,
    };
}
