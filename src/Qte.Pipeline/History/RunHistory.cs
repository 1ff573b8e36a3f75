using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Qte.Pipeline.History;

/// <summary>
/// runs.jsonl in the history folder (artifacts/history/ by default, kept by Clean): one record per run, appended in one
/// write. A line that cannot be read (a run cut off while writing, a hand edit) is skipped with a warning.
/// </summary>
public static class RunHistory
{
    public const string FileName = "runs.jsonl";

    private static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        Formatting = Formatting.None,
        DateParseHandling = DateParseHandling.DateTimeOffset,
    };

    public static void Append(string directory, RunRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Directory.CreateDirectory(directory);
        var line = JsonConvert.SerializeObject(record, Settings);

        // One write of one line, opened for append: a reader sees the whole line or none of it.
        using var stream = new FileStream(Path.Combine(directory, FileName), FileMode.Append, FileAccess.Write, FileShare.Read);
        var bytes = System.Text.Encoding.UTF8.GetBytes(line + "\n");
        stream.Write(bytes);
    }

    /// <summary>Every readable record, oldest first; <paramref name="warn"/> hears of each line skipped.</summary>
    public static IReadOnlyList<RunRecord> Read(string directory, Action<string> warn)
    {
        ArgumentNullException.ThrowIfNull(warn);
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return [];
        }

        var records = new List<RunRecord>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                var record = JsonConvert.DeserializeObject<RunRecord>(line, Settings);
                if (record is null || string.IsNullOrEmpty(record.RunId) || string.IsNullOrEmpty(record.Target))
                {
                    throw new JsonSerializationException("it has no runId or target");
                }

                records.Add(record);
            }
            catch (JsonException ex)
            {
                warn(string.Create(CultureInfo.InvariantCulture, $"{path} line {number}: not a run record ({ex.Message}); skipped."));
            }
        }

        return records;
    }
}
