using Qte.Experiments.Definitions;

namespace Qte.Service.ExperimentAssignment;

/// <summary>
/// The experiments published to this environment (QTE_EXPERIMENTS_DIR), reread when a file changes so that a publish
/// takes effect without a restart. A file that does not parse keeps its last good definition; the error is logged once.
/// </summary>
public sealed partial class ExperimentCatalog(ServiceSettings settings, ILogger<ExperimentCatalog> logger)
{
    private readonly Dictionary<string, (DateTime Written, long Length, ExperimentDefinition? Definition)> _files = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private IReadOnlyList<ExperimentDefinition> _current = [];

    /// <summary>The definitions in force: read without a lock on every request.</summary>
    public IReadOnlyList<ExperimentDefinition> Current => Volatile.Read(ref _current);

    /// <summary>Rereads the folder's changed files; cheap when nothing changed (one directory listing).</summary>
    public void Refresh()
    {
        if (settings.ExperimentsDirectory is not { } directory || !Directory.Exists(directory))
        {
            return;
        }

        lock (_lock)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in new DirectoryInfo(directory).EnumerateFiles("*.json"))
            {
                seen.Add(file.FullName);
                if (_files.TryGetValue(file.FullName, out var known) && known.Written == file.LastWriteTimeUtc && known.Length == file.Length)
                {
                    continue;
                }

                _files[file.FullName] = (file.LastWriteTimeUtc, file.Length, Load(file.FullName) ?? known.Definition);
            }

            foreach (var gone in _files.Keys.Where(k => !seen.Contains(k)).ToList())
            {
                _files.Remove(gone);
            }

            var definitions = _files.Values.Select(f => f.Definition).OfType<ExperimentDefinition>().OrderBy(d => d.Key, StringComparer.Ordinal).ToList();
            if (!definitions.Select(d => d.Revision).SequenceEqual(_current.Select(d => d.Revision)))
            {
                Log.Loaded(logger, string.Join(", ", definitions.Select(d => $"{d.Key} ({d.Revision}, {(d.Enabled ? "enabled" : "disabled")})")));
            }

            Volatile.Write(ref _current, definitions);
        }
    }

    private ExperimentDefinition? Load(string path)
    {
        try
        {
            return ExperimentFile.Load(path);
        }
        catch (ExperimentDefinitionException ex)
        {
            Log.Invalid(logger, ex.Message);
            return null;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Experiments in force: {Experiments}")]
        public static partial void Loaded(ILogger logger, string experiments);

        [LoggerMessage(2, LogLevel.Error, "Experiment file not applied, the last good definition stays: {Problem}")]
        public static partial void Invalid(ILogger logger, string problem);
    }
}
