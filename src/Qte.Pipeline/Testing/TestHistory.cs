using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Qte.Pipeline.Testing;

/// <summary>
/// artifacts/history/tests.jsonl: one line per run with each test's outcome (passed, failed, skipped, flaky, or cached when restored from the cache), kept
/// across runs by Clean. A line that cannot be read (a run cut off while writing) is skipped.
/// </summary>
public static class TestHistory
{
    public const string FileName = "tests.jsonl";

    public const string Passed = "passed";
    public const string Failed = "failed";
    public const string Skipped = "skipped";
    public const string Flaky = "flaky";

    /// <summary>A result restored from the cache: not run again, so neither a new pass nor a new failure.</summary>
    public const string Cached = "cached";

    /// <summary>The outcome the history records for a TRX outcome, with the retries' verdict on failures.</summary>
    public static string OutcomeOf(string trxOutcome, RetriedTest? retried) => trxOutcome switch
    {
        "Passed" => Passed,
        "Failed" => retried?.IsFlaky == true ? Flaky : Failed,
        _ => Skipped,
    };

    public static void Append(string historyDirectory, string run, DateTimeOffset time, IReadOnlyDictionary<string, string> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        Directory.CreateDirectory(historyDirectory);
        var line = new JObject
        {
            ["run"] = run,
            ["time"] = time.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["outcomes"] = JObject.FromObject(outcomes),
        }.ToString(Formatting.None);

        // One write of one line: a reader sees the whole line or none of it.
        File.AppendAllText(Path.Combine(historyDirectory, FileName), line + "\n");
    }

    /// <summary>The last <paramref name="runs"/> runs' outcomes, oldest first.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadLast(string historyDirectory, int runs)
    {
        var path = Path.Combine(historyDirectory, FileName);
        if (!File.Exists(path))
        {
            return [];
        }

        var records = new List<IReadOnlyDictionary<string, string>>();
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            try
            {
                if (JObject.Parse(line)["outcomes"] is JObject outcomes)
                {
                    records.Add(outcomes.Properties().ToDictionary(p => p.Name, p => (string?)p.Value ?? Skipped));
                }
            }
            catch (JsonReaderException)
            {
                // A partly written line: the other runs still count.
            }
        }

        return records.TakeLast(runs).ToList();
    }

    /// <summary>
    /// Tests that both passed and failed within the given runs, or were flaky in one: with their outcomes, oldest first.
    /// </summary>
    public static IReadOnlyList<(string Test, IReadOnlyList<string> Outcomes)> Flipped(IReadOnlyList<IReadOnlyDictionary<string, string>> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return runs
            .SelectMany(r => r.Keys)
            .Distinct(StringComparer.Ordinal)
            .Select(test => (Test: test, Outcomes: (IReadOnlyList<string>)runs.Select(r => r.GetValueOrDefault(test)).OfType<string>().Where(o => o is not (Skipped or Cached)).ToList()))
            .Where(t => t.Outcomes.Contains(Flaky) || (t.Outcomes.Contains(Passed) && t.Outcomes.Contains(Failed)))
            .OrderBy(t => t.Test, StringComparer.Ordinal)
            .ToList();
    }
}
