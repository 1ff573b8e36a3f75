using Qte.Delivery;
using Qte.Experiments.Definitions;
using Qte.Pipeline.Settings;

namespace Qte.Build.Delivery;

/// <summary>
/// Every file a user edits, checked when the run's context is made, before any task, whatever the target (a bad
/// value is bad input, refused in one line with nothing written, like a bad option): each environment of
/// build/config/environments layered as a deploy would (base, the environment, the profile, monitoring.json, --set)
/// and every experiment file. build.json and quality.json are read, and checked, with the run's context.
/// </summary>
public static class ConfigCheck
{
    public static void All(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            foreach (var environment in Environments(context))
            {
                DeliveryServices.Config(context, environment);
            }
        }
        catch (DeliveryException ex)
        {
            throw new SettingsException(ex.Message);
        }

        Experiments(context);
    }

    /// <summary>The environments a user configured: every file of build/config/environments but base.json.</summary>
    public static IReadOnlyList<string> Environments(BuildContext context) =>
        [.. Files(context.Paths.EnvironmentsConfig.FullPath).Select(f => Path.GetFileNameWithoutExtension(f)).Where(n => n != "base")];

    /// <summary>Every experiment file, loaded and validated; an error names the file by its path in the repository.</summary>
    public static IReadOnlyList<(string File, ExperimentDefinition Experiment)> Experiments(BuildContext context)
    {
        try
        {
            return [.. Files(context.Paths.ExperimentsConfig.FullPath).Select(f => (f, ExperimentFile.Load(f)))];
        }
        catch (ExperimentDefinitionException ex)
        {
            throw new SettingsException(ex.Message.Replace(context.Paths.Root.FullPath + "/", string.Empty, StringComparison.Ordinal));
        }
    }

    private static List<string> Files(string directory) =>
        Directory.Exists(directory) ? [.. Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal)] : [];
}
