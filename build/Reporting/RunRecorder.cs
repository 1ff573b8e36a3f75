using Newtonsoft.Json.Linq;
using Qte.Pipeline.History;
using Qte.Pipeline.Timing;

namespace Qte.Build.Reporting;

/// <summary>The run as a history record: who, what, each task's time and the key results of the stages that ran.</summary>
public static class RunRecorder
{
    /// <param name="failureReason">Why the run failed where no task's error says it; null otherwise.</param>
    public static RunRecord Record(BuildContext context, bool succeeded, string? failureReason = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var timings = context.Run.Timings.Snapshot();
        return new RunRecord
        {
            RunId = context.Run.Id,
            Version = context.Ci.Version?.InformationalVersion,
            Commit = context.Ci.Repository?.ShortSha,
            Branch = context.Ci.Repository?.Branch,
            Started = context.StartedAt,
            Target = context.Run.Target,
            Result = succeeded && timings.All(t => t.Outcome != TaskOutcome.Failed) ? "succeeded" : "failed",
            TotalSeconds = Math.Round(context.Elapsed.TotalSeconds, 2),
            BudgetSeconds = context.Run.TimeBudget.Limit.TotalSeconds,
            Tasks = [.. timings.Select(t => new TaskRecord(
                t.Task, Math.Round(t.Start.TotalSeconds, 2), Math.Round(t.Duration.TotalSeconds, 2), t.Outcome.ToString(), context.Run.TaskErrors.GetValueOrDefault(t.Task)))],
            Results = Results(context),
            FailureReason = failureReason,
        };
    }

