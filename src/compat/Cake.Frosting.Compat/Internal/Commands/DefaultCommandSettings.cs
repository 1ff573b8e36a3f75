using System.ComponentModel;
using Cake.Cli;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Cake.Frosting.Internal.Commands;

/// <summary>
/// The options Cake.Frosting takes; every other --name=value becomes a Cake argument.
/// </summary>
internal sealed class DefaultCommandSettings : CommandSettings
{
    [CommandOption("--target|-t|--Target <TARGET>")]
    [DefaultValue(new[] { "Default" })]
    [Description("Target task to invoke; repeat the option to invoke several.")]
    public string[] Targets { get; set; } = ["Default"];

    [CommandOption("--working|-w <PATH>")]
    [TypeConverter(typeof(Cake.Cli.DirectoryPathConverter))]
    [Description("Sets the working directory.")]
    public DirectoryPath? WorkingDirectory { get; set; }

    // Taken as text and converted here, so that a bad value gets a message naming the option and the
    // allowed values instead of Spectre's "Failed to convert".
    // No default: without --verbosity, Cake 7 takes the verbosity from configuration (Settings_Verbosity).
    [CommandOption("--verbosity|-v <VERBOSITY>")]
    [Description("Specifies the amount of information to be displayed.\n(Quiet, Minimal, Normal, Verbose, Diagnostic)")]
    public string? VerbosityName { get; set; }

    /// <summary>The verbosity given on the command line, or null when none was given.</summary>
    public Verbosity? Verbosity => VerbosityName is null ? null : TryParseVerbosity(VerbosityName);

    [CommandOption("--description|--descriptions|--showdescription|--showdescriptions")]
    [Description("Shows the description of each task.")]
    public bool Description { get; set; }

    [CommandOption("--tree|--showtree")]
    [Description("Shows the task dependency tree.")]
    public bool Tree { get; set; }

    [CommandOption("--dryrun|--noop|--whatif")]
    [Description("Performs a dry run: shows the tasks in order without running them.")]
    public bool DryRun { get; set; }

    [CommandOption("--exclusive|-e")]
    [Description("Executes the target task without any dependencies.")]
    public bool Exclusive { get; set; }

    [CommandOption("--version|--ver")]
    [Description("Displays version information.")]
    public bool Version { get; set; }

    [CommandOption("--info")]
    [Description("Displays additional information about Cake.")]
    public bool Info { get; set; }

    public override ValidationResult Validate() =>
        VerbosityName is not null && TryParseVerbosity(VerbosityName) is null
            ? ValidationResult.Error($"--verbosity '{VerbosityName}' is unknown: use quiet, minimal, normal, verbose or diagnostic.")
            : ValidationResult.Success();

    private static Verbosity? TryParseVerbosity(string name)
    {
        try
        {
            return (Verbosity?)new VerbosityConverter().ConvertFrom(name);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }
    }
}
