using System.Globalization;
using Qte.Delivery.AbTesting;
using Qte.Experiments.Analysis;
using Qte.Experiments.Definitions;
using Qte.Experiments.Events;
using Qte.Primitives.IO;

namespace Qte.Build.Delivery;

/// <summary>
/// artifacts/ab/&lt;key&gt;/: the seed's ab-testing-config.json, the assignment check, the simulation when one ran,
/// analysis.json and analysis.md, and the captured events as events.csv and events.json.
/// </summary>
public static class ExperimentFiles
{
    public static void WriteConfig(string directory, ExperimentDefinition experiment) =>
        AtomicFile.WriteAllText(Path.Combine(directory, "ab-testing-config.json"), ExperimentFile.ToSeedJson(experiment));

    public static void WriteStage(string directory, AbStageResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        AtomicFile.WriteAllText(Path.Combine(directory, "assignment-check.json"), ReportJson.Serialize(result.AssignmentCheck));
        if (result.Simulation is { } simulation)
        {
            AtomicFile.WriteAllText(Path.Combine(directory, "simulation.json"), ReportJson.Serialize(simulation));
        }

        if (result.Analysis is { } analysis)
        {
            WriteAnalysis(directory, analysis, result.Events, Notes(result));
        }
    }

    public static void WriteAnalysis(string directory, ExperimentAnalysis analysis, IReadOnlyList<StoredEvent> events, IReadOnlyList<string>? notes = null)
    {
        AtomicFile.WriteAllText(Path.Combine(directory, "analysis.json"), AnalysisReport.ToJson(analysis));
        AtomicFile.WriteAllText(Path.Combine(directory, "analysis.md"), AnalysisReport.ToMarkdown(analysis, notes));
        AtomicFile.WriteAllText(Path.Combine(directory, "events.csv"), EventExport.ToCsv(events));
        AtomicFile.WriteAllText(Path.Combine(directory, "events.json"), EventExport.ToJson(events));
    }

    private static List<string> Notes(AbStageResult result)
    {
        var check = result.AssignmentCheck;
        var notes = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"Assignment check on {check.Observed.Sum():N0} synthetic users: chi-square {check.ChiSquare:0.###}, p = {check.PValue:G3} ({(check.Mismatch ? "mismatch" : "follows traffic_split")})."),
        };
        if (result.Simulation is { } s)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"Simulated population (ci profile): {s.Users:N0} users, {s.Requests:N0} requests ({s.Failed} failed) in {s.Duration.TotalSeconds:0.0} s. Planted: {s.ConversionVariant} converts {s.ConversionLift:+0.00;-0.00} more often, {s.EngagementVariant} makes {s.EngagementLift:+0.0;-0.0} more requests."));
        }

        return notes;
    }
}
