using Cake.Core;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Cake.Frosting.Compat.Tests.Fixtures;

/// <summary>
/// Builds a <see cref="CakeHost"/> whose output is captured and whose tasks are the ones a test names,
/// then runs it as a build program would.
/// </summary>
internal sealed class CakeHostFixture
{
    private readonly CapturingConsole _console = new();
    private readonly StringWriter _ansiOutput = new();

    public CakeHostFixture()
    {
        var ansiConsole = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(_ansiOutput),
        });
        ansiConsole.Profile.Width = 200;

        Host = new CakeHost().ConfigureServices(services =>
        {
            services.AddSingleton<IConsole>(_console);
            services.AddSingleton(ansiConsole);
            services.AddSingleton(Log);
        });
    }

    public CakeHost Host { get; }

    public RunLog Log { get; } = new();

    /// <summary>Everything the run wrote: Cake's log and console, and Spectre's (tables, command-line errors).</summary>
    public string Output => _console.Text + _ansiOutput;

    public CakeHostFixture WithTask<TTask>()
        where TTask : class, IFrostingTask
    {
        Host.ConfigureServices(services => services.AddSingleton<IFrostingTask, TTask>());
        return this;
    }

    public int Run(params string[] args) => Host.Run(args);
}