    private static JObject Results(BuildContext context)
    {
        var results = new JObject();
        if (context.Ci.TestResults is { } tests)
        {
            results["tests"] = new JObject
            {
                ["passed"] = tests.Passed,
                ["failed"] = tests.Failed,
                ["skipped"] = tests.Skipped,
                ["flaky"] = context.Ci.RetriedTests?.Count(r => r.IsFlaky) ?? 0,
                ["projects"] = new JArray(context.Ci.TestPlans.Select(p => new JObject
                {
                    ["project"] = p.Name,
                    ["result"] = p.Hit is { } hit ? $"cached, from run {hit.Run}" : $"ran ({p.WhyRun})",
                })),
            };
        }

        if (context.Ci.Coverage is { } coverage)
        {
            var (thresholds, product) = (context.Quality.Coverage.Thresholds, context.Ci.CoverageProduct);
            results["coverage"] = new JObject
            {
                ["passed"] = coverage.Passed,
                ["message"] = coverage.Message,
                ["linePercent"] = product is null ? null : Math.Round(product.LinePercent, 2),
                ["branchPercent"] = product is null ? null : Math.Round(product.BranchPercent, 2),
                ["lineThreshold"] = thresholds.LinePercent,
                ["branchThreshold"] = thresholds.BranchPercent,
            };
        }

        if (context.Ci.QualityReport is { } quality)
        {
            results["quality"] = new JArray(quality.Gates.Select(g => new JObject
            {
                ["gate"] = g.Gate,
                ["verdict"] = g.Verdict.ToString().ToLowerInvariant(),
                ["measured"] = g.Measured,
                ["threshold"] = g.Threshold,
            }));
        }

        if (context.Delivered.Deployments.Count > 0)
        {
            results["deployments"] = new JArray(context.Delivered.Deployments.Select(d => new JObject
            {
                ["environment"] = d.Environment,
                ["release"] = d.ReleaseId,
                ["strategy"] = d.Strategy,
                ["slot"] = d.Slot,
                ["outcome"] = d.Outcome.ToString(),
                ["failedCheck"] = d.FailedCheck,
            }));
        }

        if (context.Delivered.Deployments.LastOrDefault(d => d.Canary is not null)?.Canary is { } canary)
        {
            results["canary"] = new JObject
            {
                ["environment"] = canary.Environment,
                ["canaryRelease"] = canary.CanaryReleaseId,
                ["stableRelease"] = canary.StableReleaseId,
                ["outcome"] = canary.Outcome,
                ["reason"] = canary.Reason,
                ["baseline"] = canary.Baseline,
                ["canaryShare"] = Math.Round(canary.CanaryShare, 4),
                ["method"] = canary.Method,
                ["steps"] = new JArray(canary.Steps.Select(s => new JObject
                {
                    ["weight"] = s.Weight,
                    ["verdict"] = s.Verdict.ToString(),
                    ["reason"] = s.Reason,
                    ["canaryRequests"] = s.Canary.Requests,
                    ["stableRequests"] = s.Stable.Requests,
                    ["canarySuccessRate"] = Math.Round(s.Canary.SuccessRate, 5),
                    ["stableSuccessRate"] = Math.Round(s.Stable.SuccessRate, 5),
                    ["successThreshold"] = s.SuccessThreshold,
                    ["canaryP95Ms"] = Math.Round(s.Canary.P95Ms, 2),
                    ["stableP95Ms"] = Math.Round(s.Stable.P95Ms, 2),
                    ["latencyLimitMs"] = s.LatencyLimitMs is { } limit ? Math.Round(limit, 2) : null,
                })),
            };
        }

        if (context.Delivered.AbResults.Count > 0)
        {
            results["abTest"] = new JArray(context.Delivered.AbResults.Select(r => new JObject
            {
                ["experiment"] = r.Experiment.Key,
                ["exposed"] = r.Analysis?.Arms.Sum(a => a.Exposures) ?? 0,
                ["trustworthy"] = r.Analysis?.Trustworthy,
                ["confidence"] = r.Analysis?.Settings.Confidence,
                ["decisions"] = new JArray((r.Analysis?.Decisions ?? []).Select(d => new JObject
                {
                    ["variant"] = d.Variant,
                    ["decision"] = Qte.Experiments.Analysis.AnalysisReport.DecisionName(d.Decision),
                    ["reason"] = d.Reason,
                })),
                ["metrics"] = new JArray((r.Analysis?.Results ?? []).Where(m => m.Comparison is not null).Select(m => new JObject
                {
                    ["variant"] = m.Variant,
                    ["metric"] = m.Metric,
                    ["metricName"] = Qte.Experiments.Analysis.AnalysisReport.MetricName(m.Metric),
                    ["control"] = m.Comparison!.ControlValue,
                    ["value"] = m.Comparison.VariantValue,
                    ["uplift"] = m.Comparison.AbsoluteUplift,
                    ["lower"] = m.Comparison.AbsoluteInterval.Lower,
                    ["upper"] = m.Comparison.AbsoluteInterval.Upper,
                    ["adjustedP"] = m.AdjustedPValue,
                    ["adjustedPText"] = m.AdjustedPValue is { } p ? Qte.Experiments.Analysis.PValueText.Format(p) : null,
                    ["significant"] = m.Significant,
                })),
            }));
        }

        if (context.Delivered.Performance is { } performance)
        {
            var report = performance.Report;
            results["loadTest"] = new JObject
            {
                ["environment"] = report.Environment,
                ["requests"] = report.Load.Requests,
                ["failed"] = report.Load.Failed,
                ["throughputPerSecond"] = Math.Round(report.Load.ThroughputPerSecond, 1),
                ["latencyMs"] = new JObject
                {
                    ["p50"] = report.LatencyMs.P50,
                    ["p90"] = report.LatencyMs.P90,
                    ["p95"] = report.LatencyMs.P95,
                    ["p99"] = report.LatencyMs.P99,
                    ["max"] = report.LatencyMs.Max,
                },
                ["cpuAvgPercent"] = Math.Round(report.Resources.CpuAvgPercent, 1),
                ["memoryMaxPercent"] = Math.Round(report.Resources.MemoryMaxPercent, 3),
                ["thresholds"] = new JArray(report.Thresholds.Select(t => new JObject
                {
                    ["metric"] = t.Metric,
                    ["threshold"] = t.Expression,
                    ["measured"] = t.Measured is { } m ? Math.Round(m, 3) : null,
                    ["verdict"] = t.Passed ? "pass" : "miss",
                    ["mode"] = t.Mode.ToString().ToLowerInvariant(),
                })),
            };
            results["alerts"] = new JArray(report.Alerts.Select(a => new JObject
            {
                ["channel"] = a.Channel,
                ["delivered"] = a.Delivered,
                ["duplicate"] = a.Duplicate,
                ["attempts"] = a.Attempts,
            }));
        }

        return results;
    }
}
